import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actions } from '../../actions/registry.js';
import type { AnyActionDefinition } from '../../shared/action/define-action.js';
import { commonInputs } from '../../shared/action/define-action.js';
import type { InputDef } from '../../shared/action/inputs.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup } from '../harness/index.js';
import { type BadInputCase, casesForAction, show } from './cases.js';
import { KNOWN_GAPS, caseId } from './known-gaps.js';
import { prepareWorkspace, runCaseInProcess, STACK_FRAME } from './run-case.js';

// Every input of every action, from the definitions: wrong types, out-of-range numbers, unknown enum
// values, path traversal, malformed configuration, oversized values, shell metacharacters, invalid
// organization names, unknown inputs. Each: exit code 1, exactly one error naming the input and what
// is allowed, no stack trace, no write to GitHub, no shell. Cases an action does not refuse yet are
// listed in known-gaps.ts and run only with MOKO_BAD_INPUT_ALL=1 (they fail, as they should).

const definitions: Record<string, AnyActionDefinition> = {};
for (const [name, load] of Object.entries(actions)) definitions[name] = (await load()).action;
const runAll = process.env.MOKO_BAD_INPUT_ALL === '1';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ repos: 4, seed: 15, secondaryLimit: false });
});
afterAll(async () => {
  await emulator.close();
  await cleanup();
});

/** Words of an error that says what would have been accepted. */
const SAYS_ALLOWED = /expected|must|allowed|inside|outside|only|valid|not found|does not exist|no such/i;

function allowedOf(c: BadInputCase): string | undefined {
  const defs = { ...commonInputs, ...definitions[c.action]!.inputs } as Record<string, InputDef<unknown>>;
  const allowed = defs[c.input]?.allowed;
  return allowed && allowed !== 'any text' ? allowed : undefined;
}

for (const [action, definition] of Object.entries(definitions)) {
  const cases = casesForAction(definition).filter((c) => runAll || !KNOWN_GAPS.has(caseId(c)));
  describe(`${action}: bad input`, () => {
    it.each(cases.map((c) => [`${c.input} ${c.category} ${show(c.value)}`, c] as const))(
      '%s',
      async (_, c) => {
        const workspace = await prepareWorkspace(emulator, c.files);
        const out = await runCaseInProcess(definition, c, emulator, workspace);
        const log = out.lines.join('\n').slice(0, 3000);
        expect(out.shellRan, 'no shell').toBe(false);
        expect(log, `no stack trace: ${log.slice(0, 600)}`).not.toMatch(STACK_FRAME);
        if (c.mayPass && out.exitCode === 0) return;
        expect(out.exitCode, log).toBe(1);
        expect(out.errors, `exactly one error: ${out.errors.join(' | ').slice(0, 600)}`).toHaveLength(1);
        const [error = ''] = out.errors;
        expect(error, `names the input: ${error.slice(0, 600)}`).toMatch(
          new RegExp(`\\b${c.input.replace(/[-]/g, '\\-')}\\b`),
        );
        const allowed = allowedOf(c);
        if (!allowed || !error.includes(allowed))
          expect(error, `says what is allowed: ${error.slice(0, 600)}`).toMatch(SAYS_ALLOWED);
        for (const m of c.mentions ?? []) expect(error).toMatch(m);
        expect(out.writes, 'no write to GitHub').toEqual([]);
      },
      20_000,
    );
  });
}

describe('known gaps', () => {
  it('name only cases that exist (a renamed input or category must be updated here)', () => {
    const all = new Set(Object.values(definitions).flatMap((d) => casesForAction(d).map(caseId)));
    expect([...KNOWN_GAPS.keys()].filter((id) => !all.has(id))).toEqual([]);
  });
});
