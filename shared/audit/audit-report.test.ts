import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.js';
import { manualClock } from '../core/clock.js';
import { AuditLog, auditReport, readAuditFiles } from './audit-log.js';

const dir = mkdtempSync(join(tmpdir(), 'moko-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clock = manualClock(Date.parse('2026-03-01T00:00:00Z'));
const alice = new AuditLog({ dir: join(dir, 'a'), service: 'bulk-update', actor: 'alice', clock });
alice.event('repo.update', { repo: 'x' });
clock.advance(60_000);
alice.event('repo.update', { repo: 'y' }, 'failure');
clock.advance(60_000);
alice.security('secret.found', { file: 'f' }, 'critical');
const bob = new AuditLog({ dir: join(dir, 'b'), service: 'release', actor: 'bob', clock });
clock.advance(60_000);
await bob.transaction('release.publish', async (txn) => {
  txn.event('tag.create');
});
const records = [...readAuditFiles(alice.files()), ...readAuditFiles(bob.files())];

describe('auditReport', () => {
  it('without a filter counts everything by type, status and name', () => {
    const r = auditReport(records);
    expect(r).toMatchObject({
      total: 6,
      matched: 6,
      byType: { event: 3, security: 1, transaction: 2 },
      byStatus: { success: 2, failure: 1, detected: 1, started: 1, committed: 1 },
      byName: { 'repo.update': 2, 'secret.found': 1, 'release.publish': 2, 'tag.create': 1 },
      first: '2026-03-01T00:00:00.000Z',
      last: '2026-03-01T00:03:00.000Z',
    });
  });

  it('filters by inclusive time range', () => {
    const r = auditReport(records, { since: '2026-03-01T00:01:00Z', until: Date.parse('2026-03-01T00:02:00Z') });
    expect(r.records.map((x) => x.name)).toEqual(['repo.update', 'secret.found']);
  });

  it('filters by name, with a trailing * as prefix', () => {
    expect(auditReport(records, { name: 'repo.*' }).matched).toBe(2);
    expect(auditReport(records, { name: ['secret.found', 'tag.create'] }).matched).toBe(2);
  });

  it('filters by type, status, actor and transaction together', () => {
    expect(auditReport(records, { type: 'event', status: 'failure', actor: 'alice' }).records).toEqual([records[1]]);
    expect(auditReport(records, { actor: 'bob', type: ['transaction'] }).byStatus).toEqual({
      started: 1,
      committed: 1,
    });
    const txnId = records[3]?.transactionId;
    expect(auditReport(records, { transactionId: txnId }).matched).toBe(3);
    expect(auditReport(records, { service: 'release', status: 'nope' }).matched).toBe(0);
  });

  it('rejects a time that does not parse, naming it', () => {
    expect(() => auditReport(records, { since: 'yesterday' })).toThrow(UserError);
    expect(() => auditReport(records, { since: 'yesterday' })).toThrow(/since.*yesterday/);
  });
});
