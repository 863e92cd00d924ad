import { describe, expect, it } from 'vitest';
import { emulatorPerTest, logLines } from './github-client-setup.js';

const setup = emulatorPerTest();

describe('shared GitHub client against the emulator', () => {
  it('paginates with the Link headers the emulator sends', async () => {
    const { emulator, client } = await setup();
    const repos = await client.paginate('GET /orgs/{org}/repos', { org: 'moko-demo', per_page: 3 });
    expect(repos).toHaveLength(7);
    expect(new Set(repos.map((r) => r.name)).size).toBe(7);
    expect(logLines(emulator)).toEqual([
      'GET /orgs/moko-demo/repos?per_page=3 200',
      'GET /orgs/moko-demo/repos?per_page=3&page=2 200',
      'GET /orgs/moko-demo/repos?per_page=3&page=3 200',
    ]);
    expect(emulator.violations).toEqual([]);
  });

  it('revalidates with If-None-Match: the 304 is served as the stored 200 and costs no rate limit', async () => {
    const { emulator, client } = await setup();
    const first = await client.rest.orgs.get({ org: 'moko-demo' });
    const second = await client.rest.orgs.get({ org: 'moko-demo' });
    expect(second.status).toBe(200);
    expect(second.data).toEqual(first.data);
    expect(second.headers['x-moko-cache']).toBe('revalidated');
    expect(second.headers['x-ratelimit-remaining']).toBe(first.headers['x-ratelimit-remaining']);
    expect(logLines(emulator)).toEqual(['GET /orgs/moko-demo 200', 'GET /orgs/moko-demo 304']);
    expect(client.moko.stats()).toMatchObject({ requests: 2, attempts: 2, cacheHits: 1 });
  });

  it('re-reads a paginated listing for free: every page revalidated by a 304', async () => {
    const { emulator, client } = await setup();
    const list = () => client.paginate('GET /orgs/{org}/repos', { org: 'moko-demo', per_page: 3 });
    const first = await list();
    const remaining = () => client.moko.stats().rateLimitRemaining;
    const afterFirstPass = remaining();
    expect(await list()).toEqual(first);
    expect(remaining()).toBe(afterFirstPass);
    expect(emulator.requests.map((r) => r.status)).toEqual([200, 200, 200, 304, 304, 304]);
    expect(client.moko.stats()).toMatchObject({ requests: 6, attempts: 6, cacheHits: 3 });
  });

  it('serves from memory within the TTL without any request', async () => {
    const { emulator, client, clock } = await setup({}, { cache: { ttlMs: 30_000 } });
    await client.rest.orgs.get({ org: 'moko-demo' });
    await client.rest.orgs.get({ org: 'moko-demo' });
    expect(logLines(emulator)).toEqual(['GET /orgs/moko-demo 200']);
    clock.advance(30_000);
    await client.rest.orgs.get({ org: 'moko-demo' });
    expect(logLines(emulator)).toEqual(['GET /orgs/moko-demo 200', 'GET /orgs/moko-demo 304']);
  });

  it('waits out the primary rate limit until the reset and carries on', async () => {
    const { emulator, client, clock, logger } = await setup({ rateLimit: { limit: 2, resetMs: 60_000 } });
    // Three different pages: a repeated URL would be revalidated by a free 304 and never hit the limit.
    for (const page of [1, 2, 3]) {
      await client.request('GET /orgs/{org}/repos', { org: 'moko-demo', per_page: 1, page });
    }
    expect(logLines(emulator)).toEqual([
      'GET /orgs/moko-demo/repos?per_page=1&page=1 200',
      'GET /orgs/moko-demo/repos?per_page=1&page=2 200',
      'GET /orgs/moko-demo/repos?per_page=1&page=3 403',
      'GET /orgs/moko-demo/repos?per_page=1&page=3 200',
    ]);
    // One wait, to the reset (60 s after the first request) plus the plugin's extra second.
    expect(clock.slept).toHaveLength(1);
    expect(clock.slept[0]).toBeGreaterThanOrEqual(60_000);
    expect(clock.slept[0]).toBeLessThanOrEqual(62_000);
    expect(logger.lines.filter((l) => l.includes('primary rate limit'))).toHaveLength(1);
    expect(client.moko.stats().byStatus).toEqual({ '200': 3 });
  });

  it('waits the retry-after of the secondary limit on content-creating requests and carries on', async () => {
    const { emulator, client, clock } = await setup({ secondaryLimit: { perMinute: 2, perHour: 100 } });
    const repo = [...emulator.state.repos.values()].find((r) => !r.archived)!;
    for (const names of [['one'], ['two'], ['three']]) {
      const res = await client.rest.repos.replaceAllTopics({ owner: 'moko-demo', repo: repo.name, names });
      expect(res.data.names).toEqual(names);
    }
    const put = `PUT /repos/moko-demo/${repo.name}/topics`;
    expect(logLines(emulator)).toEqual([`${put} 200`, `${put} 200`, `${put} 403`, `${put} 200`]);
    // The emulator's window is a minute from the first write; nothing else moved the clock.
    expect(clock.slept).toEqual([60_000]);
    expect(emulator.secondaryLimitHits()).toBe(1);
    expect(emulator.violations).toEqual([]);
  });
});
