import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../shared/core/clock.js';
import { type Emulator, extendHistory, generateOrg, seedHistory, startEmulator } from './index.js';

const DAY = 86_400_000;
const START = Date.UTC(2026, 6, 1);

describe('generated delivery history', () => {
  it('lies in the days before the clock, the same for the same seed', () => {
    const make = () => {
      const clock = manualClock(START);
      const state = generateOrg({ repos: 30, seed: 4, clock });
      seedHistory(state, { seed: 4, days: 14 });
      return state;
    };
    const a = make();
    const runs = a.reposOf('moko-demo').flatMap((r) => r.runs.filter((x) => x.run_started_at));
    expect(runs.length).toBeGreaterThan(50);
    for (const r of runs) {
      expect(Date.parse(r.created_at)).toBeGreaterThanOrEqual(START - 14 * DAY);
      expect(Date.parse(r.updated_at)).toBeLessThanOrEqual(START);
      expect(Date.parse(r.run_started_at!)).toBeGreaterThanOrEqual(Date.parse(r.created_at));
    }
    const pulls = a.reposOf('moko-demo').flatMap((r) => r.pulls);
    expect(pulls.some((p) => p.merged && p.reviews.length > 0 && p.commits)).toBe(true);
    expect(pulls.every((p) => !p.merged_at || Date.parse(p.merged_at) <= START)).toBe(true);
    expect(a.reposOf('moko-demo').some((r) => (r.deployments?.length ?? 0) > 0)).toBe(true);
    const b = make();
    expect(b.reposOf('moko-demo').map((r) => r.runs.length)).toEqual(a.reposOf('moko-demo').map((r) => r.runs.length));
  });

  it('adds the next day when the clock moves, and settles pending merges', () => {
    const clock = manualClock(START);
    const state = generateOrg({ repos: 30, seed: 4, clock });
    seedHistory(state, { seed: 4, days: 7 });
    const before = state.reposOf('moko-demo').reduce((n, r) => n + r.runs.length, 0);
    clock.advance(DAY);
    extendHistory(state);
    const runs = state.reposOf('moko-demo').flatMap((r) => r.runs);
    expect(runs.length).toBeGreaterThan(before);
    expect(runs.every((r) => Date.parse(r.updated_at) <= START + DAY)).toBe(true);
    expect(runs.filter((r) => Date.parse(r.created_at) >= START).length).toBe(runs.length - before);
  });
});

describe('alert and deployment routes', () => {
  let e: Emulator;
  beforeAll(async () => {
    e = await startEmulator({ repos: 20, seed: 4, history: true });
    e.addToken('ghs_no_alerts', { repos: '*', permission: 'read', withoutPermissions: ['vulnerability_alerts'] });
  });
  afterAll(async () => {
    await e.close();
  });

  it('answers 403 without the permission, and lists open alerts with cursor pagination otherwise', async () => {
    const get = (path: string, token = 'ghs_emulator') =>
      fetch(`${e.url}${path}`, { headers: { authorization: `token ${token}` } });
    const denied = await get('/orgs/moko-demo/dependabot/alerts', 'ghs_no_alerts');
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { message: string }).message).toBe('Resource not accessible by integration');
    expect((await get('/orgs/moko-demo/code-scanning/alerts', 'ghs_no_alerts')).status).toBe(200);
    const open = e.state
      .reposOf('moko-demo')
      .flatMap((r) => r.alerts?.dependabot ?? [])
      .filter((a) => a.state === 'open').length;
    let seen = 0;
    let url: string | undefined = '/orgs/moko-demo/dependabot/alerts?state=open&per_page=2';
    while (url) {
      const res = await get(url);
      seen += ((await res.json()) as unknown[]).length;
      const next = /<([^>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1];
      url = next ? next.replace(e.url, '') : undefined;
    }
    expect(seen).toBe(open);
    expect((await get('/orgs/moko-demo/dependabot/alerts?page=2')).status).toBe(400);
    expect(e.violations).toEqual([]);
  });

  it('filters runs by creation date and refuses a filter it cannot read', async () => {
    const repo = e.state.reposOf('moko-demo').find((r) => r.runs.length > 3)!;
    const cut = [...repo.runs].sort((a, b) => a.created_at.localeCompare(b.created_at))[2]!.created_at;
    const res = await fetch(`${e.url}/repos/moko-demo/${repo.name}/actions/runs?created=>=${cut}&per_page=100`, {
      headers: { authorization: 'token ghs_emulator' },
    });
    const body = (await res.json()) as { total_count: number };
    expect(body.total_count).toBe(repo.runs.filter((r) => r.created_at >= cut).length);
    const bad = await fetch(`${e.url}/repos/moko-demo/${repo.name}/actions/runs?created=yesterday`, {
      headers: { authorization: 'token ghs_emulator' },
    });
    expect(bad.status).toBe(422);
  });
});
