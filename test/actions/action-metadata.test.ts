import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type AnyActionDefinition, commonInputs } from '../../shared/action/define-action.js';
import type { InputDef } from '../../shared/action/inputs.js';

const root = join(import.meta.dirname, '..', '..');
const names = readdirSync(join(root, 'actions')).filter((n) => existsSync(join(root, 'actions', n, 'action.yml')));

interface ActionYml {
  name: string;
  description: string;
  author: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

describe.each(names)('actions/%s', (name) => {
  const yml = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as ActionYml;

  it('runs on node24 from the committed bundle', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(existsSync(join(root, 'actions', name, 'dist', 'index.js'))).toBe(true);
  });

  it('has a name, description, author, branding and a README', () => {
    expect(yml.name).toMatch(/\S/);
    expect(yml.description).toMatch(/\S/);
    expect(yml.author).toMatch(/\S/);
    expect(yml.branding.icon).toMatch(/\S/);
    expect(yml.branding.color).toMatch(/\S/);
    expect(existsSync(join(root, 'actions', name, 'README.md'))).toBe(true);
  });

  it('declares exactly the inputs and outputs of its definition, with the same defaults and descriptions', async () => {
    const mod = (await import(`../../actions/${name}/src/action.ts`)) as { action: AnyActionDefinition };
    expect(mod.action.name).toBe(name);
    const defs: Record<string, InputDef<unknown>> = { ...commonInputs, ...mod.action.inputs };
    expect(Object.keys(yml.inputs ?? {}).sort()).toEqual(Object.keys(defs).sort());
    for (const [input, d] of Object.entries(defs)) {
      const y = yml.inputs[input]!;
      expect(y.description, `${input} description`).toBe(d.description);
      expect(y.required ?? false, `${input} required`).toBe(d.required);
      expect(y.default, `${input} default`).toBe(d.actionDefault ?? d.default);
    }
    const outputs = Object.fromEntries(Object.entries(yml.outputs ?? {}).map(([k, v]) => [k, v.description]));
    expect(outputs).toEqual(mod.action.outputs);
  });
});

describe('actions/registry.ts', () => {
  it('lists every action folder, so each gets a bundle entry', async () => {
    const { actions } = await import('../../actions/registry.js');
    expect(Object.keys(actions).sort()).toEqual([...names].sort());
  });
});
