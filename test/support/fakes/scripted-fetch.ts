/** One scripted answer: an HTTP response, or a network failure (`fetch` rejects). */
export type ScriptedStep =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  | { networkError: string; code?: string }
  | { hang: true };

/** One request as the scripted fetch saw it. */
export interface LoggedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * A fetch for tests in the style of octokit/plugin-retry's `test/octokit.ts`: answers from a queue
 * and records every request, so tests assert the exact sequence that reached the network.
 * `hang` never answers until the request's signal aborts.
 */
export function scriptedFetch(steps: ScriptedStep[]) {
  const queue = [...steps];
  const log: LoggedRequest[] = [];
  const fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    log.push({ method, url, headers, ...(typeof init.body === 'string' ? { body: init.body } : {}) });
    const step = queue.shift();
    if (!step) throw new Error(`scripted fetch: nothing scripted for ${method} ${url}`);
    if ('networkError' in step)
      throw new TypeError('fetch failed', { cause: Object.assign(new Error(step.networkError), { code: step.code }) });
    if ('hang' in step) {
      return new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    }
    const empty = step.status === 204 || step.status === 304 || step.body === undefined;
    return new Response(empty ? null : JSON.stringify(step.body), {
      status: step.status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...step.headers },
    });
  };
  return {
    fetch: fetch as typeof globalThis.fetch,
    log,
    /** `METHOD url` lines, the shape tests compare against. */
    lines: () => log.map((r) => `${r.method} ${r.url}`),
    /** Steps not consumed yet. */
    remaining: () => queue.length,
  };
}
