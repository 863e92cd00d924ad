import { errorCode, errorMessage, errorStatus } from '../core/errors.js';

/** What a network error code means, in the words a user would search for. */
const CODE_MEANING: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'DNS lookup failed, try again',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no response headers in time',
  UND_ERR_SOCKET: 'socket closed',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed TLS certificate in chain',
  TIMEOUT: 'no answer within the timeout',
};

/** A request that never got an HTTP answer: where it went and why. */
export interface NetworkFailure {
  /** `host:port` the request went to, when known. */
  host?: string;
  /** `GET /repos/o/r`: the method and path of the request, when known. */
  request?: string;
  /** Node's or undici's error code (`ECONNREFUSED`, `ENOTFOUND`, …), or `TIMEOUT`. */
  code: string;
  /** The innermost message (`connect ECONNREFUSED 127.0.0.1:9`). */
  detail: string;
}

/** The error, its `cause`s and an AggregateError's `errors` (undici reports a dual-stack failure as one), outermost first. */
function* causeChain(error: unknown, depth = 0): Generator<unknown> {
  if (depth > 8 || error === undefined || error === null) return;
  yield error;
  if (typeof error !== 'object') return;
  if ('cause' in error) yield* causeChain(error.cause, depth + 1);
  if ('errors' in error && Array.isArray(error.errors)) for (const e of error.errors) yield* causeChain(e, depth + 1);
}

/** The request an Octokit error carries (`error.request`: method and absolute url). */
function requestOf(error: unknown): { method?: string; url?: string; baseUrl?: string } | undefined {
  if (typeof error !== 'object' || error === null || !('request' in error)) return undefined;
  const request = error.request;
  return typeof request === 'object' && request !== null ? (request as { method?: string; url?: string }) : undefined;
}

/** `host:port` and `METHOD /path` of an Octokit error's request, when it has one. */
export function requestTarget(error: unknown): { host?: string; request?: string } {
  const request = requestOf(error);
  if (!request?.url) return {};
  try {
    const url = new URL(request.url, request.baseUrl);
    const port = url.port || (url.protocol === 'http:' ? '80' : '443');
    return { host: `${url.hostname}:${port}`, request: `${request.method ?? 'GET'} ${url.pathname}` };
  } catch {
    return { request: `${request.method ?? 'GET'} ${request.url}` };
  }
}

/**
 * The network failure behind an error, or undefined when GitHub answered (any HTTP status). Octokit
 * reports a failed fetch as status 500 without a response, the real error in `cause`
 * (TypeError "fetch failed" → Error with `code`); our transport reports a timeout as RequestTimeoutError.
 */
export function networkFailure(error: unknown): NetworkFailure | undefined {
  const status = errorStatus(error);
  const answered = typeof error === 'object' && error !== null && 'response' in error && error.response;
  if (answered || (status !== undefined && status !== 500)) return undefined;
  let code: string | undefined;
  let detail = errorMessage(error);
  let timeout = false;
  for (const e of causeChain(error)) {
    if (e instanceof Error && e.name === 'RequestTimeoutError') timeout = true;
    if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError') && timeout) code ??= 'TIMEOUT';
    const c = errorCode(e);
    if (c && !code) {
      code = c;
      detail = errorMessage(e);
    }
  }
  if (!code && timeout) code = 'TIMEOUT';
  // Without a code there is nothing to name (a GraphQL error answer, a test double's bare 500).
  if (!code) return undefined;
  return { ...requestTarget(error), code, detail };
}

/** One line for a network failure: host, code and its meaning, and the request. */
export function describeNetworkFailure(failure: NetworkFailure): string {
  const where = failure.host ? ` at ${failure.host}` : '';
  const meaning = CODE_MEANING[failure.code];
  const why = `${failure.code}${meaning ? `: ${meaning}` : ''}`;
  const what = failure.request ? ` for ${failure.request}` : '';
  return `could not reach the GitHub API${where} (${why})${what}`;
}
