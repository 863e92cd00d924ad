import { parseArgs } from 'node:util';
import { cleanup } from '../harness/index.js';
import type { FaultKind } from '../emulator/faults.js';
import { type ChaosConfig, type RoundResult, runRound } from './round.js';
import { chaosTable } from './table.js';

/**
 * `npm run chaos`: rounds of the six bundled actions against a faulty emulator, processes killed
 * and re-run as new attempts, invariants checked after each round. `--seed N --rounds 1` replays one round.
 * Exit code 1 when any invariant is violated.
 */
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    repos: { type: 'string', default: '200' },
    targets: { type: 'string', default: '12' },
    'fault-rate': { type: 'string', default: '0.1' },
    kinds: { type: 'string', default: '500,502,503,reset,timeout' },
    'kill-chance': { type: 'string', default: '0.5' },
  },
});

const cfg: ChaosConfig = {
  repos: Number(values.repos),
  targets: Number(values.targets),
  faultRate: Number(values['fault-rate']),
  kinds: String(values.kinds).split(',') as FaultKind[],
  killChance: Number(values['kill-chance']),
  maxAttempts: 4,
  secondaryLimit: { perMinute: 300, perHour: 5000 },
};
const first = Number(values.seed);
const results: RoundResult[] = [];
for (let i = 0; i < Number(values.rounds); i++) {
  const r = await runRound(first + i, cfg);
  results.push(r);
  process.stdout.write(
    `round seed=${r.seed}: ${r.requests} requests, ${r.faults} faults, ${r.kills} kills, ${r.reruns} re-runs, ${r.succeeded}/${r.runs} ok, ` +
      `${r.secondaryHits} secondary-limit hits, ${r.violations.length} violations, ${(r.ms / 1000).toFixed(1)} s\n`,
  );
  for (const v of r.violations) process.stdout.write(`  VIOLATION ${v}\n`);
  for (const f of r.failures) process.stdout.write(`  FAILED ${f}\n`);
}
await cleanup();
process.stdout.write(`\n${chaosTable(results, cfg)}\n`);
process.exitCode = results.some((r) => r.violations.length > 0) ? 1 : 0;
