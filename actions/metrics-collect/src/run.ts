import { basename, dirname, relative } from 'node:path';
import type { ActionContext, ActionResult } from '../../../shared/action/define-action.js';
import { errorMessage } from '../../../shared/core/errors.js';
import { systemClock } from '../../../shared/core/clock.js';
import { uploadArtifact } from '../../../shared/artifacts/upload.js';
import { maskUrlCredentials } from '../../../shared/metrics/pushgateway-url.js';
import { runCollection } from './engine/run-collection.js';
import { type MetricsInputs, readSettings } from './settings.js';
import { writeMetricsSummary } from './summary.js';

const figure = (v: number | null) => (v === null ? '' : v);

/** The adapter from the ActionContext to the engine: settings in, outputs, summary, audit and push out. */
export async function runMetricsCollect(ctx: ActionContext<MetricsInputs>): Promise<ActionResult> {
  if (ctx.inputs['pushgateway-url']) maskUrlCredentials(ctx.inputs['pushgateway-url'], ctx.mask);
  const s = readSettings(ctx.inputs, ctx.env);
  const result = await runCollection(await ctx.github(), { ...s, nowMs: systemClock.now() }, ctx.logger);
  const { snapshot } = result;
  const { collection, coverage, headline } = snapshot;
  ctx.logger.info(
    `${collection.mode === 'first' ? 'First' : 'Incremental'} collection of ${s.organization}: ${snapshot.totals.repositories} repositories, ` +
      `${collection.requests.graphql} GraphQL and ${collection.requests.rest} REST request(s).`,
  );
  for (const notice of result.notices) ctx.logger.warning(notice);
  writeMetricsSummary(ctx.summary, snapshot, result.deltas, result.previousAt, result.notices);
  ctx.metrics.gauge('metrics_collect_repositories', 'Repositories measured by metrics-collect.').set(coverage.seen);
  ctx.audit.event('metrics-collect.results', {
    organization: s.organization,
    repositories: coverage.seen,
    unreadable: coverage.unreadable.length,
    mode: collection.mode,
    requests: collection.requests,
  });
  const outputs = {
    repositories: snapshot.totals.repositories,
    'unreadable-repositories': coverage.unreadable.length,
    'success-rate': figure(headline.successRate),
    'lead-time-seconds': figure(headline.leadTimeSeconds),
    'mttr-seconds': figure(headline.mttrSeconds),
    'critical-alerts': figure(headline.criticalAlerts),
    'deployments-per-day': headline.deploymentsPerDay,
    'change-failure-rate': figure(headline.changeFailureRate),
    'prometheus-file': relative(ctx.env.workspace, s.prometheusFile),
    'json-file': relative(ctx.env.workspace, s.jsonFile),
  };
  // The artifact chain: the next run continues from this snapshot even when no cache restored it.
  if (s.snapshotArtifact && !ctx.dryRun && ctx.env.isActions)
    await uploadArtifact(s.snapshotArtifact, [s.jsonFile], dirname(s.jsonFile), {
      logger: ctx.logger,
      retentionDays: 90,
    });
  else if (s.snapshotArtifact)
    ctx.logger.debug(`Snapshot artifact ${s.snapshotArtifact} not uploaded (${basename(s.jsonFile)} kept locally).`);
  if (s.pushgatewayUrl && ctx.dryRun) ctx.logger.info('Dry run: metrics not pushed to the Pushgateway.');
  else if (s.pushgatewayUrl) {
    const job = `metrics-collect/${s.organization}`;
    try {
      await result.push(s.pushgatewayUrl, job);
      ctx.logger.info(`Pushed ${s.organization}'s metrics to the Pushgateway (job ${job}).`);
    } catch (error) {
      // The push is what a dashboard reads: a failed one fails the step, after the files are written.
      return { outputs, failure: `Could not push to the Pushgateway: ${errorMessage(error)}` };
    }
  }
  return { outputs };
}
