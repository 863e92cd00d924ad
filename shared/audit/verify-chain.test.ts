import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock.js';
import { AuditLog, type AuditRecord, readAuditFile, verifyAuditChain, verifyAuditFiles } from './audit-log.js';
import { recordHash } from './canonical.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'moko-verify-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function chain(n: number): { records: AuditRecord[]; head: string } {
  const log = new AuditLog({ dir, service: 's', clock: manualClock() });
  for (let i = 0; i < n; i++) log.event(`e${i}`, { i });
  return { records: readAuditFile(join(dir, 'audit.jsonl')), head: log.head };
}

describe('verifyAuditChain', () => {
  it('accepts an intact chain and an empty one', () => {
    const { records, head } = chain(5);
    expect(verifyAuditChain(records)).toEqual({ ok: true, count: 5, head });
    expect(verifyAuditChain([]).ok).toBe(true);
  });

  it('detects an edited record at its index', () => {
    const { records } = chain(5);
    const edited = records.map((r, i) => (i === 2 ? { ...r, status: 'failure' } : r));
    expect(verifyAuditChain(edited)).toMatchObject({ ok: false, index: 2, reason: expect.stringMatching(/edited/) });
  });

  it('detects an edited record whose hash was recomputed, at the next record', () => {
    const { records } = chain(5);
    const forged = records.map((r, i) => (i === 2 ? { ...r, name: 'innocent' } : r));
    const two = forged[2] as AuditRecord;
    forged[2] = { ...two, hash: recordHash(two) };
    expect(verifyAuditChain(forged)).toMatchObject({ ok: false, index: 3, reason: expect.stringMatching(/prevHash/) });
  });

  it('detects a deleted record in the middle', () => {
    const { records } = chain(5);
    const deleted = records.filter((_, i) => i !== 1);
    expect(verifyAuditChain(deleted)).toMatchObject({ ok: false, index: 1, reason: expect.stringMatching(/seq 2/) });
  });

  it('detects deletion of the first record', () => {
    const { records } = chain(3);
    expect(verifyAuditChain(records.slice(1))).toMatchObject({ ok: false, index: 0 });
    expect(verifyAuditChain(records.slice(1), { fromGenesis: false }).ok).toBe(true);
  });

  it('detects deletion of the last record only against an expected head', () => {
    const { records, head } = chain(3);
    expect(verifyAuditChain(records.slice(0, 2)).ok).toBe(true);
    expect(verifyAuditChain(records.slice(0, 2), { expectedHead: head })).toMatchObject({ ok: false, index: 2 });
  });

  it('detects two records swapped', () => {
    const { records } = chain(4);
    const swapped = [records[0], records[2], records[1], records[3]] as AuditRecord[];
    expect(verifyAuditChain(swapped)).toMatchObject({
      ok: false,
      index: 1,
      reason: expect.stringMatching(/reordered/),
    });
  });

  it('detects an added field', () => {
    const { records } = chain(2);
    const added = [records[0], { ...records[1], approvedBy: 'mallory' }] as AuditRecord[];
    expect(verifyAuditChain(added)).toMatchObject({ ok: false, index: 1 });
  });
});

describe('verifyAuditFiles', () => {
  it('reports a line edited on disk, including one that no longer parses, with its file', () => {
    chain(4);
    const file = join(dir, 'audit.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, lines.map((l, i) => (i === 1 ? l.replace('"e1"', '"eX"') : l)).join('\n'));
    expect(verifyAuditFiles([file])).toMatchObject({ ok: false, index: 1, file });
    writeFileSync(file, lines.map((l, i) => (i === 2 ? l.slice(0, 20) : l)).join('\n'));
    expect(verifyAuditFiles([file])).toMatchObject({ ok: false, index: 2, file, reason: expect.stringMatching(/:3:/) });
  });

  it('detects a deleted rotated segment', () => {
    const log = new AuditLog({ dir, service: 's', maxBytes: 700, clock: manualClock() });
    for (let i = 0; i < 10; i++) log.event(`e${i}`);
    const files = log.files();
    expect(files.length).toBeGreaterThan(2);
    expect(verifyAuditFiles(files).ok).toBe(true);
    const without = files.filter((_, i) => i !== 1);
    expect(verifyAuditFiles(without)).toMatchObject({ ok: false, file: files[2] });
  });
});
