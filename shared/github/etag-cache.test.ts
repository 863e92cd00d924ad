import { describe, expect, it } from 'vitest';
import { authIdentity } from './etag-cache.js';
import { sample, TEST_API, testClient } from '../../test/support/fakes/test-client.js';

const REPO = `GET ${TEST_API}/repos/o/r`;
const fresh = { status: 200, headers: { etag: '"v1"', 'x-ratelimit-remaining': '4999' }, body: { full_name: 'o/r' } };
const notModified = { status: 304, headers: { etag: '"v1"', 'x-ratelimit-remaining': '4999' } };
type Client = ReturnType<typeof testClient>['client'];
const get = (client: Client, repo = 'r') => client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo });

describe('ETag cache', () => {
  it('sends If-None-Match and serves the stored body as a 200 on 304', async () => {
    const { client, script, metrics } = testClient([fresh, notModified]);
    const first = await get(client);
    const second = await get(client);
    expect(script.lines()).toEqual([REPO, REPO]);
    expect(script.log[0]?.headers['if-none-match']).toBeUndefined();
    expect(script.log[1]?.headers['if-none-match']).toBe('"v1"');
    expect(second.status).toBe(200);
    expect(second.data).toEqual(first.data);
    expect(second.headers['x-moko-cache']).toBe('revalidated');
    expect(client.moko.stats()).toMatchObject({ requests: 2, cacheHits: 1, attempts: 2, byStatus: { '200': 2 } });
    expect(await sample(metrics, 'moko_github_cache_total{result="revalidated"}')).toBe(1);
    expect(
      await sample(metrics, 'moko_github_http_attempts_total{route="GET /repos/{owner}/{repo}",status="304"}'),
    ).toBe(1);
  });

  it('answers from memory within the TTL and revalidates after it', async () => {
    const { client, script, clock } = testClient([fresh, notModified], { cache: { ttlMs: 60_000 } });
    await get(client);
    const hit = await get(client);
    expect(hit.headers['x-moko-cache']).toBe('hit');
    expect(script.lines()).toEqual([REPO]);
    clock.advance(60_000);
    await get(client);
    expect(script.lines()).toEqual([REPO, REPO]);
    expect(script.log[1]?.headers['if-none-match']).toBe('"v1"');
    expect(client.moko.cache?.counts).toEqual({ hit: 1, revalidated: 1, miss: 1 });
  });

  it('hands out copies, so a caller mutating data cannot change later answers', async () => {
    const { client } = testClient([fresh], { cache: { ttlMs: 60_000 } });
    (await get(client)).data.full_name = 'changed';
    expect((await get(client)).data.full_name).toBe('o/r');
  });

  it('makes entries stale after a write, so the next read revalidates', async () => {
    const { client, script } = testClient([fresh, { status: 200, body: {} }, notModified], {
      cache: { ttlMs: 60_000 },
    });
    await get(client);
    await client.request('PATCH /repos/{owner}/{repo}', { owner: 'o', repo: 'r', description: 'd' });
    await get(client);
    expect(script.lines()).toEqual([REPO, `PATCH ${TEST_API}/repos/o/r`, REPO]);
    expect(script.log[2]?.headers['if-none-match']).toBe('"v1"');
  });

  it('uses If-Modified-Since when the answer had only Last-Modified', async () => {
    const lastModified = 'Wed, 25 Nov 2026 10:00:00 GMT';
    const { client, script } = testClient([
      { status: 200, headers: { 'last-modified': lastModified }, body: { full_name: 'o/r' } },
      { status: 304 },
    ]);
    await get(client);
    expect((await get(client)).data).toEqual({ full_name: 'o/r' });
    expect(script.log[1]?.headers['if-modified-since']).toBe(lastModified);
  });

  it('evicts the least recently used entry beyond maxEntries', async () => {
    const { client, script } = testClient([fresh, { ...fresh, body: { full_name: 'o/s' } }, fresh], {
      cache: { maxEntries: 1 },
    });
    await get(client, 'r');
    await get(client, 's');
    await get(client, 'r');
    expect(script.lines()).toEqual([REPO, `GET ${TEST_API}/repos/o/s`, REPO]);
    expect(script.log[2]?.headers['if-none-match']).toBeUndefined();
    expect(client.moko.cache?.size).toBe(1);
  });

  it('does not store answers without validators, and is off with cache: false', async () => {
    const plain = { status: 200, body: { full_name: 'o/r' } };
    const a = testClient([plain, plain]);
    await get(a.client);
    await get(a.client);
    expect(a.script.log[1]?.headers['if-none-match']).toBeUndefined();
    const b = testClient([fresh, fresh], { cache: false });
    await get(b.client);
    await get(b.client);
    expect(b.client.moko.cache).toBeUndefined();
    expect(b.script.log[1]?.headers['if-none-match']).toBeUndefined();
  });

  it('stores only parsed JSON: not streams, not binary downloads', async () => {
    const binary = { status: 200, headers: { etag: '"b"', 'content-type': 'application/octet-stream' }, body: 'zip' };
    const { client, script } = testClient([fresh, binary, binary]);
    await client.request('GET /repos/{owner}/{repo}', {
      owner: 'o',
      repo: 'r',
      request: { parseSuccessResponseBody: false },
    });
    await client.request('GET /repos/{owner}/{repo}/zipball/{ref}', { owner: 'o', repo: 'r', ref: 'main' });
    await client.request('GET /repos/{owner}/{repo}/zipball/{ref}', { owner: 'o', repo: 'r', ref: 'main' });
    expect(client.moko.cache?.size).toBe(0);
    expect(script.log.map((r) => r.headers['if-none-match'])).toEqual([undefined, undefined, undefined]);
  });

  it('evicts the least recently used entries beyond maxBytes', async () => {
    const big = (name: string) => ({ ...fresh, body: { full_name: name, pad: 'x'.repeat(100) } });
    const { client } = testClient([big('o/a'), big('o/b'), big('o/c')], { cache: { maxBytes: 300 } });
    for (const repo of ['a', 'b', 'c']) await get(client, repo);
    expect(client.moko.cache?.size).toBe(2);
    expect(client.moko.cache?.totalBytes).toBeLessThanOrEqual(300);
  });

  it('keys entries by a hash of the token, never the token itself', () => {
    const id = authIdentity('ghs_secret_value');
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(id).not.toContain('secret');
    expect(authIdentity('ghs_other')).not.toBe(id);
  });
});
