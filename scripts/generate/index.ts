// `npm run generate`: writes every file generated from the action definitions (action.yml, the
// README input/output tables, security-scan's rule table, docs/reference/<action>.md) and from shared/github/permissions.ts
// (docs/permissions.md). `--check` writes nothing and fails, naming the stale files, when any differs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { actions } from '../../actions/registry.js';
import { withRuleTable } from '../../actions/security-scan/src/rules-table.js';
import { renderActionYml, renderPermissions, renderReadme, renderReference } from './render.js';

const root = join(import.meta.dirname, '..', '..');

/** Every generated file, path relative to the repository → content. */
export async function generatedFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const names = Object.keys(actions).sort();
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  for (const name of names) {
    const { action } = await actions[name]!();
    const yml = `actions/${name}/action.yml`;
    files.set(yml, renderActionYml(action, read(yml)));
    const readme = `actions/${name}/README.md`;
    const rendered = renderReadme(action, read(readme));
    // security-scan's README also lists every built-in rule (rules-table.ts).
    files.set(readme, name === 'security-scan' ? withRuleTable(rendered) : rendered);
    files.set(`docs/reference/${name}.md`, renderReference(action));
  }
  files.set('docs/permissions.md', renderPermissions(names));
  return files;
}

/** The generated files whose content on disk differs (or that are missing). */
export async function staleFiles(): Promise<string[]> {
  const stale: string[] = [];
  for (const [path, content] of await generatedFiles()) {
    const file = join(root, path);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== content) stale.push(path);
  }
  return stale;
}

if (process.argv[1] && relative(process.argv[1], import.meta.filename) === '') {
  if (process.argv.includes('--check')) {
    const stale = await staleFiles();
    if (stale.length > 0) {
      console.log(`::error::Generated files are stale: ${stale.join(', ')}. Run 'npm run generate' and commit them.`);
      process.exit(1);
    }
    console.log('Generated files are current.');
  } else {
    for (const [path, content] of await generatedFiles()) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    console.log('Generated action.yml, README tables, docs/reference/ and docs/permissions.md.');
  }
}
