import { errorMessage } from '../../../../shared/core/errors.js';
import type { Logger } from '../../../../shared/core/logger.js';
import type { Clock } from '../../../../shared/core/clock.js';
import type { BulkApi } from './api.js';
import type { BulkConfig } from './config.js';
import { countingApi } from './counting-api.js';
import { previewBatch } from './dry-run.js';
import { emptyNeeds, type RepoPlan, type RepoResult, type RepoState } from './model.js';
import { prepareOperations } from './operations/registry.js';
import type { PreparedOperation } from './operations/types.js';
import { ContentPacer } from './pacer.js';
import { planRepo } from './plan-repo.js';
import { resolveReviewers, type ReviewerIds } from './pull-request-extras.js';
import type { RepoInfo } from './repos.js';
import { type BulkReport, countStatuses } from './results.js';
import type { Shard } from './sharding.js';
import { type ReadOutcome, readStates } from './state-reader.js';
import { selectTargets } from './targets.js';
import { WorkQueue } from './work-queue.js';
import { doneKey, type Ledger, writer } from './write-worker.js';

export type { Ledger } from './write-worker.js';

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

/** Plans every readable repository of a batch; unreadable or unplannable ones are reported as failed. */
function planBatch(
  batch: RepoInfo[],
  states: Map<string, ReadOutcome>,
  ops: PreparedOperation[],
  report: (r: RepoResult) => void,
): { plan: RepoPlan; state: RepoState }[] {
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
  return planned;
}

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
  const batchSize = opts.batchSize ?? 40;
  const readOptions = { branch: config.delivery.branch, deliveryLabels: config.delivery.labels, batchSize };

  const todo: RepoInfo[] = [];
  for (const repo of targets) {
    const previous = ledger?.get<RepoResult>(doneKey(repo.name));
    if (previous) report({ ...previous, reason: previous.reason ?? 'finished by an earlier attempt' });
    else todo.push(repo);
  }

  const queue = new WorkQueue<{ plan: RepoPlan; state: RepoState }>(batchSize);
  const write = writer({
    api,
    config,
    pacer,
    clock,
    logger,
    ledger,
    runAttempt: opts.runAttempt,
    reviewers: getReviewers,
  });
  // Writers consume while the reader fetches the next batch: reads overlap the paced writes.
  const workers = opts.dryRun
    ? []
    : Array.from({ length: config.pacing.concurrency }, async () => {
        for (let item = await queue.take(); item; item = await queue.take()) report(await write(item));
      });
  try {
    for (let at = 0; at < todo.length; at += batchSize) {
      if (!opts.dryRun) await queue.room();
      const batch = todo.slice(at, at + batchSize);
      const planned = planBatch(batch, await readStates(api, batch, needs, readOptions), ops, report);
      if (opts.dryRun) for (const row of await previewBatch(api, config, planned, batchSize)) report(row);
      else for (const item of planned) queue.push(item);
    }
  } finally {
    queue.close();
    await Promise.all(workers);
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
