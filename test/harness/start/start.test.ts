import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../run-action.js';
import { cleanup, tempDir } from '../workspace.js';
import { DEMO_PLAN } from './plan.js';

const run = promisify(execFile);

afterAll(cleanup);

describe('npm start', () => {
  it('runs every bundled action of the plan against the emulator, reports each one and exits 0', async () => {
    const out = await tempDir('moko-start-test-');
    const bundled = (action: string) => existsSync(join(REPO_ROOT, 'actions', action, 'dist', 'index.js'));
    const before = DEMO_PLAN.map((step) => bundled(step.action));
    // Only what the demo needs: no token, and nothing else of this process's environment.
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? out };
    const { stdout } = await run('npx', ['tsx', 'scripts/start.ts', '--out', out], {
      cwd: REPO_ROOT,
      env,
      maxBuffer: 32 * 1024 * 1024,
    });
    expect(stdout).toMatch(
      /^MokoStandards Actions on the emulator at http:\/\/127\.0\.0\.1:\d+: organization moko-demo, 25 repositories/,
    );
    expect(stdout).toMatch(/^Workspace: moko-demo\/[\w.-]+@main \(\d+ files checked out\)/m);
    for (const [index, step] of DEMO_PLAN.entries()) {
      const position = `${index + 1}/${DEMO_PLAN.length} ${step.title} (${step.id})`;
      const header = new RegExp(`^=== ${escapeRegExp(position)} === \\(\\d+\\.\\d s\\)\\nexit code `, 'm');
      const skipped = `--- ${position}: skipped, not bundled yet`;
      // A bundle present before and after the run was attempted; one rebuilt meanwhile may go either way.
      if (before[index] && bundled(step.action)) {
        expect(stdout).toMatch(header);
        expect(existsSync(join(out, step.id, 'outputs.json'))).toBe(true);
      } else if (!before[index] && !bundled(step.action)) {
        expect(stdout).toContain(skipped);
      } else {
        expect(header.test(stdout) || stdout.includes(skipped)).toBe(true);
      }
    }
    expect(stdout).toContain('=== Done ===\n');
  }, 90_000);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
