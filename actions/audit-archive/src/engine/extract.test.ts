import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAuditArtifactName } from './collect.js';
import { extractAuditZip, safeEntryName } from './download.js';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'audit-archive-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('parseAuditArtifactName', () => {
  it('reads action, run id and attempt; other artifacts are not audit logs', () => {
    expect(parseAuditArtifactName('audit-security-scan-1234-2')).toEqual({
      action: 'security-scan',
      runId: 1234,
      runAttempt: 2,
    });
    expect(parseAuditArtifactName('audit-audit-archive-9-1')).toEqual({
      action: 'audit-archive',
      runId: 9,
      runAttempt: 1,
    });
    expect(parseAuditArtifactName('audit-archive-9')).toBeUndefined();
    expect(parseAuditArtifactName('metrics-release-9-1')).toBeUndefined();
  });
});

describe('extractAuditZip', () => {
  it('groups .jsonl entries into logs by folder, segments oldest first', () => {
    const zip = zipSync({
      '12-1/audit.jsonl': strToU8('b\n'),
      '12-1/audit.1.jsonl': strToU8('a\n'),
      '12-2/audit.jsonl': strToU8('c\n'),
      'notes.txt': strToU8('ignored'),
    });
    const dest = temp();
    const out = extractAuditZip(zip, dest);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.logs.map((l) => [l.folder, l.segments.map((s) => s.slice(dest.length + 1))])).toEqual([
      ['12-1', ['12-1/audit.1.jsonl', '12-1/audit.jsonl']],
      ['12-2', ['12-2/audit.jsonl']],
    ]);
    expect(readFileSync(join(dest, '12-1/audit.1.jsonl'), 'utf8')).toBe('a\n');
  });

  it('refuses entries that would escape the destination', () => {
    expect(safeEntryName('../x.jsonl')).toBe(false);
    expect(safeEntryName('/etc/x.jsonl')).toBe(false);
    expect(safeEntryName('a/./b.jsonl')).toBe(false);
    const out = extractAuditZip(zipSync({ '../../evil.jsonl': strToU8('x') }), temp());
    expect(out).toEqual({ ok: false, reason: 'unsafe path in archive: "../../evil.jsonl"' });
  });

  it('reports bytes that are not a zip', () => {
    const out = extractAuditZip(strToU8('not a zip at all'), temp());
    expect(out.ok).toBe(false);
    expect(!out.ok && out.reason).toMatch(/^not a readable zip archive: /);
  });
});
