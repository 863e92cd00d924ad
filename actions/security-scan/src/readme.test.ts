import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonInputs } from '../../../shared/action/define-action.js';
import { BUILTIN_RULES } from './engine/registry.js';
import { action } from './action.js';
import { withRuleTable } from './rules-table.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
// Markdown formatters pad table cells and align dashes; compare what the tables say, not their layout.
const normalize = (md: string) =>
  md
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\| ?/g, '|')
    .replace(/-{3,}/g, '---')
    .replace(/\n{2,}/g, '\n');

describe('security-scan README', () => {
  it('has the current generated rule tables', () => {
    expect(normalize(readme), 'rule tables are stale: run  npm run generate').toBe(normalize(withRuleTable(readme)));
  });

  it('names every rule id', () => {
    for (const rule of BUILTIN_RULES) expect(readme).toContain(`\`${rule.id}\``);
  });

  it('documents every input and output', () => {
    for (const name of [...Object.keys(action.inputs), ...Object.keys(commonInputs)])
      expect(readme).toContain(`| \`${name}\``);
    for (const name of Object.keys(action.outputs)) expect(readme).toContain(`\`${name}\``);
  });

  it('has usage examples for a daily 02:00 UTC schedule and for pull requests with security-events: write', () => {
    expect(readme).toMatch(/cron: ['"]0 2 \* \* \*['"]/);
    expect(readme).toContain('on: pull_request');
    expect(readme).toContain('security-events: write');
  });
});

describe('rule list', () => {
  it('has unique ids of the form family/name, and at least 150 secret formats', () => {
    const ids = BUILTIN_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(?:secret|dangerous|permission|workflow)\/[a-z0-9-]+$/);
    expect(BUILTIN_RULES.filter((r) => r.category === 'secret').length).toBeGreaterThanOrEqual(150);
  });

  it('gives every rule help text and every pattern rule lowercase ASCII keywords', () => {
    for (const r of BUILTIN_RULES) {
      expect(r.help.length, r.id).toBeGreaterThan(20);
      for (const k of r.keywords ?? []) expect(k, r.id).toMatch(/^[\t\n\x20-\x7e]+$/);
      for (const k of r.keywords ?? []) expect(k, r.id).toBe(k.toLowerCase());
    }
  });
});
