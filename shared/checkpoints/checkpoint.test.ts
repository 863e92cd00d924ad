import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordingLogger } from '../../test/support/fakes/recording-logger.js';
import { manualClock } from '../core/clock.js';
import { checkpointPath, openCheckpointStore } from './checkpoint.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'moko-ckpt-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const child = fileURLToPath(new URL('./test-fixtures/mark-until-killed.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the child writer until `until(ackedKeys)` holds, then SIGKILLs it; resolves with the keys it acknowledged. */
function runAndKill(file: string, args: string[], until: (acked: string[], out: string) => boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, file, ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const acked: string[] = [];
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      acked.splice(0, acked.length, ...[...out.matchAll(/^acked (\S+)$/gm)].map((m) => m[1] ?? ''));
      if (until(acked, out)) proc.kill('SIGKILL');
    });
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve([...acked]);
      else reject(new Error(`child exited with ${code}: ${err}`));
    });
  });
}

describe('openCheckpointStore', () => {
  it('starts empty, marks keys with values and reads them back after reopening', async () => {
    const file = join(dir, 'nested', 'c.jsonl');
    const store = await openCheckpointStore(file, { clock: manualClock(0) });
    expect(store.keys()).toEqual([]);
    expect(store.done('a')).toBe(false);
    await store.mark('a', { sha: 'abc' });
    await store.mark('b');
    await store.mark('a', { sha: 'def' });
    expect(store.done('a')).toBe(true);
    expect(store.get<{ sha: string }>('a')).toEqual({ sha: 'def' });
    expect(store.get('b')).toBeUndefined();
    const again = await openCheckpointStore(file);
    expect(again.keys()).toEqual(['a', 'b']);
    expect(again.get('a')).toEqual({ sha: 'def' });
    expect(again.done('b')).toBe(true);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe(
      '{"key":"a","value":{"sha":"abc"},"at":"1970-01-01T00:00:00.000Z"}',
    );
  });

  it('keeps call order when marks are not awaited one by one', async () => {
    const file = join(dir, 'c.jsonl');
    const store = await openCheckpointStore(file);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.mark(`k${i}`, i)));
    expect((await openCheckpointStore(file)).keys()).toEqual(Array.from({ length: 20 }, (_, i) => `k${i}`));
  });

  it('rejects an empty key', async () => {
    const store = await openCheckpointStore(join(dir, 'c.jsonl'));
    await expect(store.mark('')).rejects.toThrow(TypeError);
  });

  it('ignores a torn last line, then appends cleanly after it', async () => {
    const file = join(dir, 'c.jsonl');
    writeFileSync(file, '{"key":"a"}\n{"key":"b"}\n{"key":"c","val');
    const logger = recordingLogger();
    const store = await openCheckpointStore(file, { logger });
    expect(store.keys()).toEqual(['a', 'b']);
    expect(logger.lines.some((l) => l.startsWith('error'))).toBe(false);
    await store.mark('c');
    expect((await openCheckpointStore(file)).keys()).toEqual(['a', 'b', 'c']);
  });

  it('skips a damaged line in the middle with a warning instead of failing', async () => {
    const file = join(dir, 'c.jsonl');
    writeFileSync(file, '{"key":"a"}\ngarbage\n{"key":"b"}\n');
    const logger = recordingLogger();
    expect((await openCheckpointStore(file, { logger })).keys()).toEqual(['a', 'b']);
    expect(logger.lines).toEqual([`warning: checkpoints: skipping unreadable line 2 of ${file}.`]);
  });

  it('names the file per action and run, shared by every attempt', () => {
    expect(checkpointPath('/s', 'bulk-update', '123')).toBe(join('/s', 'checkpoints', 'bulk-update-123.jsonl'));
  });
});

describe('checkpoints survive SIGKILL', () => {
  it('a writer killed after five acknowledged marks leaves exactly those five keys', async () => {
    const file = checkpointPath(dir, 'bulk-update', '7');
    const acked = await runAndKill(file, ['pause', '5'], (_, out) => out.includes('ready'));
    expect(acked).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
    const store = await openCheckpointStore(file);
    expect(store.keys()).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
    expect(store.get<{ i: number }>('k3')?.i).toBe(3);
  });

  it('a writer killed mid-stream loses no acknowledged mark and leaves a clean prefix; a second attempt resumes', async () => {
    const file = checkpointPath(dir, 'bulk-update', '8');
    const acked = await runAndKill(file, ['loop'], (a) => a.length >= 30);
    const store = await openCheckpointStore(file);
    const keys = store.keys();
    expect(keys.slice(0, acked.length)).toEqual(acked);
    expect(keys).toEqual(Array.from({ length: keys.length }, (_, i) => `k${i}`));
    // Attempt 2 of the same run: skip what is done, do the rest.
    const todo = Array.from({ length: keys.length + 3 }, (_, i) => `k${i}`).filter((k) => !store.done(k));
    expect(todo).toHaveLength(3);
    for (const k of todo) await store.mark(k);
    expect((await openCheckpointStore(file)).keys()).toHaveLength(keys.length + 3);
  });
});
