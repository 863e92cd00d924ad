import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCollection } from '../../actions/metrics-collect/src/engine/run-collection.js';
import { manualClock } from '../../shared/core/clock.js';
import { recordingLogger } from '../support/fakes/recording-logger.js';
import { createGitHubClient } from '../../shared/github/client.js';
import { Metrics } from '../../shared/metrics/metrics.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { promtool } from '../support/prometheus-tools.js';

// The monitoring kit of docs/monitoring/: alerting rules checked and unit-tested with promtool, and a
// Grafana dashboard whose every PromQL expression parses and names only metrics the collection emits.
const KIT = resolve(import.meta.dirname, '../../docs/monitoring');
const clock = manualClock(Date.UTC(2026, 4, 4));
let emulator: Emulator;
let dir: string;
/** Metric names (series names, histogram series included) of a real metrics-collect exposition plus health-check's. */
let emitted: Set<string>;
/** The metric families of metrics-collect's own exposition. */
let families: string[];

/** A metrics artifact as the framework uploads it, for metrics-collect to read. */
async function actionArtifact(action: string, outcome: 'success' | 'failure'): Promise<Buffer> {
  const m = new Metrics({ labels: { action } });
  m.counter('action_runs_total', 'Runs.', ['outcome']).inc({ outcome });
  m.histogram('action_run_seconds', 'Time.').observe(12);
  m.counter('github_requests_total', 'Calls.', ['route', 'status']).inc({ route: '/graphql', status: '200' }, 40);
  m.gauge('github_rate_limit_remaining', 'Left.', ['resource']).set({ resource: 'core' }, 400);
  m.gauge('github_rate_limit_limit', 'Limit.', ['resource']).set({ resource: 'core' }, 5000);
  m.counter('github_circuit_openings_total', 'Openings.').inc();
  const json = Buffer.from(JSON.stringify(await m.json()));
  return Buffer.from(zipSync({ '7-1/metrics.json': new Uint8Array(json) }));
}

