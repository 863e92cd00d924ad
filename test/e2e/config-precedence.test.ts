import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, makeWorkspace, REPO_ROOT, runAction } from '../harness/index.js';

// One repository file, .github/moko-standards.yml, holds settings for every action (a section per
// action, profiles merged over it by MOKO_PROFILE); the framework resolves each input as
// step input > MOKO_<ACTION>_<INPUT> > file (profile) > default. Seen here through security-scan's bundle.

afterAll(cleanup);

const UTIL = readFileSync(join(REPO_ROOT, 'test/fixtures/security-scan/tree/src/util.js'), 'utf8');
const FILE = [
  'security-scan:',
  '  fail-on: none',
  '  categories: [workflow]',
  'profiles:',
  '  strict:',
  '    security-scan:',
  '      fail-on: low',
  '',
].join('\n');

const scan = async (opts: { file?: string; env?: Record<string, string>; inputs?: Record<string, string> } = {}) =>
  runAction({
    action: 'security-scan',
    workspace: await makeWorkspace({ 'src/util.js': UTIL, '.github/moko-standards.yml': opts.file ?? FILE }),
    inputs: { 'upload-artifacts': false, ...opts.inputs },
    env: opts.env ?? {},
  });

describe('.github/moko-standards.yml through a real action', () => {
  it('the file sets inputs the step leaves out', async () => {
    const r = await scan();
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.findings).toBe('0'); // only workflow rules: the eval in src/util.js is not looked for
  });

  it('an environment variable beats the file, a step input beats both', async () => {
    const env = { MOKO_SECURITY_SCAN_CATEGORIES: 'dangerous-function' };
    const fromEnv = await scan({ env });
    expect(fromEnv.exitCode, fromEnv.stdout).toBe(0); // fail-on: none still from the file
    expect(Number(fromEnv.outputs.findings)).toBeGreaterThan(0);
    const fromInput = await scan({ env, inputs: { categories: 'workflow' } });
    expect(fromInput.outputs.findings).toBe('0');
  });

  it('the profile named by MOKO_PROFILE is merged over the file', async () => {
    const r = await scan({ env: { MOKO_PROFILE: 'strict', MOKO_SECURITY_SCAN_CATEGORIES: 'dangerous-function' } });
    expect(r.exitCode).toBe(1); // fail-on: low from the profile
    expect(r.annotations.map((a) => a.message).join('\n')).toMatch(/at or above fail-on: low|fail-on/);
  });

  it('a bad value names the file, line, column and key', async () => {
    const r = await scan({ file: 'security-scan:\n  fail-on: severe\n' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain(
      '::error::security-scan: .github/moko-standards.yml:2:12: security-scan.fail-on: Input \'fail-on\' has invalid value "severe"',
    );
  });

  it('a key that is not an input of the action is refused, listing the ones it can set', async () => {
    const r = await scan({ file: 'security-scan:\n  fail_on: none\n' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout, r.stdout).toMatch(
      /::error::security-scan: \.github\/moko-standards\.yml:2:\d+: .*.fail_on. is not an input/,
    );
  });
});
