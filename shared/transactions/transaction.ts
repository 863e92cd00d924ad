import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { AuditLog, AuditTransaction } from '../audit/audit-log.js';
import { type Clock, systemClock } from '../core/clock.js';

/** What happened to a step, in the order it happened. */
export type StepStatus = 'done' | 'failed' | 'compensated' | 'compensation-failed' | 'no-compensation';

/** One entry of a transaction's history. */
export interface StepHistory {
  step: string;
  status: StepStatus;
  /** Message of the error that made the step or its compensation fail. */
  error?: string;
  durationMs: number;
}

/** How a transaction ended: all steps kept, all undone, or some undo failed (manual clean-up needed). */
export type TransactionStatus = 'committed' | 'rolled-back' | 'rollback-failed';

/** Outcome of runTransaction. `error` is the error that caused the rollback, unchanged. */
export interface TransactionResult<T> {
  name: string;
  /** The audit transaction id, when an audit log was given. */
  id?: string;
  status: TransactionStatus;
  ok: boolean;
  value?: T;
  error?: unknown;
  history: StepHistory[];
}

/** Where a transaction reports: both optional. */
export interface TransactionOptions {
  audit?: AuditLog;
  logger?: Logger;
  clock?: Clock;
}

interface Completed {
  step: string;
  undo?: () => Promise<void> | void;
}

/**
 * Steps with compensations (a saga): each completed step's compensation is remembered, and
 * `rollback` runs them in reverse order of completion. Every history entry is also written to the
 * audit log as an event of the transaction (`started` … `committed` / `rolled-back` / `rollback-failed`).
 */
export class Transaction {
  readonly name: string;
  private readonly logger: Logger | undefined;
  private readonly clock: Clock;
  private readonly auditTxn: AuditTransaction | undefined;
  private readonly completed: Completed[] = [];
  private readonly entries: StepHistory[] = [];
  private state: 'open' | TransactionStatus = 'open';

  constructor(name: string, opts: TransactionOptions = {}) {
    this.name = name;
    this.logger = opts.logger;
    this.clock = opts.clock ?? systemClock;
    this.auditTxn = opts.audit?.begin(name);
  }

  /** The audit transaction id, when an audit log was given. */
  get id(): string | undefined {
    return this.auditTxn?.id;
  }

  /** `open` until committed or rolled back. */
  get status(): 'open' | TransactionStatus {
    return this.state;
  }

  /** Everything that happened so far, oldest first. */
  history(): StepHistory[] {
    return [...this.entries];
  }

  /**
   * Runs one step and returns its result. If it succeeds, `compensate(result)` is remembered for a
   * rollback; if it throws, the step is recorded as failed (it is not compensated: it did not
   * complete) and the error propagates.
   */
  async step<R>(name: string, run: () => Promise<R> | R, compensate?: (result: R) => Promise<void> | void): Promise<R> {
    if (this.state !== 'open')
      throw new Error(`Transaction '${this.name}' is ${this.state}; cannot run step '${name}'.`);
    const started = this.clock.now();
    let result: R;
    try {
      result = await run();
    } catch (error) {
      this.record(name, 'failed', started, error);
      throw error;
    }
    this.record(name, 'done', started);
    this.completed.push({ step: name, ...(compensate && { undo: () => compensate(result) }) });
    return result;
  }

  /** Keeps every step; writes `committed` to the audit log. */
  commit(): void {
    if (this.state !== 'open') throw new Error(`Transaction '${this.name}' is already ${this.state}.`);
    this.state = 'committed';
    this.auditTxn?.end('committed', { steps: this.completed.length });
  }

  /**
   * Undoes completed steps in reverse order. A compensation that throws is recorded and the others
   * still run. Returns `rolled-back`, or `rollback-failed` when any compensation failed.
   */
  async rollback(cause?: unknown): Promise<TransactionStatus> {
    if (this.state !== 'open') throw new Error(`Transaction '${this.name}' is already ${this.state}.`);
    this.state = 'rolled-back'; // no new steps while undoing
    if (cause !== undefined) this.logger?.warning(`${this.name}: rolling back after: ${errorMessage(cause)}`);
    let failures = 0;
    for (const done of [...this.completed].reverse()) {
      const started = this.clock.now();
      if (!done.undo) {
        this.record(done.step, 'no-compensation', started);
        continue;
      }
      try {
        await done.undo();
        this.record(done.step, 'compensated', started);
      } catch (error) {
        failures++;
        this.record(done.step, 'compensation-failed', started, error);
        this.logger?.warning(`${this.name}: could not undo '${done.step}': ${errorMessage(error)}`);
      }
    }
    this.state = failures > 0 ? 'rollback-failed' : 'rolled-back';
    this.auditTxn?.end(this.state, {
      ...(cause !== undefined && { error: errorMessage(cause) }),
      compensated: this.completed.length - failures,
      compensationFailures: failures,
    });
    return this.state;
  }

  private record(step: string, status: StepStatus, started: number, error?: unknown): void {
    const entry: StepHistory = {
      step,
      status,
      ...(error !== undefined && { error: errorMessage(error) }),
      durationMs: this.clock.now() - started,
    };
    this.entries.push(entry);
    this.logger?.debug(`${this.name}: ${step} ${status}${entry.error ? `: ${entry.error}` : ''}`);
    const { step: _s, status: _st, ...data } = entry;
    this.auditTxn?.event(step, data, status);
  }
}

/**
 * Runs `fn` as a transaction: commits when it returns, rolls back (compensations in reverse order)
 * when it throws. Never throws itself for a failing step: the result says what happened, so the
 * caller decides, e.g. `if (!result.ok) throw result.error;`.
 */
export async function runTransaction<T>(
  name: string,
  opts: TransactionOptions,
  fn: (txn: Transaction) => Promise<T>,
): Promise<TransactionResult<T>> {
  const txn = new Transaction(name, opts);
  const base = { name, ...(txn.id !== undefined && { id: txn.id }) };
  try {
    const value = await fn(txn);
    if (txn.status === 'open') txn.commit();
    const status = txn.status as TransactionStatus;
    return { ...base, status, ok: status === 'committed', value, history: txn.history() };
  } catch (error) {
    const status = txn.status === 'open' ? await txn.rollback(error) : txn.status;
    return { ...base, status, ok: status === 'committed', error, history: txn.history() };
  }
}
