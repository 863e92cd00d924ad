import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordingLogger } from '../../test/support/fakes/recording-logger.js';
import { AuditLog, readAuditFiles, verifyAuditChain } from '../audit/audit-log.js';
import { manualClock } from '../core/clock.js';
import { runTransaction, Transaction } from './transaction.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'moko-txn-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('runTransaction', () => {
  it('commits when every step succeeds and returns the value and history', async () => {
    const clock = manualClock();
    const undone: string[] = [];
    const result = await runTransaction('release', { clock }, async (txn) => {
      const tag = await txn.step(
        'tag',
        () => 'v1.0.0',
        () => void undone.push('tag'),
      );
      await txn.step('notes', async () => {
        await clock.sleep(30);
      });
      return tag;
    });
    expect(result).toMatchObject({ name: 'release', status: 'committed', ok: true, value: 'v1.0.0' });
    expect(result.history).toEqual([
      { step: 'tag', status: 'done', durationMs: 0 },
      { step: 'notes', status: 'done', durationMs: 30 },
    ]);
    expect(undone).toEqual([]);
  });

  it('on failure compensates completed steps in exact reverse order, not the failed one', async () => {
    const calls: string[] = [];
    const boom = new Error('API said no');
    const result = await runTransaction('bulk', { clock: manualClock() }, async (txn) => {
      for (const name of ['a', 'b', 'c']) {
        await txn.step(
          name,
          () => void calls.push(`run ${name}`),
          () => void calls.push(`undo ${name}`),
        );
      }
      await txn.step(
        'd',
        () => {
          calls.push('run d');
          throw boom;
        },
        () => void calls.push('undo d'),
      );
      calls.push('never');
    });
    expect(calls).toEqual(['run a', 'run b', 'run c', 'run d', 'undo c', 'undo b', 'undo a']);
    expect(result).toMatchObject({ status: 'rolled-back', ok: false });
    expect(result.error).toBe(boom);
    expect(result.history.map((h) => [h.step, h.status, h.error])).toEqual([
      ['a', 'done', undefined],
      ['b', 'done', undefined],
      ['c', 'done', undefined],
      ['d', 'failed', 'API said no'],
      ['c', 'compensated', undefined],
      ['b', 'compensated', undefined],
      ['a', 'compensated', undefined],
    ]);
  });

  it('passes each step result to its compensation', async () => {
    const undone: number[] = [];
    await runTransaction('t', {}, async (txn) => {
      await txn.step(
        'create issue',
        async () => 17,
        (n) => void undone.push(n),
      );
      throw new Error('later failure');
    });
    expect(undone).toEqual([17]);
  });

  it('records a failing compensation and still runs the earlier ones', async () => {
    const calls: string[] = [];
    const logger = recordingLogger();
    const result = await runTransaction('t', { logger, clock: manualClock() }, async (txn) => {
      await txn.step(
        'a',
        () => 1,
        () => void calls.push('undo a'),
      );
      await txn.step('b', () => 2);
      await txn.step(
        'c',
        () => 3,
        () => {
          calls.push('undo c');
          throw new Error('branch is protected');
        },
      );
      throw new Error('step d failed');
    });
    expect(calls).toEqual(['undo c', 'undo a']);
    expect(result.status).toBe('rollback-failed');
    expect(result.history.slice(3).map((h) => [h.step, h.status, h.error])).toEqual([
      ['c', 'compensation-failed', 'branch is protected'],
      ['b', 'no-compensation', undefined],
      ['a', 'compensated', undefined],
    ]);
    expect(logger.lines).toContain("warning: t: could not undo 'c': branch is protected");
    expect(logger.lines).toContain('warning: t: rolling back after: step d failed');
  });

  it('writes the history to the audit log as events of one transaction', async () => {
    const audit = new AuditLog({ dir, service: 'bulk-update', clock: manualClock() });
    const result = await runTransaction('bulk.apply', { audit, clock: manualClock() }, async (txn) => {
      await txn.step(
        'branch',
        () => 'b',
        () => undefined,
      );
      await txn.step('commit', () => {
        throw new Error('conflict');
      });
    });
    const records = readAuditFiles(audit.files());
    expect(verifyAuditChain(records).ok).toBe(true);
    expect(records.map((r) => [r.type, r.name, r.status])).toEqual([
      ['transaction', 'bulk.apply', 'started'],
      ['event', 'branch', 'done'],
      ['event', 'commit', 'failed'],
      ['event', 'branch', 'compensated'],
      ['transaction', 'bulk.apply', 'rolled-back'],
    ]);
    expect(result.id).toBeDefined();
    expect(records.every((r) => r.transactionId === result.id)).toBe(true);
    expect(records[2]?.data).toEqual({ error: 'conflict', durationMs: 0 });
    expect(records[4]?.data).toMatchObject({ error: 'conflict', compensated: 1, compensationFailures: 0 });
  });

  it('writes committed to the audit log on success', async () => {
    const audit = new AuditLog({ dir, service: 's', clock: manualClock() });
    await runTransaction('t', { audit }, async (txn) => {
      await txn.step('only', () => 1);
    });
    expect(readAuditFiles(audit.files()).at(-1)).toMatchObject({ status: 'committed', data: { steps: 1 } });
  });
});

describe('Transaction', () => {
  it('refuses steps after commit or rollback, and a second commit', async () => {
    const txn = new Transaction('t');
    await txn.step('a', () => 1);
    txn.commit();
    await expect(txn.step('b', () => 2)).rejects.toThrow(/committed/);
    expect(() => txn.commit()).toThrow(/already committed/);
    const other = new Transaction('u');
    await other.rollback();
    await expect(other.step('b', () => 2)).rejects.toThrow(/rolled-back/);
  });

  it('can be rolled back by hand after a step error the caller caught', async () => {
    const txn = new Transaction('t');
    const undone: string[] = [];
    await txn.step(
      'a',
      () => 1,
      () => void undone.push('a'),
    );
    await expect(
      txn.step('b', () => {
        throw new Error('x');
      }),
    ).rejects.toThrow('x');
    expect(txn.status).toBe('open');
    expect(await txn.rollback()).toBe('rolled-back');
    expect(undone).toEqual(['a']);
  });
});
