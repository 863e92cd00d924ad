import type { Octokit } from '@octokit/core';
import type { Hooks } from '@octokit/core/types';

/** Options every `request` hook receives: merged endpoint options (route template, parameters, headers). */
export type RequestOptions = Hooks['request']['Options'];
/** What a `request` hook resolves to. */
export type RequestResult = Hooks['request']['Result'];
/** The next layer inward, as before-after-hook hands it to a `wrap` hook. */
export type RequestFn = (options: RequestOptions) => RequestResult | Promise<RequestResult>;
/** An Octokit plugin in the shape of octokit/plugin-retry.js: one function binding state into `hook.wrap`. */
export type ClientPlugin = (octokit: Octokit) => void;

/**
 * The metrics label of a request: the Octokit route template (`GET /repos/{owner}/{repo}`) when the
 * caller used one. Absolute URLs (pagination's `Link` pages) become paths below the API base path,
 * with numeric segments folded to `{id}` and the query dropped, so label cardinality stays bounded.
 */
export function routeOf(options: RequestOptions): string {
  const method = options.method.toUpperCase();
  let path = options.url;
  if (/^https?:\/\//i.test(path)) {
    const url = new URL(path);
    const base = new URL(options.baseUrl).pathname.replace(/\/$/, '');
    path = url.pathname.startsWith(`${base}/`) ? url.pathname.slice(base.length) : url.pathname;
    path = path.replace(/\/\d+(?=\/|$)/g, '/{id}');
  }
  const query = path.indexOf('?');
  return `${method} ${query >= 0 ? path.slice(0, query) : path}`;
}

/** Response headers carried by an Octokit RequestError, if any. */
export function headersOf(error: unknown): Record<string, string | number | undefined> {
  if (typeof error === 'object' && error !== null && 'response' in error) {
    const { response } = error as { response: unknown };
    if (typeof response === 'object' && response !== null && 'headers' in response) {
      const { headers } = response as { headers: unknown };
      if (typeof headers === 'object' && headers !== null)
        return headers as Record<string, string | number | undefined>;
    }
  }
  return {};
}

/** True for Octokit's GraphQL URLs: `/graphql`, or the absolute `…/api/graphql` it builds for a `/api/v3` base. */
export function isGraphqlUrl(url: string, baseUrl: string): boolean {
  if (url === '/graphql') return true;
  return /\/api\/v3\/?$/.test(baseUrl) && url === baseUrl.replace(/\/api\/v3\/?$/, '/api/graphql');
}

/**
 * Outermost plugin: gives each call its own `options.request`, and names every GraphQL call
 * `/graphql` (the throttling plugin recognises GraphQL, and its RATE_LIMITED errors, only by that
 * path; the transport layer sends it to the configured endpoint). before-after-hook hands every layer
 * the same options object (a layer cannot pass a copy inward), and Octokit's endpoint merge shares
 * one `request` object between all calls that do not set it, so per-attempt state written there
 * (plugin-retry's `retryCount`, our timeout signal) would otherwise leak between concurrent calls.
 */
export function perCallOptionsPlugin(): ClientPlugin {
  return (octokit) => {
    octokit.hook.wrap('request', (request, options) => {
      options.request = { ...options.request };
      if (isGraphqlUrl(options.url, options.baseUrl)) options.url = '/graphql';
      return request(options);
    });
  };
}
