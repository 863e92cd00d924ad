import type { Counter, Gauge, Histogram } from 'prom-client';
import { errorStatus } from '../core/errors.js';
import type { Clock } from '../core/clock.js';
import type { Metrics } from '../metrics/metrics.js';
import { CircuitOpenError } from './circuit-breaker.js';
import { type ClientPlugin, headersOf, type RequestResult, routeOf } from './request-hook.js';

/** Buckets (seconds) for API latency: GitHub answers most calls in 50–500 ms and cuts off at 10 s. */
const LATENCY_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];

/** The numbers behind `client.moko.stats()`. */
export interface ClientStats {
  /** Calls made by the code (one per `request`, page or GraphQL query), cache hits included. */
  requests: number;
  /** Final outcome of those calls by status (`'200'`, `'404'`, `'circuit_open'`, `'network'`). */
  byStatus: Record<string, number>;
  /** Calls answered from the cache: TTL hits plus 304 revalidations. */
  cacheHits: number;
  /** HTTP attempts that left the process (retries included, cache hits and breaker refusals not). */
  attempts: number;
  /** `x-ratelimit-remaining` of the last answer that carried it. */
  rateLimitRemaining?: number;
}

/**
 * Request metrics in two hooks sharing one state: `calls` is the outermost layer and sees each call
 * once, with its final status and its latency as the caller felt it (retries and rate-limit waits
 * included); `attempts` sits next to the network and sees every HTTP attempt and every
 * `x-ratelimit-remaining` header (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#checking-the-status-of-your-rate-limit).
 */
export class RequestMetrics {
  private readonly stats: ClientStats = { requests: 0, byStatus: {}, cacheHits: 0, attempts: 0 };
  private readonly requestsTotal?: Counter<string>;
  private readonly attemptsTotal?: Counter<string>;
  private readonly latency?: Histogram<string>;
  private readonly remaining?: Gauge<string>;
  private readonly limit?: Gauge<string>;

  constructor(
    private readonly clock: Clock,
    metrics?: Metrics,
  ) {
    this.requestsTotal = metrics?.counter('github_requests_total', 'GitHub API calls by route and final status.', [
      'route',
      'status',
    ]);
    this.attemptsTotal = metrics?.counter('github_http_attempts_total', 'HTTP attempts to the GitHub API.', [
      'route',
      'status',
    ]);
    this.latency = metrics?.histogram(
      'github_request_duration_seconds',
      'GitHub API call latency in seconds, retries and waits included.',
      ['route'],
      LATENCY_BUCKETS,
    );
    this.remaining = metrics?.gauge('github_rate_limit_remaining', 'x-ratelimit-remaining of the last answer.', [
      'resource',
    ]);
    this.limit = metrics?.gauge('github_rate_limit_limit', 'x-ratelimit-limit of the last answer.', ['resource']);
  }

  /** A copy of the counts so far. */
  snapshot(): ClientStats {
    return { ...this.stats, byStatus: { ...this.stats.byStatus } };
  }

  /** Outermost plugin: one observation per call. */
  calls(): ClientPlugin {
    return (octokit) => {
      octokit.hook.wrap('request', async (request, options) => {
        const route = routeOf(options);
        const started = this.clock.now();
        let status = 'network';
        try {
          const response = await request(options);
          status = String(response.status);
          if (response.headers['x-moko-cache'] !== undefined) this.stats.cacheHits++;
          return response;
        } catch (error) {
          status = error instanceof CircuitOpenError ? 'circuit_open' : String(errorStatus(error) ?? 'network');
          throw error;
        } finally {
          this.stats.requests++;
          this.stats.byStatus[status] = (this.stats.byStatus[status] ?? 0) + 1;
          this.requestsTotal?.inc({ route, status });
          this.latency?.observe({ route }, (this.clock.now() - started) / 1000);
        }
      });
    };
  }

  /** Innermost plugin: one observation per HTTP attempt. */
  attempts(): ClientPlugin {
    return (octokit) => {
      octokit.hook.wrap('request', async (request, options) => {
        const route = routeOf(options);
        let headers: RequestResult['headers'] = {};
        let status = 'network';
        try {
          const response = await request(options);
          headers = response.headers;
          status = String(response.status);
          return response;
        } catch (error) {
          headers = headersOf(error);
          status = String(errorStatus(error) ?? 'network');
          throw error;
        } finally {
          this.stats.attempts++;
          this.attemptsTotal?.inc({ route, status });
          this.observeRateLimit(headers);
        }
      });
    };
  }

  private observeRateLimit(headers: Record<string, string | number | undefined>): void {
    const value = headers['x-ratelimit-remaining'];
    if (value === undefined || value === '') return;
    const remaining = Number(value);
    if (!Number.isFinite(remaining)) return;
    this.stats.rateLimitRemaining = remaining;
    const resource = String(headers['x-ratelimit-resource'] ?? 'core');
    this.remaining?.set({ resource }, remaining);
    // With the limit, a dashboard can plot the share used (1 - remaining / limit) for the 90% alert.
    const limit = Number(headers['x-ratelimit-limit']);
    if (Number.isFinite(limit) && limit > 0) this.limit?.set({ resource }, limit);
  }
}
