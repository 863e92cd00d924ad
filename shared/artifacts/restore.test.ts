import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../test/support/fakes/recording-logger.js';
import { artifactAttempt, restoreFromPreviousAttempt } from './restore.js';

const env = { ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' };

function fakeClient(names: string[], downloaded: number[]) {
  return async () => ({
    listArtifacts: async () => ({ artifacts: names.map((name, id) => ({ id, name })) }),
    downloadArtifact: async (id: number, o: { path: string }) => {
      downloaded.push(id);
      writeFileSync(join(o.path, 'bulk-update-7.jsonl'), `{"key":"from-${names[id]}"}\n`);
      return { downloadPath: o.path };
    },
  });
}

describe('restoreFromPreviousAttempt', () => {
  it('merges the earlier attempts of the same prefix, oldest first, and ignores later and other prefixes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moko-restore-'));
    const file = join(dir, 'bulk-update-7.jsonl');
    const downloaded: number[] = [];
    const names = [
      'checkpoint-bulk-update-7-1',
      'checkpoint-bulk-update-7-3',
      'checkpoint-bulk-update-7-2',
      'checkpoint-other-7-2',
      'checkpoint-bulk-update-77-1',
    ];
    const ok = await restoreFromPreviousAttempt('checkpoint-bulk-update-7', 3, file, {
      logger: recordingLogger(),
      env,
      client: fakeClient(names, downloaded),
    });
    expect(ok).toBe(true);
    expect(downloaded).toEqual([0, 2]);
    expect(readFileSync(file, 'utf8')).toBe(
      '{"key":"from-checkpoint-bulk-update-7-1"}\n{"key":"from-checkpoint-bulk-update-7-2"}\n',
    );
  });

  it('restores artifacts renamed on upload (-<job>, -<job>-N) and merges every leg of the attempt', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moko-restore-'));
    const file = join(dir, 'checkpoints', 'bulk-update-7.jsonl');
    const downloaded: number[] = [];
    const names = [
      'checkpoint-bulk-update-7-1-shard-3',
      'checkpoint-bulk-update-7-1-shard',
      'checkpoint-bulk-update-7-1',
      'checkpoint-bulk-update-7-2-shard.x_y',
      'checkpoint-bulk-update-7-2-',
    ];
    const logger = recordingLogger();
    const ok = await restoreFromPreviousAttempt('checkpoint-bulk-update-7', 3, file, {
      logger,
      env,
      client: fakeClient(names, downloaded),
    });
    expect(ok).toBe(true);
    // Attempt 1 in upload order (contract name, -<job>, -<job>-3), then attempt 2; a bare `-` is no name of ours.
    expect(downloaded).toEqual([2, 1, 0, 3]);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toEqual([
      '{"key":"from-checkpoint-bulk-update-7-1"}',
      '{"key":"from-checkpoint-bulk-update-7-1-shard"}',
      '{"key":"from-checkpoint-bulk-update-7-1-shard-3"}',
      '{"key":"from-checkpoint-bulk-update-7-2-shard.x_y"}',
    ]);
    expect(readdirSync(join(dir, 'checkpoints'))).toEqual(['bulk-update-7.jsonl']);
  });

  it('parses the attempt right after the prefix, whatever follows', () => {
    expect(artifactAttempt('c-a-7', 'c-a-7-2')).toEqual({ attempt: 2, rank: 0 });
    expect(artifactAttempt('c-a-7', 'c-a-7-2-build')).toEqual({ attempt: 2, rank: 1 });
    expect(artifactAttempt('c-a-7', 'c-a-7-2-build-4')).toEqual({ attempt: 2, rank: 4 });
    expect(artifactAttempt('c-a-7', 'c-a-7-12-job-2-9')).toEqual({ attempt: 12, rank: 9 });
    expect(artifactAttempt('c-a-7', 'c-a-77-1')).toBeUndefined();
    expect(artifactAttempt('c-a-7', 'c-a-7-x')).toBeUndefined();
    expect(artifactAttempt('c-a-7', 'c-a-7-0')).toBeUndefined();
  });

  it('does nothing on a first attempt, outside the runner, or when the file is already there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moko-restore-'));
    const file = join(dir, 'bulk-update-7.jsonl');
    const downloaded: number[] = [];
    const client = fakeClient(['checkpoint-bulk-update-7-1'], downloaded);
    const logger = recordingLogger();
    expect(await restoreFromPreviousAttempt('checkpoint-bulk-update-7', 1, file, { logger, env, client })).toBe(false);
    expect(await restoreFromPreviousAttempt('checkpoint-bulk-update-7', 2, file, { logger, env: {}, client })).toBe(
      false,
    );
    writeFileSync(file, '');
    expect(await restoreFromPreviousAttempt('checkpoint-bulk-update-7', 2, file, { logger, env, client })).toBe(false);
    expect(downloaded).toEqual([]);
  });

  it('turns a failing service into a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moko-restore-'));
    const logger = recordingLogger();
    const client = async () => ({
      listArtifacts: async () => {
        throw new Error('503 Service Unavailable');
      },
      downloadArtifact: async () => ({}),
    });
    expect(await restoreFromPreviousAttempt('p', 2, join(dir, 'f'), { logger, env, client })).toBe(false);
    expect(logger.lines).toEqual([
      'warning: Could not restore checkpoints of an earlier attempt: 503 Service Unavailable',
    ]);
  });
});
