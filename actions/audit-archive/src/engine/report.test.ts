import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../shared/audit/audit-log.js';
import { manualClock } from '../../../../shared/core/clock.js';
import { JobSummary } from '../../../../shared/summary/summary.js';
import type { AuditArtifact } from './collect.js';
import { buildReport } from './report.js';
import { renderReport } from '../summary.js';
import { verifyLog } from './verify.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function artifact(action: string, runId: number): AuditArtifact {
  return {
    repository: 'o/r',
    owner: 'o',
    repo: 'r',
    id: runId,
    name: `audit-${action}-${runId}-1`,
    action,
    runId,
    runAttempt: 1,
    createdAt: '2026-11-25T00:00:00Z',
    sizeInBytes: 100,
    expired: false,
  };
}

/** Writes a real audit log of three records (one failure, one security event) and returns its folder. */
async function writeLog(service: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'audit-log-'));
  dirs.push(dir);
  const log = new AuditLog({ dir, service, clock: manualClock(Date.parse('2026-11-25T00:00:00Z')) });
  log.event('run.started');
  log.security('secret.found', { file: 'a.js' }, 'critical');
  log.event('run.finished', {}, 'failure');
  await log.close();
  return dir;
}

const logOf = (dir: string) => ({ folder: '1-1', dir, segments: [join(dir, 'audit.jsonl')] });

describe('verifyLog and buildReport', () => {
  it('counts records, failures and security events of an intact log', async () => {
    const dir = await writeLog('security-scan');
    const v = verifyLog(artifact('security-scan', 1), logOf(dir), (p) => p);
    expect(v).toMatchObject({ records: 3, failures: 1, chain: { ok: true }, complete: true });
    expect(v.securityEvents).toEqual([
      { name: 'secret.found', status: 'detected', severity: 'critical', time: '2026-11-25T00:00:00.000Z' },
    ]);
  });

  it('reports an intact log that does not end with run.finished as incomplete (medium)', async () => {
    const dir = await writeLog('release');
    const file = join(dir, 'audit.jsonl');
    writeFileSync(file, readFileSync(file, 'utf8').split('\n').slice(0, 2).join('\n') + '\n');
    const a = artifact('release', 7);
    const v = verifyLog(a, logOf(dir), (p) => p);
    expect(v).toMatchObject({ records: 2, chain: { ok: true }, complete: false });
    const report = buildReport({
      generatedAt: new Date(),
      since: new Date(0),
      repositories: ['o/r'],
      artifacts: [a],
      logs: [v],
      unreadable: [],
    });
    expect(report.findings.filter((f) => f.ruleId === 'audit/incomplete-log')).toEqual([
      expect.objectContaining({
        severity: 'medium',
        message: expect.stringContaining('o/r audit-release-7-1/1-1: the log does not end with run.finished'),
      }),
    ]);
  });

  it('reports a tampered log as a broken chain finding of severity high, per action', async () => {
    const good = await writeLog('release');
    const bad = await writeLog('release');
    const file = join(bad, 'audit.jsonl');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"run.finished"', '"run.tampered"'));
    const arts = [artifact('release', 1), artifact('release', 2), artifact('bulk-update', 3)];
    const logs = [verifyLog(arts[0]!, logOf(good), (p) => p), verifyLog(arts[1]!, logOf(bad), (p) => p)];
    const report = buildReport({
      generatedAt: new Date('2026-11-26T00:00:00Z'),
      since: new Date('2026-11-19T00:00:00Z'),
      repositories: ['o/r'],
      artifacts: arts,
      logs,
      unreadable: [{ artifact: arts[2]!, reason: 'artifact expired before it was archived' }],
    });
    expect(report.totals).toEqual({
      runs: 3,
      artifacts: 3,
      logs: 2,
      verified: 1,
      broken: 1,
      unreadable: 1,
      records: 6,
      failures: 2,
      securityEvents: 2,
    });
    expect(report.actions).toEqual([
      { action: 'bulk-update', runs: 1, logs: 0, records: 0, failures: 0, securityEvents: 0, chain: 'intact' },
      { action: 'release', runs: 2, logs: 2, records: 6, failures: 2, securityEvents: 2, chain: 'broken' },
    ]);
    const broken = report.findings.filter((f) => f.ruleId === 'audit/broken-chain');
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({
      severity: 'high',
      message: expect.stringContaining('o/r audit-release-2-1/1-1: hash chain broken at record 2'),
    });
    expect(report.findings.filter((f) => f.ruleId === 'audit/unreadable-artifact')).toEqual([
      expect.objectContaining({
        severity: 'medium',
        message: 'o/r audit-bulk-update-3-1: artifact expired before it was archived',
      }),
    ]);
    expect(report.findings.filter((f) => f.ruleId === 'audit/security-event').map((f) => f.severity)).toEqual([
      'critical',
      'critical',
    ]);

    const md = new JobSummary();
    renderReport(md, report, 'note');
    const text = md.toString();
    expect(text).toContain('| release | 2 | 2 | 6 | 2 | 2 | ❌ broken |');
    expect(text).toContain('```mermaid\npie');
    expect(text).toContain('xychart');
  });
});
