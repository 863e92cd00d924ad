import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock.js';
import {
  AuditLog,
  type AuditRecord,
  GENESIS_HASH,
  readAuditFile,
  readAuditFiles,
  verifyAuditChain,
} from './audit-log.js';
import { canonicalJson, recordHash, sha256 } from './canonical.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'moko-audit-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('AuditLog records', () => {
  it('writes one JSON line per record with every documented field', () => {
    const clock = manualClock(Date.UTC(2026, 0, 2, 3, 4, 5));
    const log = new AuditLog({ dir, service: 'bulk-update', actor: 'octocat', runId: '42', runAttempt: 2, clock });
    const rec = log.event('repo.update', { repo: 'a/b' });
    const lines = readFileSync(join(dir, 'audit.jsonl'), 'utf8').split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    expect(JSON.parse(lines[0] ?? '')).toEqual(rec);
    expect(rec).toMatchObject({
      seq: 0,
      time: '2026-01-02T03:04:05.000Z',
      service: 'bulk-update',
      type: 'event',
      name: 'repo.update',
      status: 'success',
      actor: 'octocat',
      runId: '42',
      runAttempt: 2,
      data: { repo: 'a/b' },
      prevHash: GENESIS_HASH,
    });
    expect(rec.uuid).toMatch(UUID);
    expect(rec.hash).toBe(recordHash(rec));
    expect(rec.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes the RFC 8785 form and repairs lone surrogates so every record stays writable and verifiable', () => {
    const log = new AuditLog({ dir, service: 's', clock: manualClock() });
    const rec = log.event('run.failed', { error: 'cut emoji \ud83d', n: 1e21 }, 'failure');
    expect(rec.data).toEqual({ error: 'cut emoji \ufffd', n: 1e21 });
    const { hash, ...rest } = JSON.parse(readFileSync(join(dir, 'audit.jsonl'), 'utf8')) as AuditRecord;
    expect(hash).toBe(sha256(canonicalJson(rest)));
    expect(verifyAuditChain([rec])).toMatchObject({ ok: true });
  });

  it('links each record to the hash of the previous one and counts seq up', () => {
    const log = new AuditLog({ dir, service: 's', clock: manualClock() });
    const a = log.event('a');
    const b = log.security('secret.found', { file: 'x' }, 'high');
    const c = log.event('c', undefined, 'failure');
    expect([a.seq, b.seq, c.seq]).toEqual([0, 1, 2]);
    expect(b.prevHash).toBe(a.hash);
    expect(c.prevHash).toBe(b.hash);
    expect(b).toMatchObject({ type: 'security', severity: 'high', status: 'detected' });
    expect(c.status).toBe('failure');
    expect(log.head).toBe(c.hash);
    expect(log.count).toBe(3);
    expect(verifyAuditChain(readAuditFile(join(dir, 'audit.jsonl')), { expectedHead: log.head })).toEqual({
      ok: true,
      count: 3,
      head: c.hash,
    });
  });

  it('redacts values under secret-looking keys at any depth before writing', () => {
    const log = new AuditLog({ dir, service: 's', clock: manualClock() });
    log.event('login', {
      token: 'ghs_abc',
      nested: { Authorization: 'Bearer x', password: 'hunter2', list: [{ client_secret: 'cs-123', keep: 1 }] },
      apiKey: 'key-456',
      user: 'octocat',
    });
    const text = readFileSync(join(dir, 'audit.jsonl'), 'utf8');
    for (const secret of ['ghs_abc', 'Bearer x', 'hunter2', 'cs-123', 'key-456']) expect(text).not.toContain(secret);
    expect(readAuditFile(join(dir, 'audit.jsonl'))[0]?.data).toEqual({
      token: '***',
      nested: { Authorization: '***', password: '***', list: [{ client_secret: '***', keep: 1 }] },
      apiKey: '***',
      user: 'octocat',
    });
  });

  it('hashes exactly what a reader parses back (undefined dropped, dates as ISO strings)', () => {
    const log = new AuditLog({ dir, service: 's', clock: manualClock() });
    log.event('x', { gone: undefined, when: new Date(0), n: 1n });
    const records = readAuditFile(join(dir, 'audit.jsonl'));
    expect(records[0]?.data).toEqual({ when: '1970-01-01T00:00:00.000Z', n: '1' });
    expect(verifyAuditChain(records).ok).toBe(true);
  });

  it('refuses writes after close', async () => {
    const log = new AuditLog({ dir, service: 's', clock: manualClock() });
    await log.close();
    expect(() => log.event('late')).toThrow(/closed/);
  });
});

describe('AuditLog transactions', () => {
  it('records started and committed with a transaction id, duration and the events in between', async () => {
    const clock = manualClock(1000);
    const log = new AuditLog({ dir, service: 's', clock });
    const value = await log.transaction('release.publish', async (txn) => {
      txn.event('tag.create', { tag: 'v1' });
      await clock.sleep(250);
      return 7;
    });
    expect(value).toBe(7);
    const records = readAuditFile(join(dir, 'audit.jsonl'));
    expect(records.map((r) => [r.type, r.name, r.status])).toEqual([
      ['transaction', 'release.publish', 'started'],
      ['event', 'tag.create', 'success'],
      ['transaction', 'release.publish', 'committed'],
    ]);
    const id = records[0]?.transactionId;
    expect(id).toMatch(UUID);
    expect(records.every((r) => r.transactionId === id)).toBe(true);
    expect(records[2]?.data).toEqual({ durationMs: 250 });
  });

  it('records failed with the error message and rethrows the same error', async () => {
    const log = new AuditLog({ dir, service: 's', clock: manualClock() });
    const boom = new TypeError('boom');
    await expect(
      log.transaction('t', async () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
    const last = readAuditFile(join(dir, 'audit.jsonl')).at(-1);
    expect(last).toMatchObject({ type: 'transaction', status: 'failed', data: { error: 'boom', durationMs: 0 } });
  });

  it('gives each transaction its own id and ends a begun transaction only once', () => {
    const log = new AuditLog({ dir, service: 's', clock: manualClock() });
    const t1 = log.begin('a');
    const t2 = log.begin('b');
    expect(t1.id).not.toBe(t2.id);
    t1.end('rolled-back', { compensated: 2 });
    expect(() => t1.end('committed')).toThrow(/already ended/);
  });
});

describe('AuditLog rotation', () => {
  it('rotates by size into audit.1.jsonl, audit.2.jsonl … oldest first, one chain across segments', () => {
    const log = new AuditLog({ dir, service: 's', maxBytes: 1200, clock: manualClock() });
    const written = Array.from({ length: 12 }, (_, i) => log.event(`e${i}`, { i }));
    const files = log.files();
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files.map((f) => basename(f))).toEqual([
      ...Array.from({ length: files.length - 1 }, (_, i) => `audit.${i + 1}.jsonl`),
      'audit.jsonl',
    ]);
    for (const f of files) expect(readFileSync(f).length).toBeLessThanOrEqual(1200);
    const records = readAuditFiles(files);
    expect(records).toEqual(written);
    expect(verifyAuditChain(records, { expectedHead: log.head }).ok).toBe(true);
  });

  it('continues seq and hash chain when the directory is reopened, as a re-run does', () => {
    const first = new AuditLog({ dir, service: 's', maxBytes: 600, clock: manualClock() });
    first.event('a');
    first.event('b');
    first.event('c');
    const second = new AuditLog({ dir, service: 's', maxBytes: 600, clock: manualClock() });
    const d = second.event('d');
    expect(d.seq).toBe(3);
    const records = readAuditFiles(second.files());
    expect(records.map((r) => r.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(verifyAuditChain(records).ok).toBe(true);
  });

  it('drops a torn final line (a write cut short by a crash) when reopening', () => {
    const first = new AuditLog({ dir, service: 's', clock: manualClock() });
    first.event('a');
    const file = join(dir, 'audit.jsonl');
    writeFileSync(file, readFileSync(file, 'utf8') + '{"seq":1,"uu', 'utf8');
    expect(readAuditFile(file).map((r) => r.name)).toEqual(['a']);
    const second = new AuditLog({ dir, service: 's', clock: manualClock() });
    second.event('b');
    const records = readAuditFile(file);
    expect(records.map((r) => [r.seq, r.name])).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
    expect(verifyAuditChain(records).ok).toBe(true);
  });
});
