/**
 * The gate step of the security-scan reusable workflow, run with bash as the runner runs it: it fails on
 * a finding at or above `fail-on`, passes below it, and refuses an unknown threshold naming the input.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { expr, reusable } from './workflow-files.js';

const scan = reusable.find((w) => w.name === 'security-scan')!;
const gate = scan.doc.jobs.scan.steps.find((s: { name?: string }) => s.name?.startsWith('Gate'));

function runGate(failOn: string, counts: { critical?: number; high?: number; medium?: number; low?: number }) {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    FAIL_ON: failOn,
    CRITICAL: String(counts.critical ?? 0),
    HIGH: String(counts.high ?? 0),
    MEDIUM: String(counts.medium ?? 0),
    LOW: String(counts.low ?? 0),
  };
  // GitHub runs `run:` steps with `bash --noprofile --norc -eo pipefail {0}`.
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', gate.run], { env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('security-scan workflow gate', () => {
  it('reads the threshold and the counts from the scan step', () => {
    expect(gate.env).toMatchObject({ FAIL_ON: expr('inputs.fail-on'), HIGH: expr('steps.scan.outputs.high') });
  });

  it.each([
    ['high', { high: 1 }, 1],
    ['high', { critical: 2 }, 1],
    ['high', { medium: 5, low: 9 }, 0],
    ['medium', { medium: 1 }, 1],
    ['low', { low: 1 }, 1],
    ['critical', { high: 3 }, 0],
    ['none', { critical: 9 }, 0],
  ] as const)('fail-on %s with %o exits %i', (failOn, counts, code) => {
    const r = runGate(failOn, counts);
    expect(r.code, r.out).toBe(code);
    if (code === 1) expect(r.out).toMatch(/^::error::\d+ finding\(s\) of severity \w+ or higher/);
  });

  it('fails when the scan step left no counts (it did not finish)', () => {
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', gate.run], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', FAIL_ON: 'high', CRITICAL: 'a[$(id)]', HIGH: '' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('::error::the scan reported no finding counts');
    expect(r.stdout).not.toContain('uid=');
  });

  it('refuses an unknown threshold with one error naming the input', () => {
    const r = runGate('severe', {});
    expect(r.code).toBe(1);
    expect(r.out).toContain("::error::input fail-on: 'severe' is not allowed");
  });
});
