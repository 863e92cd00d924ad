import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../../../../shared/audit/audit-log.js';
import { recordHash } from '../../../../shared/audit/canonical.js';
import { manualClock } from '../../../../shared/core/clock.js';
import type { AuditArtifact } from './collect.js';
import { readAuditZip, safeEntryName } from './download.js';
import { verifyArtifactZip } from './gather.js';
import { buildPart, sha256Hex } from './part.js';
import { reportCsv } from './report-csv.js';
import { buildReport } from './report.js';
import { splitParts, verifyPart } from './verify-part.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A real audit log of run `runId` attempt 1, as execute.ts writes it, zipped as the uploader does. */
function logZip(runId: number, edit?: (lines: string[]) => string[]): Uint8Array {
  const root = mkdtempSync(join(tmpdir(), 'audit-archive-'));
  dirs.push(root);
  const dir = join(root, `${runId}-1`);
  const log = new AuditLog({
    dir,
    service: 'release',
    runId: String(runId),
    runAttempt: 1,
    actor: 'octocat',
    clock: manualClock(Date.parse('2026-11-25T00:00:00Z')),
  });
  log.event('run.started', { runAttempt: 1 });
  log.security('secret.found', { file: 'a.js' }, 'critical');
  log.event('bulk-update.repository', { repository: 'o/target' });
  log.event('run.finished', {}, 'failure');
  const files: Record<string, Uint8Array> = {};
  for (const f of readdirSync(dir)) {
    let text = readFileSync(join(dir, f), 'utf8');
    if (edit)
      text = edit(text.trimEnd().split('\n'))
        .map((l) => `${l}\n`)
        .join('');
    files[`${runId}-1/${f}`] = strToU8(text);
  }
  return zipSync(files);
}

function artifact(runId: number, zip: Uint8Array, over: Partial<AuditArtifact> = {}): AuditArtifact {
  return {
    repository: 'o/r',
    owner: 'o',
    repo: 'r',
    id: runId * 10,
    name: `audit-release-${runId}-1`,
    action: 'release',
    runId,
    nameRunId: runId,
    runAttempt: 1,
    createdAt: '2026-11-25T00:00:00Z',
    sizeInBytes: zip.length,
    expired: false,
    digest: `sha256:${sha256Hex(zip)}`,
    ...over,
  };
}

const verify = (a: AuditArtifact, zip: Uint8Array) =>
  verifyArtifactZip(a, zip, a.digest === `sha256:${sha256Hex(zip)}` ? 'match' : 'mismatch', sha256Hex(zip));
const kinds = (g: ReturnType<typeof verify>) =>
  [...g.problems, ...g.logs.flatMap((l) => l.problems)].map((p) => [p.kind, p.record]);

describe('verifying one artifact', () => {
  it('passes an intact log and counts what it holds', () => {
    const zip = logZip(7);
    const g = verify(artifact(7, zip), zip);
    expect(kinds(g)).toEqual([]);
    expect(g.logs[0]!.contents).toMatchObject({ records: 4, failures: 1, actors: ['octocat'], touched: ['o/target'] });
  });

  it('names the record of an edit, a deletion, a truncation and a log of another run', () => {
    const zip = logZip(7);
    const edited = logZip(7, (l) => [l[0]!, l[1]!.replace('a.js', 'b.js'), l[2]!, l[3]!]);
    expect(kinds(verify(artifact(7, zip), edited))).toEqual([
      ['digest-mismatch', undefined],
      ['broken-chain', 1],
    ]);
    const deleted = logZip(7, (l) => [l[0]!, l[2]!, l[3]!]);
    expect(kinds(verify(artifact(7, deleted), deleted))).toEqual([['broken-chain', 1]]);
    const truncated = logZip(7, (l) => l.slice(0, 3));
    expect(kinds(verify(artifact(7, truncated), truncated))).toEqual([['truncated', 3]]);
    const other = logZip(501);
    const wrong = verify(artifact(504, other, { name: 'audit-release-504-1', nameRunId: 504 }), other);
    expect(kinds(wrong)).toEqual([
      ['wrong-run', undefined],
      ['wrong-run', 0],
    ]);
    expect(wrong.logs[0]!.problems[1]!.what).toBe('record says run 501, the artifact belongs to run 504');
  });

  it('catches a consistently re-hashed chain only through GitHub digest', () => {
    const zip = logZip(7);
    const rehashed = logZip(7, (lines) => {
      let prev = '0'.repeat(64);
      return lines.map((line) => {
        const r = JSON.parse(line) as Record<string, unknown>;
        if (r.name === 'secret.found') r.severity = 'low';
        r.prevHash = prev;
        r.hash = recordHash(r);
        prev = r.hash as string;
        return JSON.stringify(r);
      });
    });
    expect(kinds(verify(artifact(7, zip), rehashed))).toEqual([['digest-mismatch', undefined]]);
  });

  it('refuses zip entries that would escape, and files that are not segments', () => {
    expect(safeEntryName('../x.jsonl')).toBe(false);
    expect(readAuditZip(zipSync({ '../../evil.jsonl': strToU8('x') }))).toEqual({
      ok: false,
      reason: 'unsafe path in archive: "../../evil.jsonl"',
    });
    expect(readAuditZip(zipSync({ '1-1/other.jsonl': strToU8('x') })).ok).toBe(false);
    const segments = readAuditZip(
      zipSync({
        '1-1/audit.jsonl': strToU8('b'),
        '1-1/audit.2.jsonl': strToU8('a2'),
        '1-1/audit.1.jsonl': strToU8('a1'),
      }),
    );
    expect(segments.ok && segments.logs[0]!.segments.map((s) => s.text)).toEqual(['a1', 'a2', 'b']);
  });
});

