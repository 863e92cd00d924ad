#!/usr/bin/env node
// `moko <action> [--<input> value …] [--help] [--verbose] [--json]`: runs an action's committed bundle
// as a local command. The bundle itself parses the flags (shared/action/cli.ts); this only picks it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const actions = readdirSync(join(root, 'actions')).filter((n) =>
  existsSync(join(root, 'actions', n, 'dist', 'index.js')),
);
const [name, ...rest] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h') {
  process.stdout.write(
    `usage: moko <action> [--<input> value …] [--help] [--verbose] [--json]\n\nactions: ${actions.join(', ')}\n`,
  );
  process.exit(name ? 0 : 2);
}
if (!actions.includes(name)) {
  process.stderr.write(`error: unknown action '${name}'. Known: ${actions.join(', ')}\n`);
  process.exit(2);
}
const env = { ...process.env };
delete env.GITHUB_ACTIONS; // the bundle runs as a CLI only outside the runner
const result = spawnSync(process.execPath, [join(root, 'actions', name, 'dist', 'index.js'), ...rest], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
