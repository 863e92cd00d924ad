import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../actions/metrics-collect/src/engine/snapshot.js';
import { promtoolCheck, startPushgateway, type TestPushgateway } from '../support/prometheus-tools.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { type ActionRun, cleanup, leakedSecrets, makeWorkspace, runAction } from '../harness/index.js';

const snapshotOf = (run: ActionRun) =>
  JSON.parse(readFileSync(join(run.workspace, run.outputs['json-file']!), 'utf8')) as Snapshot;

describe('metrics-collect bundle', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ repos: 8, seed: 3 });
  });
  afterEach(() => {
    expect(emulator.violations).toEqual([]);
    emulator.reset();
  });
  afterAll(async () => {
    await emulator.close();
    await cleanup();
  });

  it("measures the calling repository's organization in one GraphQL request and writes files promtool accepts", async () => {
    const run = await runAction({ action: 'metrics-collect', emulator });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({
      repositories: '8',
      'prometheus-file': 'metrics-collect.prom',
      'json-file': 'metrics-collect.json',
    });
    expect(run.requests.map((r) => `${r.method} ${r.route}`)).toEqual(['POST /graphql']);
    expect(run.requests[0]?.graphql?.operationName).toBe('OrgMetrics');

    const prom = readFileSync(join(run.workspace, 'metrics-collect.prom'), 'utf8');
    expect(await promtoolCheck(prom)).toEqual({ code: 0, output: '' });
    const repos = emulator.state.reposOf('moko-demo');
    expect(prom).toContain(`moko_org_repositories{organization="moko-demo"} ${repos.length}`);

    const snapshot = snapshotOf(run);
    const active = repos.filter((r) => !r.archived);
    expect(snapshot.totals.repositories).toBe(repos.length);
    expect(snapshot.totals.archived).toBe(repos.length - active.length);
    expect(snapshot.totals.openIssues).toBe(
      active.reduce((n, r) => n + r.issues.filter((i) => i.state === 'open').length, 0),
    );
    expect(snapshot.totals.unprotected).toBe(active.filter((r) => !r.protections.has(r.default_branch)).length);
    expect(snapshot.history).toHaveLength(1);
    expect(run.summary).toContain('## Organization metrics');
    expect(run.summary).toContain('No earlier snapshot to compare with.');
    expect(run.summary).toContain('pie title Repositories by language');
    expect(leakedSecrets(run)).toEqual([]);
  });

  it('compares with the previous snapshot left in the workspace: deltas and a history chart', async () => {
    const workspace = await makeWorkspace({});
    const first = await runAction({ action: 'metrics-collect', emulator, workspace });
    expect(first.exitCode).toBe(0);
    const { collectedAt, totals } = snapshotOf(first);
    const archivedBefore = totals.archived;
    const target = emulator.state.reposOf('moko-demo').find((r) => !r.archived)!;
    target.archived = true;
    const second = await runAction({ action: 'metrics-collect', emulator, workspace, runId: 1001 });
    expect(second.exitCode).toBe(0);
    const snapshot = snapshotOf(second);
    expect(snapshot.totals.archived).toBe(archivedBefore + 1);
    expect(snapshot.history.map((h) => h.totals.archived)).toEqual([archivedBefore, archivedBefore + 1]);
    expect(second.summary).toContain('| metric | value | change |');
    expect(second.summary).toContain(`| archived | ${archivedBefore + 1} | +1 |`);
    expect(second.summary).toContain('xychart-beta');
    expect(second.summary).toContain(`Changes are since ${collectedAt}.`);
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
    expect(second.summary).toContain('| metric | value | change |');
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

  describe('with a Pushgateway', () => {
    let gateway: TestPushgateway;
    beforeAll(async () => {
      gateway = await startPushgateway();
    });
    afterAll(async () => {
      await gateway.stop();
    });

    it('pushes under job metrics-collect/<organization>, and not in dry-run', async () => {
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
      const scraped = await gateway.scrape();
      expect(scraped).toContain(
        'moko_org_repositories{instance="",job="metrics-collect/moko-demo",organization="moko-demo"} 8',
      );
    });

    it('fails the step, after writing the files, when the push is refused', async () => {
      const run = await runAction({
        action: 'metrics-collect',
        emulator,
        inputs: { 'pushgateway-url': `${gateway.url}/nothing-here` },
      });
      expect(run.exitCode).toBe(1);
      expect(run.outputs.repositories).toBe('8');
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
      const run = await runAction({ action: 'metrics-collect', emulator });
      expect(run.exitCode).toBe(0);
      expect(run.outputs.repositories).toBe('150');
      expect(run.requests.map((r) => `${r.method} ${r.route}`)).toEqual(['POST /graphql', 'POST /graphql']);
      expect(emulator.violations).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});
