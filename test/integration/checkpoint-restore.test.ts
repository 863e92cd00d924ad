import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreFromPreviousAttempt } from '../../shared/artifacts/restore.js';
import { uploadArtifact } from '../../shared/artifacts/upload.js';
import { recordingLogger } from '../support/fakes/recording-logger.js';
import { type Emulator, startEmulator } from '../emulator/index.js';

// Known defect (issue 15): a checkpoint artifact renamed on upload (`-<job>`, because a matrix leg
// or a second step had taken the contract name) was never restored. Real @actions/artifact client,
// the emulator's results service.

let emulator: Emulator;
const saved = { ...process.env };
beforeAll(async () => {
  emulator = await startEmulator({ repos: 2, secondaryLimit: false });
});
afterAll(async () => {
  process.env = { ...saved };
  await emulator.close();
});

function runnerEnv(runId: number, job: string): NodeJS.ProcessEnv {
  const repo = [...emulator.state.repos.values()][0]!;
  return {
    ACTIONS_RESULTS_URL: emulator.resultsUrl,
    ACTIONS_RUNTIME_TOKEN: emulator.runtimeToken(repo.owner, repo.name, runId),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_JOB: job,
  };
}

describe('checkpoints of a renamed artifact', () => {
  it('two legs of attempt 1 upload (the second renamed -<job>); attempt 2 restores both', async () => {
    const runId = 8123;
    Object.assign(process.env, runnerEnv(runId, 'shard'));
    const logger = recordingLogger();
    const prefix = `checkpoint-bulk-update-${runId}`;
    const names: string[] = [];
    for (const [leg, keys] of [
      ['a', ['done:moko-demo/one']],
      ['b', ['done:moko-demo/two', 'done:moko-demo/three']],
    ] as const) {
      const dir = mkdtempSync(join(tmpdir(), `moko-leg-${leg}-`));
      const file = join(dir, `bulk-update-${runId}.jsonl`);
      writeFileSync(file, keys.map((key) => `${JSON.stringify({ key })}\n`).join(''));
      const up = await uploadArtifact(`${prefix}-1`, [file], dir, { logger, env: process.env });
      expect(up.uploaded, up.reason).toBe(true);
      names.push(up.name!);
    }
    expect(names).toEqual([`${prefix}-1`, `${prefix}-1-shard`]);

    const fresh = mkdtempSync(join(tmpdir(), 'moko-attempt-2-'));
    const target = join(fresh, 'checkpoints', `bulk-update-${runId}.jsonl`);
    mkdirSync(join(fresh, 'checkpoints'));
    const restored = await restoreFromPreviousAttempt(prefix, 2, target, { logger, env: process.env });
    expect(restored, logger.lines.join('\n')).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(
      '{"key":"done:moko-demo/one"}\n{"key":"done:moko-demo/two"}\n{"key":"done:moko-demo/three"}\n',
    );
    expect(emulator.violations).toEqual([]);
  });
});
