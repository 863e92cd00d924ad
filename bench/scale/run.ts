// `npm run bench:scale`: see scale.ts. `--repos 10000 --shards 40` is the full run (the default);
// `--repos 1000` is the configuration CI runs (test/chaos/scale.test.ts).
import { parseArgs } from 'node:util';
import { cleanup } from '../../test/harness/index.js';
import { runScaleBench } from './scale.js';
import { scaleTable } from './table.js';

const { values } = parseArgs({
  options: {
    repos: { type: 'string', default: '10000' },
    /** 0: the plan's matrix. */
    shards: { type: 'string', default: '40' },
    parallel: { type: 'string', default: '2' },
    'per-minute': { type: 'string', default: '80' },
    'per-hour': { type: 'string', default: '500' },
    'stale-every': { type: 'string', default: '10' },
  },
});
const figures = await runScaleBench({
  repos: Number(values.repos),
  shards: Number(values.shards),
  parallel: Number(values.parallel),
  limits: { perMinute: Number(values['per-minute']), perHour: Number(values['per-hour']) },
  staleEvery: Number(values['stale-every']),
});
await cleanup();
process.stdout.write(`${scaleTable(figures)}\n`);
const ok = figures.phases.every((p) => p.ok.split('/')[0] === p.ok.split('/')[1]);
process.exitCode = ok && figures.secondaryHits === 0 && figures.violations === 0 ? 0 : 1;
