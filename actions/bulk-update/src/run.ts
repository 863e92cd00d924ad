import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionContext, ActionResult } from '../../../shared/action/define-action.js';
import { errorMessage, InputError } from '../../../shared/core/errors.js';
import { type BulkApi, bulkApiOf } from './engine/api.js';
import { ContentPacer } from './engine/pacer.js';
import { writeReportSummary } from './summary.js';
import { type BulkReport, mergeReports } from './engine/results.js';
import { runBulk } from './engine/run-bulk.js';
import { shardCount, shardMatrix } from './engine/sharding.js';
import type { BulkUpdateInputs } from './action.js';
import { bulkSettings } from './settings.js';
import { selectTargets } from './engine/targets.js';

/** The typed inputs of the bulk-update action. */

/**
 * bulk-update paces its content-creating requests itself (pacer.ts, under GitHub's secondary
 * limits), so its client has no extra spacing of its own on top.
 */
async function client(ctx: ActionContext<BulkUpdateInputs>): Promise<BulkApi> {
  return bulkApiOf(await ctx.github({ throttle: { writeSpacingMs: 0 } }));
}

/** The action's outputs from a report (zeros in plan mode). */
function outputs(report: BulkReport | undefined, resultsFile: string, matrix = ''): ActionResult['outputs'] {
  const c = report?.counts ?? { updated: 0, unchanged: 0, skipped: 0, failed: 0 };
  return { ...c, 'results-file': resultsFile, matrix };
}

/** merge-results mode: combine shard results files into one report. */
function mergeMode(ctx: ActionContext<BulkUpdateInputs>, files: string[]): ActionResult {
  const reports = files.map((f) => {
    try {
      return JSON.parse(readFileSync(f, 'utf8')) as BulkReport;
    } catch (error) {
      throw new InputError(
        'merge-results',
        ctx.inputs['merge-results'] ?? '',
        `every *.json file must be a results file; ${f}: ${errorMessage(error)}`,
      );
    }
  });
  const merged = mergeReports(reports);
  const out = join(ctx.env.tempDir, 'bulk-update-results-merged.json');
  writeFileSync(out, `${JSON.stringify(merged, null, 2)}\n`);
  writeReportSummary(ctx.summary, merged);
  return {
    outputs: outputs(merged, out),
    ...(merged.counts.failed > 0 ? { failure: `${merged.counts.failed} repositories failed` } : {}),
  };
}

/** The whole action: plan, merge-results, or one (sharded) run; writes results file, summary, audit and metrics. */
export async function runBulkUpdate(ctx: ActionContext<BulkUpdateInputs>): Promise<ActionResult> {
  const { env, logger } = ctx;
  const settings = await bulkSettings(ctx.inputs, env);
  if (settings.mode === 'merge') return mergeMode(ctx, settings.resultsFiles);
  const { org, shard, config } = settings;
  const api = await client(ctx);
  if (settings.mode === 'plan') {
    const { selected } = await selectTargets(api, org, config, { index: 1, count: 1 }, logger);
    const matrix = JSON.stringify(shardMatrix(shardCount(selected.length)));
    ctx.summary
      .heading(`bulk-update plan: ${org}`)
      .paragraph(`${selected.length} repositories selected; matrix ${matrix}.`);
    return { outputs: outputs(undefined, '', matrix) };
  }
  const pacer = new ContentPacer({
    perMinute: config.pacing.perMinute,
    perHour: config.pacing.perHour,
    clock: ctx.clock,
    logger,
  });
  const report = await runBulk({
    api,
    config,
    org,
    workspace: env.workspace,
    shard,
    dryRun: ctx.dryRun,
    runId: env.runId,
    runAttempt: env.runAttempt,
    clock: ctx.clock,
    logger,
    ledger: ctx.checkpoints,
    pacer,
    onResult: (r) =>
      ctx.audit.event(
        'bulk-update.repository',
        {
          repository: `${org}/${r.repo}`,
          status: r.status,
          reason: r.reason,
          pullRequest: r.pullRequest?.url,
          commit: r.commit,
          dryRun: ctx.dryRun,
        },
        r.status === 'failed' ? 'failure' : 'success',
      ),
  });
  const file = join(env.tempDir, `bulk-update-results-${shard.index}-of-${shard.count}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  recordMetrics(ctx, report, pacer);
  writeReportSummary(ctx.summary, report);
  const failure =
    report.counts.failed > 0
      ? `${report.counts.failed} of ${report.repositories.length} repositories failed (see the results table)`
      : undefined;
  return { outputs: outputs(report, file), ...(failure ? { failure } : {}) };
}

function recordMetrics(ctx: ActionContext<BulkUpdateInputs>, report: BulkReport, pacer: ContentPacer): void {
  const m = ctx.metrics;
  const requests = m.counter('bulk_update_requests', 'GitHub API requests spent by bulk-update.', ['api']);
  requests.inc({ api: 'rest' }, report.requests.rest);
  requests.inc({ api: 'graphql' }, report.requests.graphql);
  const repos = m.gauge('bulk_update_repositories', 'Repositories by outcome.', ['status']);
  for (const [status, n] of Object.entries(report.counts)) repos.set({ status }, n);
  if (report.requests.rateLimitRemaining !== undefined) {
    m.gauge('bulk_update_rate_limit_remaining', 'x-ratelimit-remaining at the end of the run.').set(
      report.requests.rateLimitRemaining,
    );
  }
  m.gauge('bulk_update_duration_seconds', 'Wall time of the run.').set(report.durationMs / 1000);
  m.counter('bulk_update_secondary_limit_hits', 'Secondary rate-limit answers the pacer absorbed.').inc(
    pacer.stats.secondaryLimitHits,
  );
}
