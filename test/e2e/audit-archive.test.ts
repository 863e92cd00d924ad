import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isoWeek } from '../../actions/audit-archive/src/engine/iso-week.js';
import type { ComplianceReport } from '../../actions/audit-archive/src/engine/report.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, makeWorkspace, runAction } from '../harness/index.js';
import {
  artifactsOf,
  branchCommits,
  branchTree,
  fullName,
  releaseRun,
  repoAt,
  scanWorkspace,
} from './audit-archive-helpers.js';

let em: Emulator;
const week = () => isoWeek(Date.now()).id;
const reportOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ComplianceReport;

beforeAll(async () => {
  em = await startEmulator({ repos: 8, seed: 21, secondaryLimit: false });
});
afterEach(() => {
  expect(em.violations).toEqual([]);
});
afterAll(async () => {
  await em.close();
  await cleanup();
});

describe('audit-archive: one archive of all six actions', () => {
  const r = () => repoAt(em, 0);
  const archive = (runId: number, inputs: Record<string, string | boolean> = {}, runAttempt = 1) =>
    runAction({
      action: 'audit-archive',
      emulator: em,
      repository: fullName(r()),
      runId,
      runAttempt,
      inputs: { since: '30d', stores: 'branch,release,artifact', ...inputs },
    });

  it('collects the logs of every action, renamed ones included, verifies and archives the week in three stores', async () => {
    const repository = fullName(r());
    const ws = await scanWorkspace();
    const runs = [
      await runAction({
        action: 'security-scan',
        emulator: em,
        repository,
        runId: 701,
        workspace: ws,
        inputs: { 'fail-on': 'none' },
      }),
      await runAction({
        action: 'bulk-update',
        emulator: em,
        repository,
        runId: 702,
        workspace: await makeWorkspace({}),
        inputs: { 'dry-run': true },
      }),
      await releaseRun(em, r(), 703),
      // A second release step in the same run: the uploader renames its artifact (audit-release-703-1-<job>).
      await releaseRun(em, r(), 703),
      await runAction({ action: 'metrics-collect', emulator: em, repository, runId: 704 }),
      await runAction({ action: 'health-check', emulator: em, repository, runId: 705, inputs: { 'dry-run': true } }),
      await archive(706, { 'dry-run': true }),
    ];
    expect(runs.map((x) => x.signal)).toEqual(runs.map(() => null));
    const names = artifactsOf(em, r(), 'audit-')
      .map((a) => a.name)
      .sort();
    expect(names).toEqual([
      'audit-audit-archive-706-1',
      'audit-bulk-update-702-1',
      'audit-health-check-705-1',
      'audit-metrics-collect-704-1',
      'audit-release-703-1',
      expect.stringMatching(/^audit-release-703-1-[\w.-]+$/),
      'audit-security-scan-701-1',
    ]);

    const run = await archive(800);
    expect(run.stdout).not.toContain('::error');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      status: 'archived',
      runs: '6',
      logs: '7',
      verified: '7',
      broken: '0',
      missing: '0',
      archived: week(),
    });
    const report = reportOf(run.outputs['report-file']!);
    expect(report.actions.map((a) => [a.action, a.logs])).toEqual([
      ['audit-archive', 1],
      ['bulk-update', 1],
      ['health-check', 1],
      ['metrics-collect', 1],
      ['release', 2],
      ['security-scan', 1],
    ]);
    expect(report.integrity.every((i) => i.digest === 'match' && i.status === 'intact')).toBe(true);
    expect(readFileSync(join(run.outputs['report-file']!, '..', 'compliance-report.csv'), 'utf8')).toContain(
      'log,repository,action',
    );
    // The branch holds the week: every artifact as GitHub served it, merged records, reports, manifest.
    const tree = branchTree(em, r());
    for (const n of names) expect(tree.has(`${week()}/logs/${repository}/${n}.zip`), n).toBe(true);
    expect(tree.has(`${week()}/manifest.json`)).toBe(true);
    expect(tree.has(`${week()}/records.jsonl.gz`)).toBe(true);
    const release = r().releases.find((x) => x.tag_name === `audit-trail-${week()}`)!;
    expect(release).toMatchObject({ draft: false });
    expect(release.assets.map((a) => a.name)).toEqual([`audit-${week()}.zip`]);
    expect(artifactsOf(em, r(), `audit-archive-${week()}`).map((a) => a.name)).toEqual([`audit-archive-${week()}`]);
    expect(run.summary).toContain('### Per action');
    expect(run.violations).toEqual([]);
  }, 180_000);

  it('a re-run of the same week changes nothing and says so', async () => {
    const before = {
      commits: branchCommits(em, r()),
      assets: r().releases.flatMap((x) => x.assets.map((a) => a.id)),
      archives: artifactsOf(em, r(), 'audit-archive-').length,
    };
    const again = await archive(800, {}, 2);
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ status: 'unchanged', runs: '6', logs: '7', verified: '7', archived: '' });
    expect(again.summary).toContain('Nothing new: every log of the window is already archived');
    expect(branchCommits(em, r())).toEqual(before.commits);
    expect(r().releases.flatMap((x) => x.assets.map((a) => a.id))).toEqual(before.assets);
    expect(artifactsOf(em, r(), 'audit-archive-')).toHaveLength(before.archives);
    expect(again.requests.filter((q) => q.method !== 'GET')).toEqual([]);
  }, 60_000);

  it('verify re-checks the branch folder and the release asset, and catches an edited download', async () => {
    const onBranch = await archive(810, { mode: 'verify', verify: week() });
    expect(onBranch.exitCode, onBranch.stdout).toBe(0);
    expect(onBranch.outputs).toMatchObject({ status: 'verified', logs: '7', broken: '0' });
    const fromRelease = await archive(811, { mode: 'verify', verify: `release:${week()}` });
    expect(fromRelease.outputs.status).toBe('verified');

    const asset = r().releases.find((x) => x.tag_name === `audit-trail-${week()}`)!.assets[0]!;
    const files = unzipSync(new Uint8Array(asset.data));
    const csv = Object.keys(files).find((p) => p.endsWith('report.csv'))!;
    files[csv] = strToU8('log,repository\r\nnothing,to see\r\n');
    const ws = await makeWorkspace({});
    writeFileSync(join(ws, 'edited.zip'), zipSync(files));
    const edited = await runAction({
      action: 'audit-archive',
      emulator: em,
      repository: fullName(r()),
      runId: 812,
      workspace: ws,
      inputs: { mode: 'verify', verify: 'edited.zip' },
    });
    expect(edited.exitCode).toBe(1);
    expect(edited.requests).toEqual([]); // a downloaded archive is checked offline
    expect(edited.outputs).toMatchObject({ status: 'failed', broken: '1' });
    expect(edited.annotations.map((a) => a.message)).toEqual([
      expect.stringMatching(
        new RegExp(`^${week()}/report.csv: archive-file: SHA-256 \\w+ differs from the manifest's \\w+ \\(edited\\)$`),
      ),
      expect.stringMatching(/^audit-archive: 1 integrity problem in .*edited\.zip$/),
    ]);
  }, 60_000);
});

