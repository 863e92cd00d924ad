/**
 * The test step of the integration-tests reusable workflow, run with bash as the runner runs it (with a
 * stand-in `npx` that prints its arguments): the `tests` input reaches vitest as separate paths, and
 * anything that is not a plain path list is refused before a command runs.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reusable } from './workflow-files.js';

const workflow = reusable.find((w) => w.name === 'integration-tests')!;
const step = workflow.doc.jobs.e2e.steps.find((s: { name?: string }) => s.name === 'End-to-end tests');
const bin = mkdtempSync(join(tmpdir(), 'moko-fake-npx-'));
writeFileSync(join(bin, 'npx'), '#!/bin/sh\nfor a in "$@"; do echo "arg:$a"; done\n');
chmodSync(join(bin, 'npx'), 0o755);
afterAll(() => rmSync(bin, { recursive: true, force: true }));

function run(tests: string) {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
    env: { PATH: `${bin}:/usr/bin:/bin`, TESTS: tests },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('integration-tests workflow, test step', () => {
  it('passes each path to vitest as its own argument', () => {
    const r = run('test/e2e test/integration');
    expect(r.code, r.out).toBe(0);
    expect(r.out.trim().split('\n')).toEqual(['arg:vitest', 'arg:run', 'arg:test/e2e', 'arg:test/integration']);
  });

  it.each(['--reporter=json x', 'test/e2e; id', '$(id)', 'a  b', ''])('refuses %j before running anything', (tests) => {
    const r = run(tests);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^::error::input tests: '.*' is not allowed; expected space-separated paths\n$/);
  });
});
