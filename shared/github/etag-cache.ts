import { createHash } from 'node:crypto';
import type { Counter } from 'prom-client';
import { errorStatus } from '../core/errors.js';
import type { Clock } from '../core/clock.js';
import {
  type ClientPlugin,
  headersOf,
  type RequestFn,
  type RequestOptions,
  type RequestResult,
} from './request-hook.js';

/** Settings of an {@link EtagCache}. */
export interface EtagCacheOptions {
  /**
   * How long a stored answer is served without asking GitHub at all. Default 0: every GET is
   * revalidated with `If-None-Match`, which is always fresh and, answered by 304, free.
   */
  ttlMs?: number;
  /** Least-recently-used entries beyond this are dropped. Default 500. */
  maxEntries?: number;
  /** …and beyond this many bytes of JSON bodies (a page of 100 repositories is ~0.5 MB). Default 32 MiB. */
  maxBytes?: number;
}

interface Entry {
  etag?: string;
  lastModified?: string;
  freshUntil: number;
  response: RequestResult;
  bytes: number;
}

/** What the cache did for one GET. */
export type CacheOutcome = 'hit' | 'revalidated' | 'miss';

/**
 * Conditional-request cache for GET: stores ETag / Last-Modified with the body, answers from memory
 * inside the TTL, and otherwise sends `If-None-Match` / `If-Modified-Since`. A 304 is returned as the
 * stored 200. GitHub does not count a 304 against the primary rate limit when the request is
 * authorized: https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate
 */
export class EtagCache {
  private readonly entries = new Map<string, Entry>();
  readonly ttlMs: number;
  readonly maxEntries: number;
  readonly maxBytes: number;
  private bytes = 0;
  /** Counts by outcome; `hit` + `revalidated` are the requests (or rate-limit points) saved. */
  readonly counts: Record<CacheOutcome, number> = { hit: 0, revalidated: 0, miss: 0 };

  constructor(
    private readonly clock: Clock,
    opts: EtagCacheOptions = {},
    private readonly counter?: Counter<string>,
  ) {
    this.ttlMs = Math.max(0, opts.ttlMs ?? 0);
    this.maxEntries = Math.max(1, opts.maxEntries ?? 500);
    this.maxBytes = Math.max(0, opts.maxBytes ?? 32 * 1024 * 1024);
  }

  /** Entries held now. */
  get size(): number {
    return this.entries.size;
  }

  /** Bytes of JSON held now. */
  get totalBytes(): number {
    return this.bytes;
  }

  /** Forgets everything. */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  /** Makes every entry stale so the next read revalidates (called after any write through the client). */
  expireAll(): void {
    for (const entry of this.entries.values()) entry.freshUntil = 0;
  }

  /** Runs one GET through the cache; `key` must already include the auth identity. */
  async fetch(key: string, options: RequestOptions, next: RequestFn): Promise<RequestResult> {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key); // re-insert below: Map order is our LRU order
      this.entries.set(key, entry);
      if (this.clock.now() < entry.freshUntil) return this.answer('hit', entry, {});
      options.headers = { ...options.headers };
      if (entry.etag) options.headers['if-none-match'] = entry.etag;
      else if (entry.lastModified) options.headers['if-modified-since'] = entry.lastModified;
    }
    let response: RequestResult;
    try {
      response = await next(options);
    } catch (error) {
      if (entry && errorStatus(error) === 304) {
        entry.freshUntil = this.clock.now() + this.ttlMs;
        return this.answer('revalidated', entry, headersOf(error));
      }
      throw error;
    }
    this.count('miss');
    this.forget(key);
    this.store(key, response);
    return response;
  }

  private store(key: string, response: RequestResult): void {
    const etag = header(response.headers.etag);
    const lastModified = header(response.headers['last-modified']);
    if (response.status !== 200 || (!etag && !lastModified)) return;
    // Only parsed JSON: streams cannot be replayed, and binary downloads are not worth the memory.
    if (!String(response.headers['content-type'] ?? '').includes('json')) return;
    const bytes = JSON.stringify(response.data)?.length ?? 0;
    if (bytes > this.maxBytes) return;
    const entry: Entry = { freshUntil: this.clock.now() + this.ttlMs, response: structuredClone(response), bytes };
    if (etag) entry.etag = etag;
    if (lastModified) entry.lastModified = lastModified;
    this.entries.set(key, entry);
    this.bytes += bytes;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.forget(oldest);
    }
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
  }

  private answer(outcome: CacheOutcome, entry: Entry, fresh: Record<string, string | number | undefined>) {
    this.count(outcome);
    // A copy, so a caller mutating `data` cannot poison later answers; fresh 304 headers (rate limit) win.
    const response = structuredClone(entry.response);
    response.headers = { ...response.headers, ...fresh, 'x-moko-cache': outcome };
    return response;
  }

  private count(outcome: CacheOutcome): void {
    this.counts[outcome]++;
    this.counter?.inc({ result: outcome });
  }
}

function header(value: string | number | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : String(value);
}

/** A short, one-way name for a token: cache keys tell identities apart without ever holding a secret. */
export function authIdentity(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 16);
}

/**
 * The cache as an Octokit plugin. Only plain GETs answered with JSON are cached (a caller sending
 * its own conditional headers, or asking for a stream, is passed through); any other method that succeeds makes the stored entries stale, so a
 * read after our own write is never answered from memory.
 */
export function etagCachePlugin(cache: EtagCache, identity: string): ClientPlugin {
  return (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const conditional = options.headers['if-none-match'] ?? options.headers['if-modified-since'];
      const streamed = options.request.parseSuccessResponseBody === false;
      if (options.method !== 'GET' || conditional !== undefined || streamed) {
        try {
          return await request(options);
        } finally {
          // Even a failed write may have changed something (a timeout after GitHub applied it).
          if (options.method !== 'GET' && options.method !== 'HEAD') cache.expireAll();
        }
      }
      const { url, headers } = octokit.request.endpoint.parse(options);
      const key = `${identity} ${String(headers.accept ?? '')} ${url}`;
      return cache.fetch(key, options, async (o) => request(o));
    });
  };
}
