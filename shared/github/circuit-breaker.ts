import type { Counter, Gauge } from 'prom-client';
import { errorMessage, errorStatus } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Clock } from '../core/clock.js';
import { describeNetworkFailure, networkFailure } from './network-failure.js';
import type { ClientPlugin } from './request-hook.js';

/** Breaker states; the gauge `moko_github_circuit_state` reports them as 0, 1 and 2. */
export type CircuitState = 'closed' | 'half-open' | 'open';

const GAUGE_VALUE: Record<CircuitState, number> = { closed: 0, 'half-open': 1, open: 2 };

/** Settings of a {@link CircuitBreaker}. */
export interface CircuitBreakerOptions {
  /** Consecutive failed attempts that open the circuit. Default 5. */
  failureThreshold?: number;
  /** How long an open circuit fails fast before letting one probe through. Default 30 s. */
  resetAfterMs?: number;
}

/** One line for the failure that opened the circuit: the host and code of a network error, or the HTTP answer. */
function describeLastFailure(error: unknown): string {
  const network = networkFailure(error);
  if (network) return describeNetworkFailure(network);
  const status = errorStatus(error);
  return `${status === undefined ? '' : `HTTP ${status}: `}${errorMessage(error).split('\n')[0]}`;
}

/**
 * Thrown without touching the network while the circuit is open (or a half-open probe is in flight).
 * Carries the last failure that kept it open as `cause` and names it, so a user sees why (connection
 * refused by which host) rather than only that the breaker is open.
 */
export class CircuitOpenError extends Error {
  override name = 'CircuitOpenError';
  constructor(
    readonly retryAt: number,
    failures: number,
    readonly lastFailure?: unknown,
  ) {
    super(
      `GitHub API circuit breaker is open after ${failures} consecutive failed requests (5xx or network errors)` +
        (lastFailure === undefined ? '' : `, the last one: ${describeLastFailure(lastFailure)}`) +
        `; requests fail fast until ${new Date(retryAt).toISOString()}.`,
      lastFailure === undefined ? undefined : { cause: lastFailure },
    );
  }
}

/**
 * True for the failures that say GitHub (or the path to it) is unwell: 5xx answers and network
 * errors (which Octokit reports as status 500 or without a status). 4xx answers are the caller's
 * problem, 403/429 rate limits are the throttling layer's, and 304 is a cache success.
 */
export function isServiceFailure(error: unknown): boolean {
  if (error instanceof CircuitOpenError) return false;
  const status = errorStatus(error);
  return status === undefined || status >= 500;
}

/**
 * closed → open after `failureThreshold` consecutive failures; open fails fast for `resetAfterMs`;
 * then half-open lets exactly one probe through: success closes, failure re-opens.
 */
export class CircuitBreaker {
  private current: CircuitState = 'closed';
  private consecutive = 0;
  private openedAt = 0;
  private probing = false;
  private last: unknown;
  private opened = 0;
  readonly failureThreshold: number;
  readonly resetAfterMs: number;

  constructor(
    private readonly clock: Clock,
    opts: CircuitBreakerOptions = {},
    private readonly logger?: Logger,
    private readonly gauge?: Gauge<string>,
    /** Counts every transition to open (`moko_github_circuit_openings_total`), for the breaker alert. */
    private readonly openingsCounter?: Counter<string>,
  ) {
    this.failureThreshold = Math.max(1, opts.failureThreshold ?? 5);
    this.resetAfterMs = Math.max(0, opts.resetAfterMs ?? 30_000);
    this.gauge?.set(GAUGE_VALUE.closed);
  }

  /** The state now; an open circuit whose wait has elapsed reads as half-open. */
  get state(): CircuitState {
    if (this.current === 'open' && this.clock.now() - this.openedAt >= this.resetAfterMs) this.transition('half-open');
    return this.current;
  }

  /** The most recent failure that counted (a 5xx answer or a network error), kept as the open error's cause. */
  get lastFailure(): unknown {
    return this.last;
  }

  /** Times the circuit opened since the breaker was made (re-openings after a failed probe included). */
  get openings(): number {
    return this.opened;
  }

  /** Consecutive failures counted so far. */
  get failures(): number {
    return this.consecutive;
  }

  /** Runs one attempt through the breaker. */
  async run<T>(attempt: () => Promise<T>): Promise<T> {
    const state = this.state;
    if (state === 'open' || (state === 'half-open' && this.probing)) {
      throw new CircuitOpenError(this.openedAt + this.resetAfterMs, this.consecutive, this.last);
    }
    const probe = state === 'half-open';
    if (probe) this.probing = true;
    try {
      const result = await attempt();
      this.succeeded();
      return result;
    } catch (error) {
      if (isServiceFailure(error)) {
        this.last = error;
        this.failed(probe);
      } else this.succeeded();
      throw error;
    } finally {
      if (probe) this.probing = false;
    }
  }

  private succeeded(): void {
    this.consecutive = 0;
    if (this.current !== 'closed') this.transition('closed');
  }

  private failed(probe: boolean): void {
    this.consecutive++;
    if (probe || (this.current === 'closed' && this.consecutive >= this.failureThreshold)) {
      this.openedAt = this.clock.now();
      this.transition('open');
    }
  }

  private transition(next: CircuitState): void {
    if (next === this.current) return;
    this.logger?.[next === 'open' ? 'warning' : 'info'](
      `GitHub API circuit breaker ${this.current} -> ${next}` +
        (next === 'open' ? ` after ${this.consecutive} consecutive failures; retry in ${this.resetAfterMs} ms` : ''),
    );
    if (next === 'open') this.opened++;
    this.current = next;
    this.gauge?.set(GAUGE_VALUE[next]);
    if (next === 'open') this.openingsCounter?.inc();
  }
}

/** The breaker as an Octokit plugin: wraps each network attempt (inside retry, so every attempt counts). */
export function circuitBreakerPlugin(breaker: CircuitBreaker): ClientPlugin {
  return (octokit) => {
    octokit.hook.wrap('request', (request, options) => breaker.run(async () => request(options)));
  };
}
