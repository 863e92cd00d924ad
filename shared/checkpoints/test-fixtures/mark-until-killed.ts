// Child process for checkpoint.test.ts: marks keys and acknowledges each on stdout, then waits to be killed.
// Usage: mark-until-killed.ts <file> <mode: pause|loop> [count]
import { openCheckpointStore } from '../checkpoint.js';

const [file, mode, count] = process.argv.slice(2);
if (!file || (mode !== 'pause' && mode !== 'loop'))
  throw new Error('usage: mark-until-killed.ts <file> pause|loop [n]');
const store = await openCheckpointStore(file);
const limit = mode === 'pause' ? Number(count ?? '5') : Number.POSITIVE_INFINITY;
const payload = 'x'.repeat(2000); // large lines make a kill in the middle of a write likely in loop mode
for (let i = 0; i < limit; i++) {
  await store.mark(`k${i}`, { i, payload });
  process.stdout.write(`acked k${i}\n`);
}
process.stdout.write('ready\n');
setInterval(() => {}, 1 << 30); // stay alive until SIGKILL
