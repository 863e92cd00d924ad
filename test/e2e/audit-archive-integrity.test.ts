import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceReport } from '../../actions/audit-archive/src/engine/report.js';
import { recordHash } from '../../shared/audit/canonical.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, runAction } from '../harness/index.js';
import { artifactsOf, commitWorkflow, editArtifact, fullName, releaseRun, repoAt } from './audit-archive-helpers.js';

let em: Emulator;
const reportOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ComplianceReport;

beforeAll(async () => {
  em = await startEmulator({ repos: 6, seed: 21, secondaryLimit: false });
});
afterEach(() => {
  expect(em.violations).toEqual([]);
});
afterAll(async () => {
  await em.close();
  await cleanup();
});

describe('audit-archive: every integrity problem is named and fails the step', () => {
  /** A dry-run archive of repository `i` only, from repository 0. */
  const check = async (i: number, runId: number) => {
    const run = await runAction({
      action: 'audit-archive',
      emulator: em,
      repository: fullName(repoAt(em, 0)),
      runId,
      inputs: { 'dry-run': true, since: '30d', repositories: fullName(repoAt(em, i)) },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::audit-archive: \d+ integrity problems? \(/);
    return reportOf(run.outputs['report-file']!).problemList.map((p) => ({
      ...p,
      what: p.what.replace(/[0-9a-f]{64}/g, 'H'),
    }));
  };

  it('a tampered log: its record is named, and the artifact no longer matches GitHub digest', async () => {
    const r = repoAt(em, 1);
    await releaseRun(em, r, 901);
    editArtifact(artifactsOf(em, r, 'audit-release-901-1')[0]!, (l) =>
      l.map((x, i) => (i === 0 ? x.replace('"dryRun":true', '"dryRun":false') : x)),
    );
    const log = `${fullName(r)} audit-release-901-1`;
    expect(await check(1, 951)).toEqual([
      {
        log,
        kind: 'digest-mismatch',
        what: "the artifact's SHA-256 H is not GitHub's recorded digest sha256:H (edited after upload)",
      },
      {
        log: `${log}/901-1`,
        kind: 'broken-chain',
        record: 0,
        what: "hash does not match the record's content (record 0 was edited)",
      },
    ]);
  }, 60_000);

  it('a truncated log (no closing record) fails even with a valid chain and digest', async () => {
    const r = repoAt(em, 2);
    await releaseRun(em, r, 902);
    editArtifact(artifactsOf(em, r, 'audit-release-902-1')[0]!, (l) => l.slice(0, -1), false);
    const problems = await check(2, 952);
    expect(problems).toEqual([
      {
        log: `${fullName(r)} audit-release-902-1/902-1`,
        kind: 'truncated',
        record: expect.any(Number),
        what: expect.stringMatching(
          /^the chain stops at record \d+ \([\w.]+\) before its closing run\.finished record$/,
        ),
      },
    ]);
  }, 60_000);

  it('a re-hashed log (edited, chain recomputed) is caught by GitHub digest', async () => {
    const r = repoAt(em, 3);
    await releaseRun(em, r, 903);
    editArtifact(artifactsOf(em, r, 'audit-release-903-1')[0]!, (lines) => {
      let prev = '0'.repeat(64);
      return lines.map((line) => {
        const rec = JSON.parse(line) as Record<string, unknown>;
        if (rec.name === 'run.started') rec.actor = 'someone-else';
        rec.prevHash = prev;
        rec.hash = recordHash(rec);
        prev = rec.hash as string;
        return JSON.stringify(rec);
      });
    });
    expect(await check(3, 953)).toEqual([
      {
        log: `${fullName(r)} audit-release-903-1`,
        kind: 'digest-mismatch',
        what: "the artifact's SHA-256 H is not GitHub's recorded digest sha256:H (edited after upload)",
      },
    ]);
  }, 60_000);

  it("a log of another run inside a run's artifact is a wrong-run problem", async () => {
    const r = repoAt(em, 4);
    await releaseRun(em, r, 501);
    await releaseRun(em, r, 504);
    const own = artifactsOf(em, r, 'audit-release-504-1')[0]!;
    const other = artifactsOf(em, r, 'audit-release-501-1')[0]!;
    em.state.artifacts.delete(other.id);
    own.data = other.data; // uploaded under run 504, so GitHub's digest matches these bytes
    own.digest = other.digest;
    const log = `${fullName(r)} audit-release-504-1/501-1`;
    expect(await check(4, 954)).toEqual([
      { log, kind: 'wrong-run', what: 'the log\'s folder is "501-1", expected 504-1' },
      { log, kind: 'wrong-run', record: 0, what: 'record says run 501, the artifact belongs to run 504' },
    ]);
  }, 60_000);

  it('a missing log: a deleted artifact of a workflow that uses our actions, and a missing attempt, with their links', async () => {
    const r = repoAt(em, 5);
    await commitWorkflow(em, r, r.workflows[0]!.path);
    await releaseRun(em, r, 905);
    await releaseRun(em, r, 906, { runAttempt: 2 });
    em.state.artifacts.delete(artifactsOf(em, r, 'audit-release-905-1')[0]!.id);
    for (const run of r.runs.filter((x) => x.id === 905 || x.id === 906)) {
      run.status = 'completed';
      run.conclusion = 'success';
      run.run_attempt = run.id === 906 ? 2 : 1;
      // The archive's window ends a second before its own start: runs made in the last second would be
      // next week's (the overlap). Date these a minute back so the check does not race the clock.
      run.created_at = new Date(Date.parse(run.created_at) - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    const url = `/${fullName(r)}/actions/runs`;
    const problems = (await check(5, 955)).sort((a, b) => a.log.localeCompare(b.log));
    expect(problems).toEqual([
      {
        log: `${fullName(r)} run 905`,
        kind: 'missing',
        what: expect.stringContaining(
          `completed run of ${r.workflows[0]!.path}, which uses the collection's actions, has no audit artifact (`,
        ),
      },
      {
        log: `${fullName(r)} run 906 attempt 1`,
        kind: 'missing',
        what: expect.stringMatching(
          /^attempt 1 has no audit artifact \(https?:\/\/.+\/actions\/runs\/906\/attempts\/1\)$/,
        ),
      },
    ]);
    expect(problems[0]!.what).toContain(`${url}/905)`);
  }, 60_000);
});
