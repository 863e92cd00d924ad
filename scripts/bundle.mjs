#!/usr/bin/env node
// Builds every action (or those named as arguments) into actions/<name>/dist with @vercel/ncc:
// not minified (readable diffs and stack traces), licenses written beside the bundle.
// The output folder is wiped first so a removed chunk cannot linger.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const actionsDir = join(root, 'actions');
const all = readdirSync(actionsDir).filter((name) => existsSync(join(actionsDir, name, 'src', 'index.ts')));
const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!all.includes(name)) {
    console.error(`::error::Unknown action '${name}'. Known: ${all.join(', ')}`);
    process.exit(1);
  }
}
const names = wanted.length > 0 ? wanted : all;

function sizeOf(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    total += entry.isDirectory() ? sizeOf(p) : statSync(p).size;
  }
  return total;
}

const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
let total = 0;
// Two at a time: the machine has two cores, and ncc's TypeScript pass is CPU-bound.
const queue = [...names];
async function worker() {
  for (let name = queue.shift(); name; name = queue.shift()) {
    const dist = join(actionsDir, name, 'dist');
    rmSync(dist, { recursive: true, force: true });
    await run(
      process.execPath,
      [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', join(actionsDir, name, 'src/index.ts'), '-o', dist, '--license', 'licenses.txt', '--quiet', '--target', 'es2023'],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
    );
    // The runner loads dist/index.js with plain node: mark the folder ESM explicitly so the bundle
    // does not depend on which package.json sits above it in the downloaded archive.
    writeFileSync(join(dist, 'package.json'), '{ "type": "module" }\n');
    const size = sizeOf(dist);
    total += size;
    console.log(`${name.padEnd(16)} ${kib(size).padStart(10)}`);
  }
}
await Promise.all([worker(), worker()]);
console.log(`${'total'.padEnd(16)} ${kib(total).padStart(10)}`);
