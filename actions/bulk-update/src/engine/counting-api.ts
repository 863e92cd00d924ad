import type { BulkApi } from './api.js';

/** Requests made through a {@link countingApi}. */
export interface RequestCounts {
  rest: number;
  graphql: number;
  /** Last `x-ratelimit-remaining` seen on a REST answer. */
  rateLimitRemaining?: number;
}

/** Wraps a client so the engine can report the requests it spent (metrics, bench, results file). */
export function countingApi(inner: BulkApi): { api: BulkApi; counts: RequestCounts } {
  const counts: RequestCounts = { rest: 0, graphql: 0 };
  const api: BulkApi = {
    async request(route, params) {
      counts.rest++;
      const res = await inner.request(route, params);
      const remaining = Number(res.headers['x-ratelimit-remaining']);
      if (Number.isFinite(remaining)) counts.rateLimitRemaining = remaining;
      return res;
    },
    async graphql(query, variables) {
      counts.graphql++;
      return inner.graphql(query, variables);
    },
  };
  return { api, counts };
}
