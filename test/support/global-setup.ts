/**
 * Vitest global setup of the test command (`npm test`): on a fresh machine it installs the tools the
 * tests run (Debian's promtool and Pushgateway, git), and it gives the run a private temporary
 * directory (TMPDIR, inherited by every test worker and child process) that is removed at the end,
 * so no test leaves a temporary directory behind on the machine.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { provisionTools } from './provision-tools.js';

/** Runs once before the test files; returns the teardown. */
export default function setup(): () => void {
  provisionTools();
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'moko-tests-'));
  process.env.TMPDIR = dir;
  return () => {
    const left = readdirSync(dir);
    // Visible, so a test that forgets its cleanup can be found; removed either way.
    if (left.length > 0)
      console.log(`test run: removing ${left.length} temporary entries tests left: ${left.slice(0, 5).join(', ')}`);
    rmSync(dir, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
  };
}
