import { errorMessage, errorStatus } from '../../../../shared/core/errors.js';
import type { Logger } from '../../../../shared/core/logger.js';
import type { Clock } from '../../../../shared/core/clock.js';
import { headersOf } from '../../../../shared/github/request-hook.js';

/** Pacer settings: GitHub's secondary limits for content-creating requests. */
export interface PacerOptions {
  /** https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits: about 80/minute. */
  perMinute: number;
  /** Same page: about 500/hour. */
  perHour: number;
  clock: Clock;
  logger?: Logger;
  /** Retries of one request after a secondary-limit answer. */
  maxRetries?: number;
  /**
   * Share of the budget actually used (default 0.95): requests arrive at GitHub later than they leave,
   * by varying amounts, so pacing at exactly 80/min would let a 81st request into some 60-second window.
   */
  headroom?: number;
}

/** What the pacer did, for metrics and the bench. */
export interface PacerStats {
  requests: number;
  secondaryLimitHits: number;
  waitedMs: number;
}

/** Seconds a 403/429 asks us to wait, or undefined when the error is not a rate limit. */
export function rateLimitWait(error: unknown): number | undefined {
  const status = errorStatus(error);
  const message = errorMessage(error);
  const retryAfter = Number(headersOf(error)['retry-after']);
  const secondary = /secondary rate limit|abuse detection/i.test(message);
  if (status === 429 || ((status === 403 || status === undefined) && (secondary || Number.isFinite(retryAfter)))) {
    if (Number.isFinite(retryAfter) && retryAfter > 0) return retryAfter;
    // No retry-after: "wait at least one minute before retrying" (same docs page).
    if (secondary || status === 429) return 60;
  }
  return undefined;
}

/**
 * Spaces content-creating requests evenly (one every 60s/perMinute) and keeps any sliding hour
 * under perHour. A secondary-limit answer pauses every caller for `retry-after` and slows the pace by
 * half until 20 requests pass cleanly. Waits run on the injected clock.
 */
export class ContentPacer {
  private nextAt = 0;
  private pausedUntil = 0;
  private slowdown = 1;
  private clean = 0;
  private readonly hour: number[] = [];
  readonly stats: PacerStats = { requests: 0, secondaryLimitHits: 0, waitedMs: 0 };

  constructor(private readonly opts: PacerOptions) {}

  /** Milliseconds between two content-creating requests at the current pace. */
  get intervalMs(): number {
    return (60_000 / (this.opts.perMinute * (this.opts.headroom ?? 0.95))) * this.slowdown;
  }

  // Reserves `cost` consecutive slots synchronously, so concurrent callers never share one.
  private reserve(cost: number): number {
    const now = this.opts.clock.now();
    let at = Math.max(now, this.nextAt, this.pausedUntil);
    for (let i = 0; i < cost; i++) {
      while (this.hour.length > 0 && this.hour[0]! <= at - 3_600_000) this.hour.shift();
      if (this.hour.length >= Math.floor(this.opts.perHour * (this.opts.headroom ?? 0.95)))
        at = Math.max(at, this.hour[0]! + 3_600_000);
      this.hour.push(at);
      if (i < cost - 1) at += this.intervalMs;
    }
    this.nextAt = at + this.intervalMs;
    return at - now;
  }

  /** Runs one content-creating request (worth `cost` slots) when the budget allows; retries after secondary limits. */
  async run<T>(fn: () => Promise<T>, cost = 1): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const wait = this.reserve(cost);
      if (wait > 0) {
        this.stats.waitedMs += wait;
        await this.opts.clock.sleep(wait);
      }
      try {
        this.stats.requests += cost;
        const out = await fn();
        if (++this.clean >= 20) this.slowdown = 1;
        return out;
      } catch (error) {
        const retryAfter = rateLimitWait(error);
        if (retryAfter === undefined || attempt >= (this.opts.maxRetries ?? 5)) throw error;
        this.stats.secondaryLimitHits++;
        this.clean = 0;
        this.slowdown = Math.min(4, this.slowdown * 1.5);
        this.pausedUntil = Math.max(this.pausedUntil, this.opts.clock.now() + retryAfter * 1000);
        this.opts.logger?.warning(
          `Secondary rate limit: pausing writes for ${retryAfter}s, then resuming at a slower pace.`,
        );
      }
    }
  }
}

/** The least time `n` content-creating requests can take under the limits (the bench's floor). */
export function pacingFloorMs(n: number, perMinute: number, perHour: number): number {
  if (n <= 1) return 0;
  const byMinute = (n - 1) * (60_000 / perMinute);
  const byHour = Math.floor((n - 1) / perHour) * 3_600_000;
  return Math.max(byMinute, byHour);
}
