import type { Clock } from '../../shared/core/clock.js';

/** Primary limit settings (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api). */
export interface PrimaryLimitOptions {
  /** Requests per window; GitHub gives 5,000/hour to a user token, 15,000 to Enterprise Cloud apps. */
  limit: number;
  /** Window length; GitHub's is one hour. */
  resetMs?: number;
}

/** Secondary limit settings: content-creating requests per minute and per hour (GitHub: 80 and 500). */
export interface SecondaryLimitOptions {
  perMinute: number;
  perHour: number;
}

/** The state of one token's bucket, as sent in `x-ratelimit-*` headers. */
export interface RateSnapshot {
  limit: number;
  remaining: number;
  used: number;
  /** Epoch seconds when the window resets. */
  reset: number;
  resource: string;
}

interface Bucket {
  used: number;
  windowStart: number;
}

/** Per-token, per-resource primary buckets with fixed one-hour windows on the injected clock. */
export class PrimaryLimiter {
  private buckets = new Map<string, Bucket>();
  constructor(
    private readonly clock: Clock,
    private readonly opts: PrimaryLimitOptions,
  ) {}

  private bucket(token: string, resource: string): Bucket {
    const key = `${resource}\0${token}`;
    const now = this.clock.now();
    let b = this.buckets.get(key);
    if (!b || now - b.windowStart >= (this.opts.resetMs ?? 3_600_000)) {
      b = { used: 0, windowStart: now };
      this.buckets.set(key, b);
    }
    return b;
  }

  // Unauthenticated callers get 60 requests an hour
  // (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#primary-rate-limit-for-unauthenticated-users).
  private limitFor(token: string): number {
    return token === 'anonymous' ? Math.min(60, this.opts.limit) : this.opts.limit;
  }

  /** Current numbers without spending anything. */
  peek(token: string, resource: string): RateSnapshot {
    const b = this.bucket(token, resource);
    const limit = this.limitFor(token);
    return {
      limit,
      used: b.used,
      remaining: Math.max(0, limit - b.used),
      reset: Math.ceil((b.windowStart + (this.opts.resetMs ?? 3_600_000)) / 1000),
      resource,
    };
  }

  /** Spends `cost` points; returns false (nothing spent) when the bucket is empty. */
  spend(token: string, resource: string, cost = 1): boolean {
    const b = this.bucket(token, resource);
    if (b.used + cost > this.limitFor(token)) return false;
    b.used += cost;
    return true;
  }

  /** Gives back points (a 304 answer does not count against the limit). */
  refund(token: string, resource: string, cost = 1): void {
    const b = this.bucket(token, resource);
    b.used = Math.max(0, b.used - cost);
  }

  /** Forgets every bucket. */
  reset(): void {
    this.buckets.clear();
  }
}

/** Sliding-window budgets for content-creating requests, per token. */
export class SecondaryLimiter {
  private events = new Map<string, number[]>();
  /** How many requests were refused by the secondary limit (benchmarks report it). */
  hits = 0;
  constructor(
    private readonly clock: Clock,
    private readonly opts: SecondaryLimitOptions,
  ) {}

  /** Records a content-creating request; returns the seconds to wait when over budget. */
  take(token: string): { ok: true } | { ok: false; retryAfter: number } {
    const now = this.clock.now();
    const list = (this.events.get(token) ?? []).filter((t) => now - t < 3_600_000);
    this.events.set(token, list);
    const lastMinute = list.filter((t) => now - t < 60_000);
    let waitMs = 0;
    if (lastMinute.length >= this.opts.perMinute) waitMs = 60_000 - (now - lastMinute[0]!);
    if (list.length >= this.opts.perHour) waitMs = Math.max(waitMs, 3_600_000 - (now - list[0]!));
    if (waitMs > 0) {
      this.hits++;
      return { ok: false, retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    list.push(now);
    return { ok: true };
  }

  /** Forgets every window. */
  reset(): void {
    this.events.clear();
    this.hits = 0;
  }
}
