import { getOctokit } from '@actions/github';
import { graphqlUrlFor } from './endpoints.js';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { ConfigError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { type Clock, systemClock } from '../core/clock.js';
import type { Metrics } from '../metrics/metrics.js';
import { apiErrorsPlugin } from './api-errors.js';
import { CircuitBreaker, type CircuitBreakerOptions, circuitBreakerPlugin } from './circuit-breaker.js';
import { authIdentity, EtagCache, type EtagCacheOptions, etagCachePlugin } from './etag-cache.js';
import { perCallOptionsPlugin } from './request-hook.js';
import { type ClientStats, RequestMetrics } from './request-metrics.js';
import { backoffPlugin, retryOptions } from './retry-policy.js';
import { type ThrottleSettings, throttleOptions } from './throttle-policy.js';
import { refreshingTokenAuth, type TokenSource } from './token-auth.js';
import { transportPlugin } from './transport.js';

/** Options of {@link createGitHubClient} (contract in notes/common.md; the last five are additions). */
export interface GitHubClientOptions {
  token: string;
  /**
   * Where each attempt takes its token when it can change during the run (GitHub App installation
   * tokens expire after an hour); `token` is then only the first one, which names the cache identity.
   */
  tokenSource?: TokenSource;
  /** REST base URL. Default: GITHUB_API_URL, else https://api.github.com. */
  apiUrl?: string;
  /** GraphQL endpoint. Default: derived from an explicit `apiUrl`, else GITHUB_GRAPHQL_URL, else derived. */
  graphqlUrl?: string;
  logger: Logger;
  metrics?: Metrics;
  clock?: Clock;
  /** Retries of 5xx and network errors per request. Default 3. */
  retries?: number;
  breaker?: CircuitBreakerOptions;
  /** Conditional-request cache; `false` switches it off. */
  cache?: EtagCacheOptions | false;
  userAgent?: string;
  /** Bounds on rate-limit waits. */
  throttle?: ThrottleSettings;
  /** Backoff unit for 5xx retries: waits of 1, 4, 9 × this. Default 1000. */
  retryBaseMs?: number;
  /** Per-attempt timeout. Default 30 s. */
  timeoutMs?: number;
  /** Replaces the fetch @actions/github uses (proxy-aware undici); tests pass a scripted one. */
  fetch?: typeof globalThis.fetch;
  /** Where GITHUB_API_URL / GITHUB_GRAPHQL_URL are read. Default `process.env`. */
  env?: Record<string, string | undefined>;
}

/** What our layers add to the Octokit, under `.moko`. */
export interface MokoClientExtras {
  breaker: CircuitBreaker;
  cache: EtagCache | undefined;
  stats(): ClientStats;
}

/** An Octokit as @actions/github's `getOctokit` returns it (`.rest`, `.request`, `.paginate`, `.graphql`), plus `.moko`. */
export type GitHubClient = ReturnType<typeof getOctokit> & { moko: MokoClientExtras };

/**
 * The shared GitHub client. Layers, outermost first (each is an Octokit plugin; getOctokit applies
 * plugins in order and each `hook.wrap` encloses the ones before it, so the list below is reversed):
 *
 * 0. per-call options: each call gets its own `options.request` (see perCallOptionsPlugin).
 * 1. metrics, calls: sees each call once (not each attempt), with its final status and the latency
 *    the caller felt, waits included. Attempts are counted separately by layer 7.
 * 2. ETag cache, before anything that queues or waits: a TTL hit or a free 304 is never held up by
 *    write spacing or a rate-limit wait, and the 304 → 200 conversion happens once per call.
 * 3. throttling (@octokit/plugin-throttling) outside retry, the order Octokit documents
 *    (`Octokit.plugin(retry, throttling)`): after a rate-limit wait the call gets a fresh retry budget.
 * 4. retry (@octokit/plugin-retry): re-enters below on 5xx / network errors, not on 4xx (429 left
 *    to throttling) …
 * 5. … after a backoff sleep on the injected Clock.
 * 6. circuit breaker, inside retry: every attempt counts, and once open the next retry fails fast
 *    instead of hammering a GitHub that is down.
 * 7. metrics, attempts: every HTTP attempt that leaves the process and every x-ratelimit-remaining.
 * 8. transport: GraphQL endpoint (GHES), per-attempt timeout. Octokit's token auth is innermost
 *    (with `tokenSource`, a token renewed before it expires and once more after a 401).
 *
 * Around all of these, the final outcome of a call that failed for a reason the user can fix (bad
 * token, missing permission, unreachable or failing API) becomes a GitHubApiError (api-errors.ts).
 */
export function createGitHubClient(opts: GitHubClientOptions): GitHubClient {
  if (!opts.token) throw new ConfigError('No GitHub token: set the github-token input (its default is github.token).');
  const env = opts.env ?? process.env;
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger;
  const apiUrl = (opts.apiUrl || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const graphqlUrl = opts.graphqlUrl || (opts.apiUrl ? undefined : env.GITHUB_GRAPHQL_URL) || graphqlUrlFor(apiUrl);

  const breaker = new CircuitBreaker(
    clock,
    opts.breaker,
    logger,
    opts.metrics?.gauge('github_circuit_state', 'GitHub API circuit breaker: 0 closed, 1 half-open, 2 open.'),
    opts.metrics?.counter('github_circuit_openings_total', 'Times the GitHub API circuit breaker opened.'),
  );
  const cache =
    opts.cache === false
      ? undefined
      : new EtagCache(
          clock,
          opts.cache,
          opts.metrics?.counter('github_cache_total', 'GitHub API conditional-request cache outcomes.', ['result']),
        );
  const requestMetrics = new RequestMetrics(clock, opts.metrics);

  const innermostFirst = [
    transportPlugin({ graphqlUrl, timeoutMs: opts.timeoutMs ?? 30_000 }),
    requestMetrics.attempts(),
    circuitBreakerPlugin(breaker),
    backoffPlugin(clock, opts.retryBaseMs ?? 1000),
    retry,
    throttling,
    ...(cache ? [etagCachePlugin(cache, authIdentity(opts.token))] : []),
    requestMetrics.calls(),
    perCallOptionsPlugin(),
    apiErrorsPlugin(),
  ];
  const octokit = getOctokit(
    opts.token,
    {
      baseUrl: apiUrl,
      userAgent: opts.userAgent ?? 'moko-standards-actions',
      log: {
        debug: (m: string) => logger.debug(m),
        info: (m: string) => logger.debug(m),
        warn: (m: string) => logger.warning(m),
        error: (m: string) => logger.error(m),
      },
      retry: retryOptions(opts.retries ?? 3),
      throttle: throttleOptions(opts.throttle ?? {}, logger, clock),
      ...(opts.fetch ? { request: { fetch: opts.fetch } } : {}),
      ...(opts.tokenSource ? { authStrategy: refreshingTokenAuth(opts.tokenSource) } : {}),
    },
    ...innermostFirst,
  );
  const moko: MokoClientExtras = { breaker, cache, stats: () => requestMetrics.snapshot() };
  return Object.assign(octokit, { moko });
}
