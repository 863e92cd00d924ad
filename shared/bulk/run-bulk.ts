import { errorMessage } from '../action/errors.js';
import type { Logger } from '../action/logger.js';
import type { Clock } from '../clock.js';
import type { BulkApi } from './api.js';
import { applyRepo, failureReason } from './apply-repo.js';
import type { BulkConfig } from './config.js';
import { countingApi } from './counting-api.js';
import { previewDelivery } from './deliver.js';
import { describePlan } from './describe.js';
import { emptyNeeds, type RepoPlan, type RepoResult, type RepoState } from './model.js';
import { templateValues } from './operations/files.js';
import { prepareOperations } from './operations/registry.js';
import { ContentPacer } from './pacer.js';
import { pathsNeedingText, planDiff, planRepo } from './plan-repo.js';
import { resolveReviewers, type ReviewerIds } from './pull-request-extras.js';
import type { RepoInfo } from './repos.js';
import { type BulkReport, countStatuses } from './results.js';
import type { Shard } from './sharding.js';
import { readStates, readTexts } from './state-reader.js';
import { selectTargets } from './targets.js';

/** The slice of the framework's CheckpointStore the engine uses as its ledger. */
export interface Ledger {
  done(key: string): boolean;
  get<T>(key: string): T | undefined;
  mark(key: string, value?: unknown): Promise<void>;
}

/** Everything one run needs, injected. */
export interface BulkRunOptions {
  api: BulkApi;
  config: BulkConfig;
  org: string;
  workspace: string;
  shard: Shard;
  dryRun: boolean;
  runId: string;
  runAttempt: number;
  clock: Clock;
  logger: Logger;
  /** Per-repository checkpoints; absent or in dry-run, nothing is recorded. */
  ledger?: Ledger;
  /** Called once per repository result (audit events). */
  onResult?: (result: RepoResult) => void;
  /** Repositories per batched GraphQL read. */
  batchSize?: number;
  /** The pacer to use (the bench shares one with its clock); default: one from `config.pacing`. */
  pacer?: ContentPacer;
}

const doneKey = (repo: string) => `done:${repo}`;
const startKey = (repo: string) => `start:${repo}`;

/**
 * One bulk-update run: select, then per batch of repositories read state (one GraphQL request), plan,
 * and apply with bounded concurrency under the content-creation pacer. A repository that fails is
 * reported and the run goes on. With a ledger, repositories finished by an earlier attempt are not
 * touched again, and a repository an attempt started is finished idempotently.
 */
