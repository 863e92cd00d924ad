import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions } from '../../actions/registry.js';
import type { AnyActionDefinition } from '../../shared/action/define-action.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, leakedSecrets, makeWorkspace, runAction } from '../harness/index.js';
import { type BadInputCase, casesForAction, ESCAPE_LINK, SHELL_MARKER, show } from './cases.js';
import { caseId, KNOWN_GAPS } from './known-gaps.js';
import { STACK_FRAME, writesIn } from './run-case.js';

// A representative subset of the bad-input table, run as the runner runs it: the bundle through the
// harness, inputs as INPUT_* variables, workflow commands parsed from the output. One case per
// category, spread over the six actions; the in-process table (bad-input.test.ts) covers the rest.

const PICKS: [action: string, input: string, category: string][] = [
  ['security-scan', 'fail-on', 'unknown enum value'],
  ['health-check', 'rate-limit-threshold', 'out of range'],
  ['release', 'draft', 'wrong type'],
  ['security-scan', 'path', 'path traversal'],
  ['security-scan', 'path', 'symlink out of the workspace'],
  ['security-scan', 'config', 'malformed YAML'],
  ['metrics-collect', 'organization', 'invalid organization name'],
  ['metrics-collect', 'pushgateway-url', 'invalid URL'],
  ['audit-archive', 'since', 'shell metacharacters'],
  ['bulk-update', 'shard', 'oversized value'],
  ['audit-archive', 'fail_on', 'unknown input'],
];

const definitions: Record<string, AnyActionDefinition> = {};
for (const [name, load] of Object.entries(actions)) definitions[name] = (await load()).action;
const picked = PICKS.map(([action, input, category]) => {
  const c = casesForAction(definitions[action]!).find(
    (x) => x.input === input && x.category === category && !KNOWN_GAPS.has(caseId(x)),
  );
  if (!c) throw new Error(`no bad-input case ${action} ${input} ${category}`);
  // The runner's environment takes at most 128 kB per value on Linux; stay under it.
  return c.category === 'oversized value' ? { ...c, value: c.value.slice(0, 100_000) } : c;
});

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ repos: 3, seed: 15, secondaryLimit: false });
});
afterAll(async () => {
  await emulator.close();
  await cleanup();
});

describe('bad input through the bundle', () => {
  it.each(picked.map((c) => [`${c.action} ${c.input} ${c.category} ${show(c.value)}`, c] as const))(
    '%s',
    async (_, c: BadInputCase) => {
      const workspace = await makeWorkspace({ 'README.md': '# ws\n', ...(c.files ?? {}) }, { git: true });
      if (!existsSync(join(workspace, ESCAPE_LINK))) symlinkSync('/etc', join(workspace, ESCAPE_LINK));
      writeFileSync(join(workspace, '.keep'), '');
      const run = await runAction({
        action: c.action,
        emulator,
        workspace,
        ...(c.undeclared
          ? { env: { [`INPUT_${c.input.toUpperCase()}`]: c.value } }
          : { inputs: { [c.input]: c.value } }),
      });
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.exitCode, output.slice(0, 2000)).toBe(1);
      const errors = run.commands.filter((cmd) => cmd.command === 'error');
      expect(errors, 'exactly one ::error::').toHaveLength(1);
      expect(run.annotations.filter((a) => a.level === 'error')[0]?.message).toMatch(
        new RegExp(`\\b${c.input.replace(/-/g, '\\-')}\\b`),
      );
      expect(output, 'no stack trace').not.toMatch(STACK_FRAME);
      expect(writesIn(run.requests), 'no write to GitHub').toEqual([]);
      expect(existsSync(join(workspace, SHELL_MARKER)), 'no shell').toBe(false);
      expect(leakedSecrets(run)).toEqual([]);
    },
    30_000,
  );
});
