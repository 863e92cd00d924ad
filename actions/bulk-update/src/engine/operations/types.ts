import type { Logger } from '../../../../../shared/core/logger.js';
import type { Clock } from '../../../../../shared/core/clock.js';
import type { BulkApi } from '../api.js';
import type { DirectWrite, FileChange, ReadNeeds, RepoState } from '../model.js';
import type { RepoInfo } from '../repos.js';
import type { Operation } from './schemas.js';

/** What an operation gets when a run starts. */
export interface OperationContext {
  api: BulkApi;
  org: string;
  /** Root of the calling repository's checkout; sources are read from here. */
  workspace: string;
  clock: Clock;
  logger: Logger;
  dryRun: boolean;
}

/** What an operation plans for one repository. */
export interface OperationPlan {
  files?: FileChange[];
  writes?: DirectWrite[];
  notes?: string[];
}

/** An operation ready to plan: its per-run preparation (sources read, org projects listed) is done. */
export interface PreparedOperation {
  /** Adds what this operation must read from every repository to the batched read. */
  needs(needs: ReadNeeds): void;
  /** Compares the desired state with `state`; returns only differences. Pure apart from `ctx.api` in writes. */
  plan(repo: RepoInfo, state: RepoState): OperationPlan;
}

/** One operation type: a plugin in the registry. */
export interface OperationPlugin<O extends Operation = Operation> {
  type: O['type'];
  prepare(op: O, ctx: OperationContext): Promise<PreparedOperation>;
}