/** `health_…` gauges health-check registers, read from its source (another action's folder is not imported). */
async function healthMetricNames(): Promise<string[]> {
  const source = await readFile(resolve(import.meta.dirname, '../../actions/health-check/src/summary.ts'), 'utf8');
  return [...source.matchAll(/gauge\(\s*'(health_[a-z_]+)'/g)].map((m) => `moko_${m[1]}`);
}

beforeAll(async () => {
  emulator = await startEmulator({ repos: 15, seed: 9, clock, history: true, secondaryLimit: false });
  dir = await mkdtemp(join(tmpdir(), 'moko-monitoring-'));
  const repo = emulator.state.reposOf('moko-demo').find((r) => !r.archived)!;
  for (const [id, outcome] of [
    [501, 'success'],
    [502, 'failure'],
  ] as const) {
    const data = await actionArtifact('bulk-update', outcome);
    emulator.state.artifacts.set(id, {
      repo,
      artifact: {
        id,
        node_id: `MDg${id}`,
        name: `metrics-bulk-update-${id}-1`,
        run_id: id,
        size_in_bytes: data.length,
        data,
        created_at: emulator.state.now(),
        expires_at: new Date(clock.now() + 90 * 86_400_000).toISOString(),
        finalized: true,
      },
    });
  }
  const client = createGitHubClient({
    token: 'ghs_emulator',
    apiUrl: emulator.url,
    logger: recordingLogger(),
    clock,
    env: {},
  });
  const result = await runCollection(
    client,
    {
      organization: 'moko-demo',
      staleDays: 90,
      prAgeDays: 30,
      windowDays: 28,
      prometheusFile: join(dir, 'm.prom'),
      jsonFile: join(dir, 'm.json'),
      previousFile: join(dir, 'none.json'),
      nowMs: clock.now(),
      artifactsRepository: { owner: 'moko-demo', repo: repo.name },
    },
    recordingLogger(),
  );
  expect(result.snapshot.actions.runs).toHaveLength(2);
  const text = await readFile(join(dir, 'm.prom'), 'utf8');
  families = [...text.matchAll(/^# TYPE (moko_[a-z0-9_]+) /gm)].map((m) => m[1]!);
  // Every family the exposition declares (a figure without data this time has its TYPE line only).
  emitted = new Set(
    [...text.matchAll(/^# TYPE (moko_[a-z0-9_]+) (\w+)$/gm)].flatMap(([, name, type]) =>
      type === 'histogram' ? [name!, `${name}_bucket`, `${name}_sum`, `${name}_count`] : [name!],
    ),
  );
  for (const name of await healthMetricNames()) emitted.add(name);
});

afterAll(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

/** Every `moko_…` metric name an expression names. */
function metricNames(expr: string): string[] {
  return [...new Set([...expr.matchAll(/\bmoko_[a-z0-9_]+/g)].map((m) => m[0]))];
}

interface Panel {
  title?: string;
  type: string;
  targets?: { expr: string }[];
  panels?: Panel[];
}

async function dashboardExpressions(): Promise<{ panel: string; expr: string }[]> {
  const dashboard = JSON.parse(await readFile(join(KIT, 'dashboard.json'), 'utf8')) as {
    panels: Panel[];
    templating: { list: { definition?: string }[] };
  };
  const panels = dashboard.panels.flatMap((p) => [p, ...(p.panels ?? [])]);
  return panels.flatMap((p) => (p.targets ?? []).map((t) => ({ panel: p.title ?? p.type, expr: t.expr })));
}

/** Grafana variables replaced by sample values, so the text is plain PromQL. */
const plain = (expr: string) => expr.replaceAll('$organization', 'moko-demo').replaceAll('$__rate_interval', '5m');

/** `promtool check rules` on one recording rule per expression: the PromQL parser's verdict. */
async function parses(exprs: string[]): Promise<{ code: number; output: string }> {
  const rules = {
    groups: [{ name: 'dashboard', rules: exprs.map((expr, i) => ({ record: `dashboard:expr_${i}`, expr })) }],
  };
  const file = join(dir, `exprs-${exprs.length}-${Math.random().toString(36).slice(2)}.yml`);
  await writeFile(file, JSON.stringify(rules));
  return promtool(['check', 'rules', file]);
}

describe('the monitoring kit', () => {
  it('documents every metric metrics-collect emits in its README', async () => {
    const readme = await readFile(resolve(import.meta.dirname, '../../actions/metrics-collect/README.md'), 'utf8');
    expect(families.length).toBeGreaterThan(40);
    expect(families.filter((f) => !readme.includes(`\`${f}\``))).toEqual([]);
  });

  it('passes promtool check rules', async () => {
    const result = await promtool(['check', 'rules', 'alerts.yml'], KIT);
    expect(result.output).toContain('SUCCESS: 10 rules found');
    expect(result.code).toBe(0);
  });

  it('passes its rule unit tests (series that fire and series that do not)', async () => {
    const result = await promtool(['test', 'rules', 'alerts.test.yml'], KIT);
    expect(result.output).toContain('SUCCESS');
    expect(result.code).toBe(0);
  });

  it('has a dashboard whose every PromQL expression parses', async () => {
    const exprs = await dashboardExpressions();
    expect(exprs.length).toBeGreaterThan(20);
    expect(await parses(exprs.map((e) => plain(e.expr)))).toMatchObject({ code: 0 });
    // The check can fail: a broken expression is refused.
    expect((await parses(['sum(moko_org_repositories'])).code).not.toBe(0);
  });

  it('names only metrics the collection emits, in the dashboard and in the alerts', async () => {
    const exprs = await dashboardExpressions();
    const alerts = parse(await readFile(join(KIT, 'alerts.yml'), 'utf8')) as {
      groups: { rules: { expr: string }[] }[];
    };
    const all = [
      ...exprs.map((e) => ({ where: `dashboard: ${e.panel}`, expr: e.expr })),
      ...alerts.groups.flatMap((g) => g.rules.map((r) => ({ where: 'alerts.yml', expr: r.expr }))),
      { where: 'dashboard variable', expr: 'label_values(moko_org_repositories, organization)' },
    ];
    const unknown = all.flatMap((e) =>
      metricNames(e.expr)
        .filter((n) => !emitted.has(n))
        .map((n) => `${e.where}: ${n}`),
    );
    expect(unknown).toEqual([]);
    // And the dashboard covers what the issue asks for.
    const names = new Set(all.flatMap((e) => metricNames(e.expr)));
    for (const needed of [
      'moko_collected_action_runs',
      'moko_collected_action_rate_limit_used_ratio',
      'moko_collected_action_breaker_openings',
      'moko_dora_deployment_frequency_per_day',
      'moko_dora_lead_time_seconds',
      'moko_dora_change_failure_ratio',
      'moko_dora_time_to_restore_seconds',
      'moko_workflow_run_duration_seconds_bucket',
      'moko_security_alerts_open',
    ])
      expect(names).toContain(needed);
  });
});
