import { isUserError } from '../core/errors.js';
import { type Clock, systemClock } from '../core/clock.js';

/** What `onRetry` is told before each wait. */
export interface RetryInfo {
  error: unknown;
  /** The attempt that just failed, 1-based. */
  attempt: number;
  /** How long retry will wait before the next attempt. */
  delayMs: number;
}

/** Options of retry(); every field has a default. */
export interface RetryOptions {
  /** Attempts after the first (default 3, so at most 4 calls). */
  retries?: number;
  /** Upper bound of the first wait (default 500 ms); doubles (`factor`) per attempt. */
  baseMs?: number;
  /** Cap on any single wait (default 30 s). */
  maxMs?: number;
  /** Growth per attempt (default 2). */
  factor?: number;
  /** Whether an error is worth another attempt (default: anything but a UserError, which would fail again). */
  shouldRetry?: (error: unknown, attempt: number) => boolean;
  /** Called before each wait, e.g. to log or count retries. */
  onRetry?: (info: RetryInfo) => void;
  clock?: Clock;
  /** Source of jitter in [0, 1) (default Math.random). */
  random?: () => number;
}

/**
 * The wait before retry number `attempt` (1-based): "full jitter", uniformly random between 0 and
 * min(maxMs, baseMs * factor^(attempt-1)), which spreads out clients that failed together better than
 * a fixed or equal-jitter backoff (AWS Architecture Blog, "Exponential Backoff And Jitter").
 */
export function backoffDelay(
  attempt: number,
  opts: { baseMs: number; maxMs: number; factor: number },
  random: () => number,
): number {
  const ceiling = Math.min(opts.maxMs, opts.baseMs * opts.factor ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

function check(name: string, value: number, min: number): void {
  if (!Number.isFinite(value) || value < min) throw new RangeError(`retry: ${name} must be a number >= ${min}.`);
}

/**
 * Calls `fn` until it succeeds, waiting with exponential backoff and full jitter between attempts,
 * for work that is not an HTTP request (those are retried by the GitHub client's plugins). Gives up
 * when retries are exhausted or `shouldRetry` says no, rethrowing the last error unchanged so its
 * class (UserError or bug) still decides how it is reported.
 */
export async function retry<T>(fn: (attempt: number) => Promise<T> | T, opts: RetryOptions = {}): Promise<T> {
  const retries = opts.retries ?? 3;
  const backoff = { baseMs: opts.baseMs ?? 500, maxMs: opts.maxMs ?? 30_000, factor: opts.factor ?? 2 };
  check('retries', retries, 0);
  check('baseMs', backoff.baseMs, 0);
  check('maxMs', backoff.maxMs, 0);
  check('factor', backoff.factor, 1);
  const shouldRetry = opts.shouldRetry ?? ((error: unknown) => !isUserError(error));
  const clock = opts.clock ?? systemClock;
  const random = opts.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt > retries || !shouldRetry(error, attempt)) throw error;
      const delayMs = backoffDelay(attempt, backoff, random);
      opts.onRetry?.({ error, attempt, delayMs });
      await clock.sleep(delayMs);
    }
  }
}
