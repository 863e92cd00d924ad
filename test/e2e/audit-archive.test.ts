import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceReport } from '../../actions/audit-archive/src/engine/report.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, runAction } from '../harness/index.js';

let em: Emulator;
let owner: string;
let repo: string;

const artifactsNamed = (prefix: string) =>
  [...em.state.artifacts.values()].map((x) => x.artifact).filter((a) => a.name.startsWith(prefix));

beforeAll(async () => {
  em = await startEmulator({ repos: 2, seed: 21, secondaryLimit: false });
  const first = [...em.state.repos.values()][0]!;
  owner = first.owner;
  repo = first.name;
  // Real audit artifacts: two runs of another bundled action, uploaded through the results service.
  const sha = em.state.git(first).refs.get(`refs/heads/${first.default_branch}`)!;
  for (const runId of [501, 502]) {
    const r = await runAction({
      action: 'release',
      emulator: em,
      repository: `${owner}/${repo}`,
      runId,
      sha,
      inputs: { 'dry-run': true },
    });
    expect(r.exitCode, r.stdout).toBe(0);
  }
  expect(
    artifactsNamed('audit-release-')
      .map((a) => a.name)
      .sort(),
  ).toEqual(['audit-release-501-1', 'audit-release-502-1']);
});
afterAll(async () => {
  await em.close();
  await cleanup();
});

const archive = (runId: number, inputs: Record<string, string | boolean> = {}) =>
  runAction({ action: 'audit-archive', emulator: em, repository: `${owner}/${repo}`, runId, inputs });
const reportOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ComplianceReport;

describe('audit-archive end to end', () => {
  it('dry-run verifies and reports but uploads no archive', async () => {
    const r = await archive(600, { 'dry-run': true });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ runs: '2', logs: '2', verified: '2', broken: '0' });
    expect(artifactsNamed('audit-archive-')).toEqual([]);
    expect(r.summary).toContain('Dry run: the archive was written locally and not uploaded.');
    expect(r.violations).toEqual([]);
  });

  it('archives every log with the compliance report, as a file and as artifact audit-archive-<run_id>', async () => {
    const r = await archive(601);
    expect(r.exitCode).toBe(0);
    // The dry run above left its own audit log too: three runs now.
    expect(r.outputs).toMatchObject({ runs: '3', logs: '3', verified: '3', broken: '0' });
    const report = reportOf(r.outputs['report-file']!);
    expect(report.actions.map((a) => [a.action, a.runs, a.chain])).toEqual([
      ['audit-archive', 1, 'intact'],
      ['release', 2, 'intact'],
    ]);
    expect(report.findings.filter((f) => f.ruleId === 'audit/broken-chain')).toEqual([]);
    const zip = unzipSync(new Uint8Array(readFileSync(r.outputs['archive-file']!)));
    expect(Object.keys(zip).sort()).toEqual([
      'compliance-report.json',
      'compliance-report.md',
      `logs/${owner}/${repo}/audit-audit-archive-600-1/600-1/audit.jsonl`,
      `logs/${owner}/${repo}/audit-release-501-1/501-1/audit.jsonl`,
      `logs/${owner}/${repo}/audit-release-502-1/502-1/audit.jsonl`,
    ]);
    const [uploaded] = artifactsNamed('audit-archive-');
    expect(uploaded?.name).toBe('audit-archive-601');
    expect(Object.keys(unzipSync(new Uint8Array(uploaded!.data)))).toContain('compliance-report.json');
    expect(r.summary).toContain('```mermaid');
    expect(r.summary).toContain('| release | 2 | 2 |');
    // Reads only: listing, one download per artifact, no writes through the REST API.
    expect(r.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    expect(r.violations).toEqual([]);
  });

  it('reports a tampered log as a broken chain (high finding) and fails the step', async () => {
    const target = artifactsNamed('audit-release-502-1')[0]!;
    const files = unzipSync(new Uint8Array(target.data));
    const name = Object.keys(files).find((n) => n.endsWith('audit.jsonl'))!;
    files[name] = strToU8(strFromU8(files[name]!).replace('"run.started"', '"run.begun"'));
    target.data = Buffer.from(zipSync(files));
    const r = await archive(602);
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ broken: '1' });
    const report = reportOf(r.outputs['report-file']!);
    const [finding] = report.findings.filter((f) => f.ruleId === 'audit/broken-chain');
    expect(finding).toMatchObject({ severity: 'high' });
    expect(finding!.message).toContain(`${owner}/${repo} audit-release-502-1/502-1: hash chain broken at record 0`);
    expect(r.annotations.some((a) => a.level === 'error' && a.message.includes('audit-release-502-1'))).toBe(true);
    expect(r.stdout).toContain('::error::audit-archive: 1 audit log has a broken hash chain');
    expect(artifactsNamed('audit-archive-602')).toHaveLength(1);

    const lenient = await archive(603, { 'fail-on-broken-chain': false });
    expect(lenient.exitCode).toBe(0);
    expect(lenient.outputs.broken).toBe('1');
  });

  it('covers every repository of an organization', async () => {
    const r = await archive(604, { organization: owner, 'dry-run': true, 'fail-on-broken-chain': false });
    expect(r.exitCode, r.stdout).toBe(0);
    const report = reportOf(r.outputs['report-file']!);
    expect(report.repositories.length).toBe(em.state.reposOf(owner).length);
    expect(report.repositories).toContain(`${owner}/${repo}`);
    expect(Number(r.outputs.logs)).toBeGreaterThanOrEqual(6);
  });

  it('archives only the artifacts created in the window', async () => {
    const old = artifactsNamed('audit-release-501-1')[0]!;
    old.created_at = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const r = await archive(606, { since: '7d', 'dry-run': true, 'fail-on-broken-chain': false });
    expect(r.exitCode).toBe(0);
    const report = reportOf(r.outputs['report-file']!);
    expect(report.logs.map((l) => l.artifact)).not.toContain('audit-release-501-1');
    expect(report.logs.map((l) => l.artifact)).toContain('audit-release-502-1');
    const wide = await archive(607, { since: '60d', 'dry-run': true, 'fail-on-broken-chain': false });
    expect(reportOf(wide.outputs['report-file']!).logs.map((l) => l.artifact)).toContain('audit-release-501-1');
  });

  it('rejects a bad since value naming the input', async () => {
    const r = await archive(605, { since: 'last week' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(`::error::audit-archive: Input 'since' has invalid value "last week"`);
  });
});