export async function runBulk(opts: BulkRunOptions): Promise<BulkReport> {
  const started = opts.clock.now();
  const { api, counts } = countingApi(opts.api);
  const { config, logger, clock } = opts;
  const ledger = opts.dryRun ? undefined : opts.ledger;
  const pacer =
    opts.pacer ??
    new ContentPacer({ perMinute: config.pacing.perMinute, perHour: config.pacing.perHour, clock, logger });
  const { targets, excluded } = await selectTargets(api, opts.org, config, opts.shard, logger);
  const ops = await prepareOperations(config.operations, {
    api,
    org: opts.org,
    workspace: opts.workspace,
    clock,
    logger,
    dryRun: opts.dryRun,
  });
  const needs = emptyNeeds();
  for (const op of ops) op.needs(needs);
  let reviewers: Promise<ReviewerIds> | undefined;
  const getReviewers = () => {
    reviewers ??= resolveReviewers(api, opts.org, config.delivery.reviewers);
    return reviewers;
  };
  const results: RepoResult[] = [];
  const report = (r: RepoResult) => {
    results.push(r);
    opts.onResult?.(r);
    const link = r.pullRequest ? ` ${r.pullRequest.url}` : '';
    logger.info(`${r.repo}: ${r.status}${r.reason ? ` (${r.reason})` : ''}${link}`);
  };
  const waves = config.pacing.waves;
  let inWave = 0;
  let waveGate = 0;

  const todo: RepoInfo[] = [];
  for (const repo of targets) {
    const previous = ledger?.get<RepoResult>(doneKey(repo.name));
    if (previous) report({ ...previous, reason: previous.reason ?? 'finished by an earlier attempt' });
    else todo.push(repo);
  }

  const batchSize = opts.batchSize ?? 40;
  for (let at = 0; at < todo.length; at += batchSize) {
    const batch = todo.slice(at, at + batchSize);
    const states = await readStates(api, batch, needs, {
      branch: config.delivery.branch,
      deliveryLabels: config.delivery.labels,
      batchSize,
    });
    const planned: { plan: RepoPlan; state: RepoState }[] = [];
    for (const repo of batch) {
      const read = states.get(repo.name);
      if (!read?.ok) {
        report({ repo: repo.name, status: 'failed', reason: read?.reason ?? 'not read', changes: [] });
        continue;
      }
      try {
        planned.push({ plan: planRepo(repo, read.state, ops), state: read.state });
      } catch (error) {
        report({ repo: repo.name, status: 'failed', reason: `planning failed: ${errorMessage(error)}`, changes: [] });
      }
    }
    if (opts.dryRun) {
      const texts = await readTexts(
        api,
        planned.map((p) => ({ repo: p.plan.repo, paths: pathsNeedingText(p.plan) })),
        batchSize,
      );
      for (const { plan, state } of planned) {
        const outcome = previewDelivery(state, plan.files, config.delivery, config.force);
        const writes = plan.writes.length > 0;
        const status = writes && outcome.status !== 'updated' ? 'updated' : outcome.status;
        const row: RepoResult = { repo: plan.repo.name, status, changes: describePlan(plan) };
        const reason = outcome.reason ?? (writes ? 'dry run: would apply the listed writes' : undefined);
        if (reason) row.reason = reason;
        if (outcome.pullRequest) row.pullRequest = outcome.pullRequest;
        if (status === 'updated') row.diff = planDiff(plan, texts.get(plan.repo.name) ?? new Map());
        report(row);
      }
      continue;
    }
    const queue = [...planned];
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const { plan, state } = item;
        const name = plan.repo.name;
        const recovering = ledger?.done(startKey(name)) ?? false;
        if (plan.files.length === 0 && plan.writes.length === 0 && !recovering) {
          report({
            repo: name,
            status: 'unchanged',
            changes: [],
            ...(plan.notes.length ? { reason: plan.notes.join('; ') } : {}),
          });
          continue;
        }
        if (waves && clock.now() < waveGate) await clock.sleep(waveGate - clock.now());
        try {
          await ledger?.mark(startKey(name), { attempt: opts.runAttempt });
          const values = templateValues(plan.repo, state);
          const row = await applyRepo(plan, state, api, pacer, {
            delivery: config.delivery,
            force: config.force,
            reviewers: getReviewers,
            values,
            recovering,
          });
          if (row.status === 'updated') {
            await ledger?.mark(doneKey(name), row);
            if (waves && ++inWave >= waves.size) {
              inWave = 0;
              waveGate = clock.now() + waves.pauseMinutes * 60_000;
              logger.info(`Wave of ${waves.size} repositories done: pausing ${waves.pauseMinutes} min.`);
            }
          }
          report(row);
        } catch (error) {
          report({ repo: name, status: 'failed', reason: failureReason(error), changes: describePlan(plan) });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(config.pacing.concurrency, queue.length) }, worker));
  }
  results.sort((a, b) => a.repo.localeCompare(b.repo));
  return {
    organization: opts.org,
    shard: `${opts.shard.index}/${opts.shard.count}`,
    runId: opts.runId,
    runAttempt: opts.runAttempt,
    dryRun: opts.dryRun,
    counts: countStatuses(results),
    repositories: results,
    excluded,
    requests: {
      total: counts.rest + counts.graphql,
      rest: counts.rest,
      graphql: counts.graphql,
      ...(counts.rateLimitRemaining !== undefined ? { rateLimitRemaining: counts.rateLimitRemaining } : {}),
    },
    durationMs: clock.now() - started,
  };
}
