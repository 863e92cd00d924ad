import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../test/support/fakes/recording-logger.js';
import { restoreFromPreviousAttempt } from './restore.js';

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
  it('downloads the latest earlier attempt of the same prefix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'moko-restore-'));
    const file = join(dir, 'bulk-update-7.jsonl');
    const downloaded: number[] = [];
    const names = [
      'checkpoint-bulk-update-7-1',
      'checkpoint-bulk-update-7-3',
      'checkpoint-bulk-update-7-2',
      'checkpoint-other-7-2',
    ];
    const ok = await restoreFromPreviousAttempt('checkpoint-bulk-update-7', 3, file, {
      logger: recordingLogger(),
      env,
      client: fakeClient(names, downloaded),
    });
    expect(ok).toBe(true);
    expect(downloaded).toEqual([2]);
    expect(readFileSync(file, 'utf8')).toContain('checkpoint-bulk-update-7-2');
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
