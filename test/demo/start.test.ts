import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cp } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../emulator/index.js';
import { REPO_ROOT } from '../harness/run-action.js';
import { cleanup, tempDir } from '../harness/workspace.js';
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
    const { stdout } = await run('npx', ['tsx', 'test/demo/start.ts', '--out', out], {
      cwd: REPO_ROOT,
      env,
      maxBuffer: 32 * 1024 * 1024,
    });
    expect(stdout).toMatch(
      /^MokoStandards Actions on the emulator at http:\/\/127\.0\.0\.1:\d+: organization moko-demo, 25 repositories/,
    );
    expect(stdout).toMatch(/^Workspace: moko-demo\/[\w.-]+@main \(\d+ files checked out, temporary: /m);
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

describe('npm start -- --api-url', () => {
  const fixture = (name: string) => join(fileURLToPath(new URL('../harness', import.meta.url)), 'fixtures', name);

  it('runs against an API that is already running, with the given token, and --strict fails on a failed action', async () => {
    const emulator = await startEmulator({ repos: 6, seed: 3 });
    try {
      // Stand-ins for two actions: health-check calls GET /repos/{GITHUB_REPOSITORY}, release exits 3.
      const actions = await tempDir('moko-start-actions-');
      await cp(fixture('api-call'), join(actions, 'health-check'), { recursive: true });
      await cp(fixture('report'), join(actions, 'release'), { recursive: true });
      const out = await tempDir('moko-start-test-');
      const args = ['tsx', 'test/demo/start.ts', '--api-url', `${emulator.url}/`, '--token', 'ghs_emulator'];
      const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? out };
      const options = { cwd: REPO_ROOT, env, maxBuffer: 32 * 1024 * 1024 };
      const { stdout } = await run('npx', [...args, '--actions-dir', actions, '--out', out], options);
      expect(stdout).toContain(`MokoStandards Actions against ${emulator.url}, organization moko-demo\n`);
      const home = /^Workspace: moko-demo\/([\w.-]+)@main/m.exec(stdout)?.[1];
      expect(stdout).toMatch(/=== 1\/7 Health check \(health-check\) === \(\d+\.\d s\)\nexit code 0 · success\n/);
      expect(stdout).toContain('outputs:\n  status = 200\n');
      expect(stdout).toContain('--- 2/7 Security scan (security-scan): skipped, not bundled yet');
      expect(stdout).toContain('exit code 3 · failure');
      expect(emulator.requests.filter((r) => r.path === `/repos/moko-demo/${home}`).length).toBeGreaterThan(0);
      expect(emulator.violations).toEqual([]);

      const strict = await run('npx', [...args, '--actions-dir', actions, '--out', out, '--strict'], options).then(
        () => 0,
        (error: { code?: number }) => error.code,
      );
      expect(strict).toBe(1);
    } finally {
      await emulator.close();
    }
  }, 60_000);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
