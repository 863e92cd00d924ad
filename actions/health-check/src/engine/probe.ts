import { errorMessage, errorStatus } from '../../../../shared/core/errors.js';
import type { Clock } from '../../../../shared/core/clock.js';
import type { GitHubClient } from '../../../../shared/github/client.js';

/** One rate-limit resource as GET /rate_limit reports it. */
export interface RateResource {
  limit: number;
  remaining: number;
  used?: number;
  /** Epoch seconds when the window resets. */
  reset: number;
}

/** The outcome of one GET /rate_limit. */
export interface ApiProbe {
  /** An HTTP answer came back (any status below 500). */
  reachable: boolean;
  /** HTTP status, when there was an answer. */
  status?: number;
  latencyMs: number;
  /** Response headers (lower-case names) of a successful answer. */
  headers: Record<string, string>;
  /** `resources` of the answer; undefined when rate limiting is disabled (GHES answers 404) or the call failed. */
  resources?: Record<string, RateResource>;
  /** Why the call failed, when it did. */
  error?: string;
  /** The cause of an unreachable API: the host and an error code (`ECONNREFUSED`, `HTTP 503`, `timeout`). */
  cause?: { host: string; code: string };
}

/**
 * Per-attempt timeout of the probe. With the health client's one retry after 1 s (see run.ts) the
 * worst case is 4 + 1 + 4 = 9 s, inside the 15 s in which an outage must be reported.
 * (A per-call `request.retries` is not used: @octokit/plugin-retry then retries even a 401.)
 */
export const PROBE_TIMEOUT_MS = 4000;

/** The first `code` (e.g. ECONNREFUSED, UND_ERR_CONNECT_TIMEOUT) along an error's `cause` chain. */
export function errorCodeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    if ('name' in current && current.name === 'RequestTimeoutError') return 'timeout';
    if ('code' in current && typeof current.code === 'string') return current.code;
    current = 'cause' in current ? current.cause : undefined;
  }
  return undefined;
}

/** The host of the client's API base URL. */
export function apiHost(client: GitHubClient): string {
  const base = String(client.request.endpoint.DEFAULTS.baseUrl ?? '');
  try {
    return new URL(base).host;
  } catch {
    return base;
  }
}

/** Response headers as a plain map with lower-case names (undefined and null values left out). */
export function headerMap(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) if (v !== undefined && v !== null) out[k.toLowerCase()] = String(v);
  }
  return out;
}

/** Headers of an Octokit RequestError's response, if it has one. */
function errorHeaders(error: unknown): unknown {
  if (typeof error !== 'object' || error === null || !('response' in error)) return undefined;
  const response: unknown = error.response;
  return typeof response === 'object' && response !== null && 'headers' in response ? response.headers : undefined;
}

/**
 * GET /rate_limit: GitHub's cheapest authenticated call (it does not count against the primary limit,
 * https://docs.github.com/en/rest/rate-limit/rate-limit), timed on the injected clock. Never throws:
 * a failure is a probe result.
 */
export async function probeRateLimit(client: GitHubClient, clock: Clock): Promise<ApiProbe> {
  const started = clock.now();
  try {
    const response = await client.request('GET /rate_limit', { request: { timeoutMs: PROBE_TIMEOUT_MS } });
    const data = response.data as { resources?: Record<string, RateResource> };
    return {
      reachable: true,
      status: response.status,
      latencyMs: clock.now() - started,
      headers: headerMap(response.headers),
      ...(data.resources ? { resources: data.resources } : {}),
    };
  } catch (error) {
    const status = errorStatus(error);
    const latencyMs = clock.now() - started;
    const code = errorCodeOf(error);
    // Octokit reports a network failure as status 500 with the socket error as its cause.
    const network = code !== undefined || status === undefined;
    const reachable = !network && status !== undefined && status < 500;
    return {
      reachable,
      ...(reachable
        ? {}
        : { cause: { host: apiHost(client), code: network ? (code ?? 'no answer') : `HTTP ${status}` } }),
      ...(status !== undefined && !network ? { status } : {}),
      latencyMs,
      headers: headerMap(errorHeaders(error)),
      error: errorMessage(error),
    };
  }
}

/** Runs `fn` once; later calls share the first promise. */
export function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => {
    p ??= fn();
    return p;
  };
}
