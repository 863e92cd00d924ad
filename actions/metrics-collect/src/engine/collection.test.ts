import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../../shared/core/clock.js';
import { recordingLogger } from '../../../../test/support/fakes/recording-logger.js';
import { createGitHubClient } from '../../../../shared/github/client.js';
import { type Emulator, extendHistory, startEmulator } from '../../../../test/emulator/index.js';
import { promtoolCheck } from '../../../../test/support/prometheus-tools.js';
import { type CollectionOptions, runCollection } from './run-collection.js';
import type { Snapshot } from './snapshot.js';

const DAY = 86_400_000;
// Midnight: the emulator generates whole UTC days, so each collection sees every day before it complete.
const clock = manualClock(Date.UTC(2026, 2, 10));
let emulator: Emulator;
let dir: string;

function options(name: string): CollectionOptions {
  return {
    organization: 'moko-demo',
    staleDays: 90,
    prAgeDays: 30,
    windowDays: 28,
    prometheusFile: join(dir, `${name}.prom`),
    openMetricsFile: join(dir, `${name}.om`),
    jsonFile: join(dir, `${name}.json`),
    previousFile: join(dir, 'previous.json'),
    nowMs: clock.now(),
  };
}

function client(token = 'ghs_emulator') {
  return createGitHubClient({ token, apiUrl: emulator.url, logger: recordingLogger(), clock, env: {}, retries: 0 });
}

beforeAll(async () => {
  emulator = await startEmulator({ repos: 40, seed: 5, clock, history: true, secondaryLimit: false });
  dir = await mkdtemp(join(tmpdir(), 'metrics-collect-'));
});
afterAll(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a collection against the emulator with four weeks of history', () => {
  it('reads everything on the first run within 5 requests per repository, then less on the next day', async () => {
    const first = await runCollection(client(), options('previous'), recordingLogger());
    const s1 = first.snapshot;
    expect(emulator.violations).toEqual([]);
    expect(s1.collection.mode).toBe('first');
    const repos = emulator.state.reposOf('moko-demo');
    expect(s1.coverage).toMatchObject({ seen: repos.length, read: repos.length, unreadable: [] });
    const firstRequests = emulator.requests.length;
    expect(firstRequests / repos.length).toBeLessThanOrEqual(5);
    // The figures are the emulator's own: runs of active repositories in the window.
    const since = clock.now() - 28 * DAY;
    const expectedRuns = repos
      .filter((r) => !r.archived)
      .flatMap((r) => r.runs)
      .filter((r) => Date.parse(r.created_at) >= since).length;
    expect(s1.delivery.runs.total).toBe(expectedRuns);
    const critical = repos
      .flatMap((r) => r.alerts?.dependabot ?? [])
      .filter((a) => a.state === 'open' && a.severity === 'critical').length;
    expect(s1.security.find((x) => x.tool === 'dependabot')?.bySeverity.critical ?? 0).toBe(critical);
    expect(s1.delivery.dora.deployments).toBeGreaterThan(0);
    expect(s1.delivery.pulls.merged).toBeGreaterThan(0);
    const prom = await readFile(options('previous').prometheusFile, 'utf8');
    expect(await promtoolCheck(prom)).toEqual({ code: 0, output: '' });
    const om = await readFile(options('previous').openMetricsFile!, 'utf8');
    expect(om).toMatch(/# EOF\n$/);
    expect(await promtoolCheck(om)).toEqual({ code: 0, output: '' });

    clock.advance(DAY);
    extendHistory(emulator.state);
    emulator.requests.length = 0;
    const second = await runCollection(client(), { ...options('second'), nowMs: clock.now() }, recordingLogger());
    const s2: Snapshot = second.snapshot;
    expect(emulator.violations).toEqual([]);
    expect(s2.collection.mode).toBe('incremental');
    expect(emulator.requests.length).toBeLessThan(firstRequests);
    expect(emulator.requests.length / repos.length).toBeLessThan(1);
    // Nothing was lost by reading less: the window's runs are those of a full read.
    const since2 = clock.now() - 28 * DAY;
    const expected2 = repos
      .filter((r) => !r.archived)
      .flatMap((r) => r.runs)
      .filter((r) => Date.parse(r.created_at) >= since2).length;
    const seen = new Set(s2.repositories.flatMap((r) => r.runs.map((x) => x.id)));
    const missing = repos
      .filter((r) => !r.archived)
      .flatMap((r) => r.runs.map((x) => ({ repo: r.name, pushed: r.pushed_at, ...x })))
      .filter((r) => Date.parse(r.created_at) >= since2 && !seen.has(r.id));
    expect(missing.slice(0, 3)).toEqual([]);
    expect(s2.delivery.runs.total).toBe(expected2);
    expect(s2.history).toHaveLength(2);
  });
});
