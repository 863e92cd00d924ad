import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, runAction } from '../harness/index.js';
import { branchCommits, bulkWorkspace, filesConfig, ORG, ourPulls, targetNames } from './bulk-update-helpers.js';

let em: Emulator;
beforeAll(async () => {
  // Latency stretches the run (about 2 s) so the kills land between a repository's branch, commit and
  // pull request: at 800 ms the first branches exist, at 1100 ms some have commits but no pull request.
  em = await startEmulator({ repos: 10, seed: 9, latencyMs: 15, secondaryLimit: false });
});
afterAll(async () => {
  await em.close();
  await cleanup();
});

describe('bulk-update killed part-way, then re-run', () => {
  it.each([800, 1100, 1500])(
    'SIGKILL after %i ms, re-run: every repository updated exactly once',
    async (killAfterMs) => {
      em.reset();
      const names = targetNames(em, 8);
      const workspace = await bulkWorkspace(
        filesConfig(names, { pacing: { perMinute: 1200, perHour: 100000, concurrency: 2 } }),
      );
      const common = {
        action: 'bulk-update',
        emulator: em,
        workspace,
        repository: `${ORG}/standards`,
        runId: 4000 + killAfterMs,
      };
      const killed = await runAction({ ...common, runAttempt: 1, killAfterMs });
      expect(killed.killed).toBe(true);
      const rerun = await runAction({ ...common, runAttempt: 2, tempDir: killed.tempDir });
      expect(rerun.conclusion, rerun.stderr + rerun.stdout).toBe('success');
      expect(Number(rerun.outputs.updated) + Number(rerun.outputs.unchanged)).toBe(8);
      expect(rerun.outputs.failed).toBe('0');
      for (const n of names) {
        expect(ourPulls(em, n), n).toHaveLength(1);
        expect(branchCommits(em, n), n).toHaveLength(1);
      }
    },
  );
});
