import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { staleFiles } from '../../scripts/generate/index.js';

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
});

describe('generated metadata', () => {
  it('action.yml, the README tables, docs/reference and docs/permissions.md are current (npm run generate)', async () => {
    expect(await staleFiles()).toEqual([]);
  });
});

describe('actions/registry.ts', () => {
  it('lists every action folder, so each gets a bundle entry', async () => {
    const { actions } = await import('../../actions/registry.js');
    expect(Object.keys(actions).sort()).toEqual([...names].sort());
  });
});
