import type { ClientPlugin } from './request-hook.js';

/** A request that got no answer within the client's timeout; status 500 like Octokit's network errors, so it is retried. */
export class RequestTimeoutError extends Error {
  override name = 'RequestTimeoutError';
  readonly status = 500;
  constructor(
    message: string,
    /** The request options, as on an Octokit RequestError (the retry plugin reads them). */
    readonly request: object,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Settings of {@link transportPlugin}. */
export interface TransportSettings {
  /** Where GraphQL goes (GITHUB_GRAPHQL_URL). */
  graphqlUrl: string;
  /**
   * Per-attempt timeout; GitHub itself ends requests after 10 s, so a silent connection is dead.
   * A call can set its own with `request: { timeoutMs }` (0: none), e.g. for a large upload.
   */
  timeoutMs: number;
}

/**
 * Innermost layer, next to the network: sends `/graphql` (see perCallOptionsPlugin) to the
 * configured endpoint (Octokit would post to `{baseUrl}/graphql`, or `/api/graphql` for a `/api/v3`
 * base, which is wrong when GITHUB_GRAPHQL_URL says otherwise), and bounds every attempt with a timeout so a
 * hung connection becomes a retriable error instead of a hung job
 * (https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api#timeouts).
 */
export function transportPlugin(settings: TransportSettings): ClientPlugin {
  return (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      // Layers share one options object (see perCallOptionsPlugin): set per-attempt values in
      // place and restore them, so outer layers (the throttling plugin's GraphQL check, a retry)
      // see what the caller asked for.
      const { url } = options;
      const caller = options.request.signal;
      const own = options.request.timeoutMs;
      const ms = typeof own === 'number' ? own : settings.timeoutMs;
      const timeout = ms > 0 ? AbortSignal.timeout(ms) : undefined;
      if (url === '/graphql') options.url = settings.graphqlUrl;
      const signals = [caller, timeout].filter((s): s is AbortSignal => s !== undefined);
      if (signals.length > 0) options.request.signal = signals.length === 1 ? signals[0] : AbortSignal.any(signals);
      try {
        return await request(options);
      } catch (error) {
        if (timeout?.aborted && !caller?.aborted) {
          throw new RequestTimeoutError(
            `GitHub API ${options.method} ${url} got no answer within ${ms} ms.`,
            { ...options, url },
            { cause: error },
          );
        }
        throw error;
      } finally {
        options.url = url;
        if (caller) options.request.signal = caller;
        else delete options.request.signal;
      }
    });
  };
}
