import type { Logger } from '../../../../shared/core/logger.js';
import type { Clock } from '../../../../shared/core/clock.js';
import type { BulkApi } from './api.js';
import { applyRepo, failureReason } from './apply-repo.js';
import type { BulkConfig } from './config.js';
import { describePlan } from './describe.js';
import type { RepoPlan, RepoResult, RepoState } from './model.js';
import { templateValues } from './operations/files.js';
import type { ContentPacer } from './pacer.js';
import type { ReviewerIds } from './pull-request-extras.js';

/** The slice of the framework's CheckpointStore the engine uses as its ledger. */
export interface Ledger {
  done(key: string): boolean;
  get<T>(key: string): T | undefined;
  mark(key: string, value?: unknown): Promise<void>;
}

/** Ledger key of a repository finished (value: its RepoResult). */
export const doneKey = (repo: string) => `done:${repo}`;
/** Ledger key of a repository whose writes began (a later attempt finishes it idempotently). */
export const startKey = (repo: string) => `start:${repo}`;

/** What every write shares in one run. */
export interface WriteContext {
  api: BulkApi;
  config: BulkConfig;
  pacer: ContentPacer;
  clock: Clock;
  logger: Logger;
  ledger: Ledger | undefined;
  runAttempt: number;
  reviewers: () => Promise<ReviewerIds>;
}

/**
 * Writes one repository: marks it started in the ledger, applies its plan, and marks it done with its
 * result, so a killed run's next attempt skips it, or (started, not done) finishes it idempotently.
 * Waves: after `waves.size` updated repositories every writer pauses `waves.pauseMinutes`.
 */
export function writer(ctx: WriteContext) {
  const waves = ctx.config.pacing.waves;
  let inWave = 0;
  let waveGate = 0;
  return async ({ plan, state }: { plan: RepoPlan; state: RepoState }): Promise<RepoResult> => {
    const name = plan.repo.name;
    const recovering = ctx.ledger?.done(startKey(name)) ?? false;
    if (plan.files.length === 0 && plan.writes.length === 0 && !recovering) {
      return {
        repo: name,
        status: 'unchanged',
        changes: [],
        ...(plan.notes.length ? { reason: plan.notes.join('; ') } : {}),
      };
    }
    if (waves && ctx.clock.now() < waveGate) await ctx.clock.sleep(waveGate - ctx.clock.now());
    try {
      await ctx.ledger?.mark(startKey(name), { attempt: ctx.runAttempt });
      const row = await applyRepo(plan, state, ctx.api, ctx.pacer, {
        delivery: ctx.config.delivery,
        force: ctx.config.force,
        reviewers: ctx.reviewers,
        values: templateValues(plan.repo, state),
        recovering,
      });
      if (row.status === 'updated') {
        await ctx.ledger?.mark(doneKey(name), row);
        if (waves && ++inWave >= waves.size) {
          inWave = 0;
          waveGate = ctx.clock.now() + waves.pauseMinutes * 60_000;
          ctx.logger.info(`Wave of ${waves.size} repositories done: pausing ${waves.pauseMinutes} min.`);
        }
      }
      return row;
    } catch (error) {
      return { repo: name, status: 'failed', reason: failureReason(error), changes: describePlan(plan) };
    }
  };
}
