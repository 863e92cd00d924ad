import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../actions/metrics-collect/src/engine/snapshot.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { type ActionRun, cleanup, leakedSecrets, makeWorkspace, runAction } from '../harness/index.js';
import {
  promtoolCheck,
  startPrometheus,
  startPushgateway,
  type TestPrometheus,
  type TestPushgateway,
} from '../support/prometheus-tools.js';

const snapshotOf = (run: ActionRun) =>
  JSON.parse(readFileSync(join(run.workspace, run.outputs['json-file']!), 'utf8')) as Snapshot;
const promOf = (run: ActionRun) => readFileSync(join(run.workspace, run.outputs['prometheus-file']!), 'utf8');
const NO_ALERTS = ['vulnerability_alerts', 'security_events', 'secret_scanning_alerts'];

describe('metrics-collect bundle on four weeks of history', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ repos: 12, seed: 3, history: true });
  });
  afterEach(() => {
    expect(emulator.violations).toEqual([]);
    emulator.reset();
  });
  afterAll(async () => {
    await emulator.close();
    await cleanup();
  });

  it('collects runs, delivery and alerts on a first run, then spends less on the next one', async () => {
    const workspace = await makeWorkspace({});
    const first = await runAction({
      action: 'metrics-collect',
      emulator,
      workspace,
      inputs: { 'openmetrics-file': 'metrics-collect.om' },
    });
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    const repos = emulator.state.reposOf('moko-demo');
    expect(first.outputs.repositories).toBe(String(repos.length));
    expect(first.outputs['unreadable-repositories']).toBe('0');
    expect(Number(first.outputs['success-rate'])).toBeGreaterThan(0.5);
    const critical = repos
      .flatMap((r) => [...(r.alerts?.dependabot ?? []), ...(r.alerts?.codeScanning ?? [])])
      .filter(
        (a) => a.state === 'open' && ('security_severity' in a ? a.security_severity : a.severity) === 'critical',
      );
    expect(first.outputs['critical-alerts']).toBe(String(critical.length));
    const s1 = snapshotOf(first);
    expect(s1.collection.mode).toBe('first');
    expect(s1.delivery.runs.total).toBeGreaterThan(0);
    expect(first.requests.length / repos.length).toBeLessThanOrEqual(5);
    expect(first.requests.find((r) => r.graphql)?.graphql?.operationName).toBe('OrgDelivery');
    expect(await promtoolCheck(promOf(first))).toEqual({ code: 0, output: '' });
    expect(readFileSync(join(workspace, 'metrics-collect.om'), 'utf8')).toMatch(/# EOF\n$/);
    expect(first.summary).toContain('## Organization metrics');
    expect(first.summary).toContain('### Workflow runs');
    expect(first.summary).toContain('### Security alerts (open)');
    expect(leakedSecrets(first)).toEqual([]);

    // The next collection reads only what changed since the first: here, nothing but a new run.
    // (One without alerts: alert answers embed the repository, so pushing to it changes their ETag.)
    const quiet = (r: (typeof repos)[number]) =>
      !r.alerts || r.alerts.dependabot.length + r.alerts.codeScanning.length + r.alerts.secretScanning.length === 0;
    const repo = repos.find((r) => !r.archived && r.runs.length > 0 && quiet(r))!;
    const run = { ...repo.runs.at(-1)!, id: 990_001, run_number: 9_999, created_at: emulator.state.now() };
    repo.runs.push(run);
    repo.pushed_at = emulator.state.now();
    const second = await runAction({ action: 'metrics-collect', emulator, workspace, runId: 1001 });
    expect(second.exitCode).toBe(0);
    const s2 = snapshotOf(second);
    expect(s2.collection.mode).toBe('incremental');
    expect(second.requests.length).toBeLessThan(first.requests.length);
    const runLists = second.requests.filter((r) => r.route === '/repos/{owner}/{repo}/actions/runs');
    expect(runLists.map((r) => r.path)).toContainEqual(
      expect.stringContaining(`/repos/moko-demo/${repo.name}/actions/runs`),
    );
    // Every run in the window, as a full read would count them: the first collection's own run 1000
    // included; not run 1001, which the emulator records only when that run uploads its artifacts.
    const since = Date.parse(s2.collectedAt) - 28 * 86_400_000;
    const inWindow = repos
      .filter((r) => !r.archived)
      .flatMap((r) => r.runs)
      .filter((r) => Date.parse(r.created_at) >= since && r.id !== 1001);
    expect(s2.delivery.runs.total).toBe(inWindow.length);
    expect(s2.delivery.runs.total).toBeGreaterThan(s1.delivery.runs.total);
    // Alerts unchanged: conditional requests answered 304.
    expect(second.requests.filter((r) => r.route?.includes('/alerts')).map((r) => r.status)).toEqual([304, 304, 304]);
    expect(s2.history).toHaveLength(2);
    expect(second.summary).toContain('| headline | value | change |');
    // The first run's own metrics artifact is read: the collection's success rate includes metrics-collect.
    expect(s2.actions.runs.map((r) => `${r.action} ${r.outcome}`)).toContain('metrics-collect success');
    expect(promOf(second)).toMatch(
      /moko_collected_action_runs\{action="metrics-collect",outcome="success",organization="moko-demo"\} 1/,
    );
    expect(second.summary).toContain("### The collection's actions");
  });

  it('continues from the snapshot artifact of the previous run when no file was restored (artifact chain)', async () => {
    const first = await runAction({ action: 'metrics-collect', emulator, runId: 2001 });
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('Uploaded artifact metrics-collect-snapshot-moko-demo');
    // A fresh workspace: no metrics-collect.json, as when the cache was evicted.
    const second = await runAction({ action: 'metrics-collect', emulator, runId: 2002 });
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain('Continuing from the snapshot of artifact metrics-collect-snapshot-moko-demo');
    expect(snapshotOf(second).collection.mode).toBe('incremental');
    expect(snapshotOf(second).history).toHaveLength(2);
    expect(second.requests.length).toBeLessThan(first.requests.length);
  });

  it("reads another action's metrics artifact: a health-check run counts in the collection's success rate", async () => {
    const health = await runAction({ action: 'health-check', emulator, runId: 3001 });
    const outcome = health.exitCode === 0 ? 'success' : 'failure';
    const run = await runAction({ action: 'metrics-collect', emulator, runId: 3002 });
    expect(run.exitCode).toBe(0);
    const reports = snapshotOf(run).actions.runs.filter((r) => r.action === 'health-check');
    expect(reports).toEqual([expect.objectContaining({ runId: 3001, runAttempt: 1, outcome })]);
    expect(reports[0]!.apiRequests).toBeGreaterThan(0);
    expect(promOf(run)).toContain(
      `moko_collected_action_runs{action="health-check",outcome="${outcome}",organization="moko-demo"} 1`,
    );
    expect(run.summary).toMatch(/\| health-check \| 1 \|/);
  });

  it('names the missing permission when the token may not read security alerts, never a silent zero', async () => {
    emulator.addToken('ghs_no_alerts', { repos: '*', permission: 'read', withoutPermissions: NO_ALERTS });
    const run = await runAction({ action: 'metrics-collect', emulator, token: 'ghs_no_alerts' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['critical-alerts']).toBe('');
    expect(run.stdout).toContain(
      '::warning::dependabot alerts not read: the token lacks Dependabot alerts: read (app permission vulnerability_alerts)',
    );
    expect(run.stdout).toContain('code scanning alerts not read: the token lacks Code scanning alerts: read');
    expect(run.stdout).toContain('secret scanning alerts not read: the token lacks Secret scanning alerts: read');
    const prom = promOf(run);
    expect(prom).toContain('moko_security_alerts_readable{tool="dependabot",organization="moko-demo"} 0');
    expect(prom).not.toContain('moko_security_alerts_open{');
    expect(run.summary).toContain('Not read: dependabot alerts not read');
  });

  it('reports partial repository access instead of undercounting silently', async () => {
    const all = emulator.state.reposOf('moko-demo');
    const granted = all.filter((r) => r.visibility !== 'public').slice(0, 1);
    emulator.addToken('ghs_one_repo', { repos: granted.map((r) => `moko-demo/${r.name}`), permission: 'read' });
    const run = await runAction({ action: 'metrics-collect', emulator, token: 'ghs_one_repo' });
    expect(run.exitCode).toBe(0);
    const visible = all.filter((r) => r.visibility === 'public' || granted.includes(r)).length;
    expect(run.outputs.repositories).toBe(String(visible));
    expect(run.stdout).toContain(
      `::warning::${all.length - visible} of the organization's ${all.length} repositories are not visible to this token`,
    );
    expect(promOf(run)).toContain(
      `moko_coverage_repositories{state="reported",organization="moko-demo"} ${all.length}`,
    );
    expect(run.summary).toContain(`Repositories seen: ${visible}`);
  });

  it('reads an explicit previous snapshot and keeps paths inside the workspace', async () => {
    const workspace = await makeWorkspace({});
    const first = await runAction({
      action: 'metrics-collect',
      emulator,
      workspace,
      inputs: { 'json-file': 'out/a.json' },
    });
    expect(first.outputs['json-file']).toBe('out/a.json');
    const second = await runAction({
      action: 'metrics-collect',
      emulator,
      workspace,
      inputs: { 'json-file': 'out/b.json', previous: 'out/a.json' },
    });
    expect(snapshotOf(second).collection.mode).toBe('incremental');
    const outside = await runAction({
      action: 'metrics-collect',
      emulator,
      workspace,
      inputs: { 'prometheus-file': '../x.prom' },
    });
    expect(outside.exitCode).toBe(1);
    expect(outside.stdout).toMatch(/::error::metrics-collect: .*prometheus-file/);
    expect(outside.requests).toEqual([]);
  });

  it("fails with GitHub's message for an unknown organization", async () => {
    const run = await runAction({ action: 'metrics-collect', emulator, inputs: { organization: 'no-such-org' } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      "::error::metrics-collect: Could not resolve to an Organization with the login of 'no-such-org'. (check the organization input and that the token can read it).",
    );
  });

  describe('with a Pushgateway scraped by a real Prometheus', () => {
    let gateway: TestPushgateway;
    let prometheus: TestPrometheus;
    beforeAll(async () => {
      gateway = await startPushgateway();
      prometheus = await startPrometheus([new URL(gateway.url).host]);
    });
    afterAll(async () => {
      await prometheus?.stop();
      await gateway?.stop();
    });

    it('pushes under job metrics-collect/<organization>, and PromQL returns the headline figures', async () => {
      const dry = await runAction({
        action: 'metrics-collect',
        emulator,
        inputs: { 'pushgateway-url': gateway.url, 'dry-run': true },
      });
      expect(dry.exitCode).toBe(0);
      expect(await gateway.scrape()).not.toContain('moko_org_repositories{');
      // Credentials in the URL go out as Basic auth and are masked (this gateway accepts any).
      const withCredentials = gateway.url.replace('http://', 'http://metrics:s3cr%40t@');
      const run = await runAction({
        action: 'metrics-collect',
        emulator,
        inputs: { 'pushgateway-url': withCredentials },
      });
      expect(run.exitCode).toBe(0);
      expect(run.masks).toEqual(expect.arrayContaining(['s3cr%40t', 's3cr@t']));
      expect(leakedSecrets(run)).toEqual([]);
      expect(run.stdout).toContain("Pushed moko-demo's metrics to the Pushgateway (job metrics-collect/moko-demo).");

      const value = async (expr: string) => {
        for (let i = 0; i < 100; i++) {
          const result = await prometheus.query(expr);
          if (result.length > 0) return result.map((r) => r.value);
          await new Promise((r) => setTimeout(r, 200));
        }
        throw new Error(`no samples for ${expr}`);
      };
      expect(await value('moko_org_repositories{job="metrics-collect/moko-demo"}')).toEqual([
        Number(run.outputs.repositories),
      ]);
      const [ratio] = await value('moko_org_workflow_success_ratio{organization="moko-demo"}');
      expect(ratio).toBeCloseTo(Number(run.outputs['success-rate']), 4);
      expect(await value('sum(moko_security_alerts_open{severity="critical",tool!="secret_scanning"})')).toEqual([
        Number(run.outputs['critical-alerts']),
      ]);
      const [p90] = await value('histogram_quantile(0.9, sum by (le) (moko_workflow_run_duration_seconds_bucket))');
      expect(p90).toBeGreaterThan(0);
    });

    it('fails the step, after writing the files, when the push is refused', async () => {
      const run = await runAction({
        action: 'metrics-collect',
        emulator,
        inputs: { 'pushgateway-url': `${gateway.url}/nothing-here` },
      });
      expect(run.exitCode).toBe(1);
      expect(run.outputs.repositories).toBe('12');
      expect(run.stdout).toMatch(
        /::error::metrics-collect: Could not push to the Pushgateway: Pushgateway .* answered 404/,
      );
    });
  });
});

describe('metrics-collect on a larger organization', () => {
  it('reads 100 repositories per GraphQL request', async () => {
    const emulator = await startEmulator({ repos: 150, seed: 5 });
    try {
      const run = await runAction({ action: 'metrics-collect', emulator, inputs: { 'action-metrics': false } });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.repositories).toBe('150');
      expect(run.requests.filter((r) => r.route === '/graphql')).toHaveLength(2);
      expect(emulator.violations).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});
