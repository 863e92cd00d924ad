import type { BulkApi } from '../../../actions/bulk-update/src/engine/api.js';

/** One call a {@link fakeApi} received. */
export interface FakeCall {
  /** `GET /orgs/{org}/repos` for REST; the operation name (`BulkCommit`) for GraphQL. */
  name: string;
  params: Record<string, unknown>;
}

type Handler = (params: Record<string, unknown>) => unknown;

const HEADERS = Symbol('headers');

/** A REST answer with response headers (e.g. `link` for pagination). */
export function withHeaders(data: unknown, headers: Record<string, string>): unknown {
  return { [HEADERS]: headers, data };
}

/**
 * A scripted client for unit tests (after octokit's test Octokit with a response queue): answers by
 * REST route or GraphQL operation name and records every call, so tests assert exact request sequences.
 */
export function fakeApi(handlers: Record<string, Handler>): BulkApi & { calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  const answer = (name: string, params: Record<string, unknown>) => {
    calls.push({ name, params });
    const h = handlers[name];
    if (!h) throw new Error(`fakeApi: no handler for ${name}`);
    return h(params);
  };
  return {
    calls,
    async request(route, params = {}) {
      const out = await answer(route, params);
      if (typeof out === 'object' && out !== null && HEADERS in out) {
        const { data, [HEADERS]: headers } = out as { data: unknown; [HEADERS]: Record<string, string> };
        return { status: 200, data, headers };
      }
      return { status: 200, data: out, headers: {} };
    },
    async graphql(query, variables = {}) {
      const name = /^(?:query|mutation)\s+(\w+)/.exec(query.trim())?.[1] ?? 'anonymous';
      return answer(name, { ...variables, query });
    },
  };
}