describe('an archive part', () => {
  const partOf = () => {
    const zips = [logZip(7), logZip(8)];
    const gathered = zips.map((z, i) => verify(artifact(7 + i, z), z));
    const report = buildReport({
      generatedAt: new Date('2026-11-29T00:00:00Z'),
      window: { since: new Date('2026-11-21T00:00:00Z'), until: new Date('2026-11-29T00:00:00Z') },
      repositories: ['o/r'],
      gathered,
      missing: [],
    });
    return {
      report,
      part: buildPart(gathered, {
        week: '2026-W48',
        part: 'main',
        createdAt: new Date('2026-11-29T00:00:00Z'),
        createdBy: { repository: 'o/r', runId: 9, runAttempt: 1 },
        window: { since: new Date(0), until: new Date(1) },
        report: { json: '{}', csv: reportCsv(report) },
      }),
    };
  };

  it('holds every artifact, the merged records and a manifest hashing them all; it verifies', () => {
    const { part, report } = partOf();
    expect([...part.files.keys()].sort()).toEqual([
      'logs/o/r/audit-release-7-1.zip',
      'logs/o/r/audit-release-8-1.zip',
      'manifest.json',
      'records.jsonl.gz',
      'report.csv',
      'report.json',
    ]);
    expect(part.manifest).toMatchObject({
      week: '2026-W48',
      part: 'main',
      records: 8,
      verification: { ok: true, problems: [] },
    });
    expect(part.manifest.runs).toEqual([
      { repository: 'o/r', runId: 7, attempts: [1] },
      { repository: 'o/r', runId: 8, attempts: [1] },
    ]);
    expect(verifyPart('', part.files).problems).toEqual([]);
    expect(report.transactions).toEqual([]);
    expect(report.securityEvents.bySeverity.critical).toBe(2);
    expect(reportCsv(report).split('\r\n')[0]).toBe(
      'log,repository,action,run_id,run_attempt,records,failures,security_events,digest,integrity,problems',
    );
  });

  it('catches an edited, a removed and an added file', () => {
    const { part } = partOf();
    const files = new Map(part.files);
    files.set('report.csv', strToU8('=cmd|calc\r\n'));
    files.delete('logs/o/r/audit-release-8-1.zip');
    files.set('logs/o/r/extra.zip', strToU8('x'));
    const what = verifyPart('2026-W48', files).problems.map((p) => `${p.log}: ${p.what}`);
    expect(what).toEqual([
      '2026-W48/logs/o/r/audit-release-8-1.zip: listed in the manifest but missing (removed)',
      expect.stringMatching(/^2026-W48\/report.csv: SHA-256 \w+ differs from the manifest's \w+ \(edited\)$/),
      '2026-W48/logs/o/r/extra.zip: not listed in the manifest (added)',
      '2026-W48/records.jsonl.gz: the merged records do not match the archived logs',
    ]);
    expect(strFromU8(part.files.get('manifest.json')!)).toContain('"format": "moko-audit-archive/1"');
  });

  it('splits a week folder into its main part and addenda', () => {
    const files = new Map([
      ['manifest.json', strToU8('{}')],
      ['a.zip', strToU8('')],
      ['addendum-1/manifest.json', strToU8('{}')],
      ['addendum-1/b.zip', strToU8('')],
    ]);
    const { parts, orphans } = splitParts(files);
    expect([...parts.keys()].sort()).toEqual(['', 'addendum-1']);
    expect([...parts.get('addendum-1')!.keys()].sort()).toEqual(['b.zip', 'manifest.json']);
    expect(orphans).toEqual([]);
  });
});
