#!/usr/bin/env node
// Cold start of a failing step: how long each action's bundle entry takes to reject a bad input
// (`dry-run: maybe`) under the runner, against a bare `node -e ''`, measured as hyperfine does:
// warm-up runs first, then many runs interleaved across commands (so a busy machine slows all of
// them alike), reported as median and ratio to the baseline.
//   npm run bench:cold-start [-- --runs 30] [-- --max-ratio 2.5]   (exit 1 when a ratio is above the maximum)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('runs', 20);
const maxRatio = arg('max-ratio', Number.POSITIVE_INFINITY);
const ACTIONS = ['security-scan', 'bulk-update', 'release', 'metrics-collect', 'health-check', 'audit-archive'];

const env = { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', 'INPUT_DRY-RUN': 'maybe' };
const commands = [
  { name: "node -e ''", args: ['-e', ''], check: () => true },
  ...ACTIONS.map((action) => {
    const entry = join(root, 'actions', action, 'dist', 'index.js');
    if (!existsSync(entry)) throw new Error(`${entry} does not exist: run npm run bundle first`);
    return {
      name: action,
      args: [entry],
      // The run must fail the step naming the input, or it measured something else.
      check: (r) => r.status === 1 && r.stdout.includes(`::error::${action}: Input 'dry-run'`),
    };
  }),
];

function once(command) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, command.args, { env, encoding: 'utf8', cwd: root });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!command.check(r))
    throw new Error(`${command.name}: unexpected result (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  return ms;
}

for (const c of commands) for (let i = 0; i < 3; i++) once(c); // warm-up: file cache, not a JIT cache
const times = new Map(commands.map((c) => [c.name, []]));
for (let i = 0; i < runs; i++) for (const c of commands) times.get(c.name).push(once(c));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const base = median(times.get(commands[0].name));
console.log(`Node ${process.version}, ${runs} runs each, bad input 'dry-run: maybe' under GITHUB_ACTIONS=true`);
console.log(`${'command'.padEnd(18)} ${'median'.padStart(9)} ${'min'.padStart(9)} ${'max'.padStart(9)}  ratio`);
let worst = 0;
for (const c of commands) {
  const xs = times.get(c.name);
  const m = median(xs);
  const ratio = m / base;
  if (c !== commands[0]) worst = Math.max(worst, ratio);
  const f = (v) => `${v.toFixed(1)} ms`.padStart(9);
  console.log(`${c.name.padEnd(18)} ${f(m)} ${f(Math.min(...xs))} ${f(Math.max(...xs))}  ${ratio.toFixed(2)}x`);
}
if (worst > maxRatio) {
  console.error(`::error::slowest action fails a bad input in ${worst.toFixed(2)}x bare Node (maximum ${maxRatio}x)`);
  process.exit(1);
}
