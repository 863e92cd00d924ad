import { parseArgs } from 'node:util';
import { startEmulator } from './index.js';

// `npm run emulator -- --port 0 --repos 50 [--seed S] [--faults 0.05] [--latency-ms 50] [--org NAME]`
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    repos: { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' },
    faults: { type: 'string', default: '0' },
    'latency-ms': { type: 'string', default: '0' },
    org: { type: 'string', default: 'moko-demo' },
    'no-secondary-limit': { type: 'boolean', default: false },
    'validate-responses': { type: 'boolean', default: false },
  },
  strict: true,
});

function int(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    process.stderr.write(`--${name} must be an integer from ${min} to ${max}, got "${raw}"\n`);
    process.exit(2);
  }
  return n;
}

const faultRate = Number(values.faults);
if (!(faultRate >= 0 && faultRate <= 1)) {
  process.stderr.write(`--faults must be a rate from 0 to 1, got "${values.faults}"\n`);
  process.exit(2);
}
const started = performance.now();
const emulator = await startEmulator({
  port: int('port', values.port, 0, 65535),
  repos: int('repos', values.repos, 0, 10_000),
  seed: int('seed', values.seed, 0, 2 ** 31),
  latencyMs: int('latency-ms', values['latency-ms'], 0, 60_000),
  org: values.org,
  faults: faultRate > 0 ? { rate: faultRate, seed: int('seed', values.seed, 0, 2 ** 31) } : undefined,
  secondaryLimit: values['no-secondary-limit'] ? false : undefined,
  validateResponses: values['validate-responses'],
});
process.stdout.write(`Emulator listening on ${emulator.url}\n`);
process.stderr.write(
  `organization ${values.org}, ${emulator.state.repos.size} repositories, token ghs_emulator, GraphQL ${emulator.graphqlUrl} (started in ${Math.round(performance.now() - started)} ms)\n`,
);
const stop = () => {
  emulator.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
