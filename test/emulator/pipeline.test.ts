import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../shared/core/clock.js';
import { type Emulator, type EmulatorOptions, startEmulator } from './index.js';

const AUTH = { authorization: 'token ghs_emulator' };
let emulator: Emulator | undefined;

async function start(opts: EmulatorOptions = {}): Promise<Emulator> {
  emulator = await startEmulator({ repos: 6, ...opts });
  return emulator;
}

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function call(e: Emulator, path: string, init: RequestInit = {}) {
  const res = await fetch(`${e.url}${path}`, { ...init, headers: { ...AUTH, ...(init.headers ?? {}) } });
  const text = await res.text();
  return { res, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

function firstRepo(e: Emulator, pred: (r: { visibility: string; archived: boolean }) => boolean = () => true) {
  const r = [...e.state.repos.values()].find((x) => pred(x) && !x.archived)!;
  return r;
}

describe('request validation against the OpenAPI description', () => {
  it('answers a made-up route with 404 Not Found and records a violation', async () => {
    const e = await start();
    const { res, json } = await call(e, '/repos/moko-demo/x/made-up-things');
    expect(res.status).toBe(404);
    expect(json?.message).toBe('Not Found');
    expect(e.violations).toHaveLength(1);
    expect(e.violations[0]).toMatchObject({ kind: 'rest', status: 404, path: '/repos/moko-demo/x/made-up-things' });
  });

  it('answers a method the route does not have with 404 and a violation naming the template', async () => {
    const e = await start();
    const { res } = await call(e, '/rate_limit', { method: 'DELETE' });
    expect(res.status).toBe(404);
    expect(e.violations[0]?.route).toBe('/rate_limit');
  });

  it('answers a body that breaks the schema with GitHub’s 422 wording', async () => {
    const e = await start();
    const repo = firstRepo(e);
    const { res, json } = await call(e, `/repos/moko-demo/${repo.name}/pulls`, {
      method: 'POST',
      body: JSON.stringify({ title: 7, head: 'x' }),
    });
    expect(res.status).toBe(422);
    expect(json?.message).toBe(
      `Invalid request.\n\n"base" wasn't supplied.\nFor 'properties/title', 7 is not a string.`,
    );
    expect(json?.documentation_url).toBe('https://docs.github.com/rest/pulls/pulls#create-a-pull-request');
    expect(e.violations.map((v) => v.operationId)).toEqual(['pulls/create']);
  });

  it('answers an invalid enum in a query parameter with 422', async () => {
    const e = await start();
    const { res } = await call(e, '/orgs/moko-demo/repos?type=everything');
    expect(res.status).toBe(422);
    expect(e.violations).toHaveLength(1);
  });

  it('answers an operation it does not implement with 501 and records it', async () => {
    const e = await start();
    const { res } = await call(e, '/gists/public');
    expect(res.status).toBe(501);
    expect(e.violations[0]).toMatchObject({ kind: 'unimplemented', operationId: 'gists/list-public' });
  });

  it('logs each request with its template and operationId', async () => {
    const e = await start();
    await call(e, '/orgs/moko-demo');
    expect(e.requests).toEqual([
      { method: 'GET', path: '/orgs/moko-demo', route: '/orgs/{org}', status: 200, operationId: 'orgs/get' },
    ]);
  });
});

describe('authentication and grants', () => {
  it('answers an unknown token with 401 Bad credentials', async () => {
    const e = await start();
    const { res, json } = await call(e, '/user', { headers: { authorization: 'Bearer nope' } });
    expect(res.status).toBe(401);
    expect(json).toMatchObject({ message: 'Bad credentials' });
  });

  it('hides private repositories outside the grant (404) and refuses writes on read grants (403)', async () => {
    const e = await start({ repos: 30 });
    const priv = firstRepo(e, (r) => r.visibility === 'private');
    const other = [...e.state.repos.values()].find((r) => r !== priv && r.visibility === 'private')!;
    e.addToken('ghs_limited', { repos: [`moko-demo/${priv.name}`], permission: 'read' });
    const h = { authorization: 'token ghs_limited' };
    expect((await call(e, `/repos/moko-demo/${priv.name}`, { headers: h })).res.status).toBe(200);
    expect((await call(e, `/repos/moko-demo/${other.name}`, { headers: h })).res.status).toBe(404);
    const write = await call(e, `/repos/moko-demo/${priv.name}/topics`, {
      headers: h,
      method: 'PUT',
      body: JSON.stringify({ names: ['x'] }),
    });
    expect(write.res.status).toBe(403);
    expect(write.json?.message).toBe('Resource not accessible by integration');
  });
});

describe('pagination and conditional requests', () => {
  it('sends a Link header with next and last like GitHub', async () => {
    const e = await start({ repos: 7 });
    const { res, json } = await call(e, '/orgs/moko-demo/repos?per_page=3');
    expect(json).toHaveLength(3);
    expect(res.headers.get('link')).toBe(
      `<${e.url}/orgs/moko-demo/repos?per_page=3&page=2>; rel="next", <${e.url}/orgs/moko-demo/repos?per_page=3&page=3>; rel="last"`,
    );
    const last = await call(e, '/orgs/moko-demo/repos?per_page=3&page=3');
    expect(last.json).toHaveLength(1);
    expect(last.res.headers.get('link')).toBe(
      `<${e.url}/orgs/moko-demo/repos?per_page=3&page=2>; rel="prev", <${e.url}/orgs/moko-demo/repos?per_page=3&page=1>; rel="first"`,
    );
  });

  it('answers If-None-Match with 304 that does not spend the rate limit', async () => {
    const e = await start();
    const first = await call(e, '/orgs/moko-demo');
    const etag = first.res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[0-9a-f]{64}"$/);
    expect(first.res.headers.get('x-ratelimit-used')).toBe('1');
    const again = await fetch(`${e.url}/orgs/moko-demo`, { headers: { ...AUTH, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('x-ratelimit-used')).toBe('1');
    expect(again.headers.get('x-ratelimit-remaining')).toBe('4999');
  });
});

describe('rate limits', () => {
  it('refuses with 403 once the primary limit is spent, until the window resets', async () => {
    const clock = manualClock(Date.UTC(2026, 0, 1));
    const e = await start({ clock, rateLimit: { limit: 2, resetMs: 60_000 } });
    await call(e, '/orgs/moko-demo');
    const second = await call(e, '/orgs/moko-demo');
    expect(second.res.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(second.res.headers.get('x-ratelimit-resource')).toBe('core');
    const third = await call(e, '/orgs/moko-demo');
    expect(third.res.status).toBe(403);
    expect(String(third.json?.message)).toMatch(/^API rate limit exceeded for user ID \d+\.$/);
    expect(third.res.headers.get('x-ratelimit-reset')).toBe(String((Date.UTC(2026, 0, 1) + 60_000) / 1000));
    clock.advance(60_000);
    expect((await call(e, '/orgs/moko-demo')).res.status).toBe(200);
  });

  it('gives unauthenticated callers GitHub’s 60 requests an hour', async () => {
    const e = await start();
    const res = await fetch(`${e.url}/orgs/moko-demo`);
    expect(res.headers.get('x-ratelimit-limit')).toBe('60');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('59');
  });

  it('refuses content-creating requests over the per-minute budget with retry-after', async () => {
    const clock = manualClock(Date.UTC(2026, 0, 1));
    const e = await start({ clock, secondaryLimit: { perMinute: 2, perHour: 100 } });
    const repo = firstRepo(e);
    const put = () =>
      call(e, `/repos/moko-demo/${repo.name}/topics`, { method: 'PUT', body: JSON.stringify({ names: ['a'] }) });
    expect((await put()).res.status).toBe(200);
    clock.advance(10_000);
    expect((await put()).res.status).toBe(200);
    const limited = await put();
    expect(limited.res.status).toBe(403);
    expect(limited.res.headers.get('retry-after')).toBe('50');
    expect(String(limited.json?.message)).toMatch(/^You have exceeded a secondary rate limit/);
    expect(e.secondaryLimitHits()).toBe(1);
    expect((await call(e, '/orgs/moko-demo')).res.status).toBe(200);
    clock.advance(50_000);
    expect((await put()).res.status).toBe(200);
  });
});

describe('fault injection', () => {
  it('injects the same faults for the same seed', async () => {
    const statuses = async () => {
      const e = await start({ faults: { rate: 0.5, seed: 42, kinds: ['500', '502', '503'] } });
      const out: number[] = [];
      for (let i = 0; i < 12; i++) out.push((await call(e, '/orgs/moko-demo')).res.status);
      await e.close();
      emulator = undefined;
      return out;
    };
    const a = await statuses();
    expect(a).toEqual(await statuses());
    expect(new Set(a).size).toBeGreaterThan(1);
    expect(a.every((s) => [200, 500, 502, 503].includes(s))).toBe(true);
  });

  it('resets connections and leaves requests unanswered', async () => {
    const reset = await start({ faults: { rate: 1, kinds: ['reset'] } });
    await expect(fetch(`${reset.url}/orgs/moko-demo`, { headers: AUTH })).rejects.toThrow();
    await reset.close();
    const hang = await start({ faults: { rate: 1, kinds: ['timeout'] } });
    await expect(
      fetch(`${hang.url}/orgs/moko-demo`, { headers: AUTH, signal: AbortSignal.timeout(200) }),
    ).rejects.toThrow();
    expect(hang.requests[0]?.fault).toBe('timeout');
  });
});
