import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const node24 = join(root, 'node_modules', '.bin', 'node');
const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const names = readdirSync(join(root, 'actions')).filter((n) => existsSync(join(root, 'actions', n, 'action.yml')));

/** Runs a bundle with a clean environment; resolves with exit code and output even on failure. */
async function bundle(name: string, args: string[], env: Record<string, string>) {
  try {
    const r = await run(node24, [join(root, 'actions', name, 'dist', 'index.js'), ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.each(names)('bundle of %s', (name) => {
  it('fails fast on a bad input with one ::error:: line and no stack trace', async () => {
    const dir = tempDir('moko-bundle-');
    const r = await bundle(name, [], {
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
      'INPUT_DRY-RUN': 'maybe',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `::error::${name}: Input 'dry-run' has invalid value "maybe": expected one of true, false.`,
    );
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at /);
  });

  it('runs as a CLI outside the runner, with --help generated from its inputs', async () => {
    const r = await bundle(name, ['--help'], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`moko ${name} [options]`);
    expect(r.stdout).toContain('--dry-run (default: false)');
  });
});

describe('the moko CLI', () => {
  it('prints one JSON document with --json, even when the action masks secrets it finds', async () => {
    const dir = tempDir('moko-cli-');
    // A Stripe-format live key built at run time, so this repository holds no literal credential.
    const key = `${'sk_'}live_${'4eC39HqLyjWDarjtT1zdp7dcQ'.split('').reverse().join('')}x9`;
    writeFileSync(join(dir, 'pay.py'), `STRIPE_KEY = "${key}"\n`);
    const r = await bundle('security-scan', ['--path', '.', '--json', '--upload-artifacts=false'], {
      GITHUB_WORKSPACE: dir,
    });
    const report = JSON.parse(r.stdout) as { action: string; outputs: Record<string, string>; failure?: string };
    expect(report.action).toBe('security-scan');
    expect(report.outputs.critical).toBe('1');
    expect(report.failure).toBe(
      'security-scan: 1 finding(s) at or above fail-on: high (see the job summary and security-scan.sarif).',
    );
    expect(r.code).toBe(1);
    expect(`${r.stdout}${r.stderr}`).not.toContain(key);
  });
});