describe('audit-archive: exactly once, durably', () => {
  const DAY = 86_400_000;
  const archiveIn = (
    i: number,
    runId: number,
    inputs: Record<string, string | boolean>,
    extra: Partial<Parameters<typeof runAction>[0]> = {},
  ) =>
    runAction({
      action: 'audit-archive',
      emulator: em,
      repository: fullName(repoAt(em, i)),
      runId,
      inputs: { since: '30d', 'upload-artifacts': false, ...inputs },
      ...extra,
    });
  const backdate = (i: number, name: string, at: number) => {
    artifactsOf(em, repoAt(em, i), name)[0]!.created_at = new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
  };

  it('the archive branch only grows across three weeks, a late log going into an addendum', async () => {
    const r = repoAt(em, 6);
    const now = Date.now();
    const [wA, wB, wC] = [now - 21 * DAY, now - 14 * DAY, now - 7 * DAY];
    const trees: Map<string, string>[] = [];
    const grows = () => {
      const tree = branchTree(em, r);
      const prev = trees.at(-1);
      if (prev) for (const [path, sha] of prev) expect(tree.get(path), path).toBe(sha);
      trees.push(tree);
    };

    await releaseRun(em, r, 1001);
    backdate(6, 'audit-release-1001-1', wA);
    const first = await archiveIn(6, 1100, { stores: 'branch' });
    expect(first.outputs).toMatchObject({ status: 'archived', archived: isoWeek(wA).id });
    grows();

    await releaseRun(em, r, 1002);
    backdate(6, 'audit-release-1002-1', wB);
    const second = await archiveIn(6, 1101, { stores: 'branch' });
    expect(second.outputs).toMatchObject({ status: 'archived', archived: isoWeek(wB).id, logs: '2' });
    grows();

    await releaseRun(em, r, 1003);
    backdate(6, 'audit-release-1003-1', wC);
    await releaseRun(em, r, 1004); // arrives late: created in week B, which is already archived
    backdate(6, 'audit-release-1004-1', wB);
    const third = await archiveIn(6, 1102, { stores: 'branch' });
    expect(third.exitCode).toBe(0);
    expect(third.outputs).toMatchObject({
      status: 'archived',
      archived: `${isoWeek(wB).id}/addendum-1,${isoWeek(wC).id}`,
      logs: '4',
    });
    grows();

    const tree = trees.at(-1)!;
    expect([...tree.keys()].filter((p) => p.endsWith('manifest.json')).sort()).toEqual(
      [
        `${isoWeek(wA).id}/manifest.json`,
        `${isoWeek(wB).id}/addendum-1/manifest.json`,
        `${isoWeek(wB).id}/manifest.json`,
        `${isoWeek(wC).id}/manifest.json`,
      ].sort(),
    );
    expect(tree.has(`${isoWeek(wB).id}/addendum-1/logs/${fullName(r)}/audit-release-1004-1.zip`)).toBe(true);
    expect(branchCommits(em, r)).toHaveLength(4); // one commit per part, each on the last
    const verify = await archiveIn(6, 1103, { mode: 'verify', verify: isoWeek(wB).id });
    expect(verify.outputs).toMatchObject({ status: 'verified', logs: '2' });
    expect(verify.summary).toContain('addendum-1');
  }, 180_000);

  it('a run SIGKILLed half way through the stores, then re-run, leaves one complete week', async () => {
    const r = repoAt(em, 7);
    await releaseRun(em, r, 1201);
    const stores = { stores: 'release,branch' }; // the index (branch) is written last
    const killed = await archiveIn(7, 1300, stores, {
      killOn: (line: string) => /: written to .* releases /.test(line),
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(branchTree(em, r).size).toBe(0);
    expect(r.releases.filter((x) => x.tag_name.startsWith('audit-trail-'))).toHaveLength(1);

    const again = await archiveIn(7, 1300, stores, { runAttempt: 2, tempDir: killed.tempDir });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ status: 'archived', archived: week(), logs: '1' });
    expect(again.stdout).toContain(`${week()}: already in`);
    expect([...branchTree(em, r).keys()].filter((p) => p.endsWith('manifest.json'))).toEqual([
      `${week()}/manifest.json`,
    ]);
    const releases = r.releases.filter((x) => x.tag_name.startsWith('audit-trail-'));
    expect(releases.map((x) => [x.tag_name, x.draft, x.assets.map((a) => a.name)])).toEqual([
      [`audit-trail-${week()}`, false, [`audit-${week()}.zip`]],
    ]);
    for (const verify of [week(), `release:${week()}`]) {
      const v = await archiveIn(7, 1301, { mode: 'verify', verify });
      expect(v.outputs, v.stdout).toMatchObject({ status: 'verified', logs: '1', broken: '0' });
    }
    const third = await archiveIn(7, 1300, stores, { runAttempt: 3 });
    expect(third.outputs).toMatchObject({ status: 'unchanged' });
  }, 180_000);
});
