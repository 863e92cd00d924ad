// Benchmark of security-scan: throughput against secretlint (recommended preset), plain `grep`
// keyword passes and a read-only floor (walk + read every file), alternating in the same run, wall
// clock and CPU time; then recall/precision on a labelled corpus.
//   npm run bench:scan            (= npx tsx bench/scan/run.ts)
//   options: --mb=100 --rounds=3 --secretlint-mb=8 --keep --shapes-mb=32 --no-shapes
// Then, unless --no-shapes: the tree shapes of bench/scan/shapes.ts (source, OpenAPI JSON, minified,
// lockfiles), in process and through the bundle, against secretlint and grep -E.
import { execFile } from 'node:child_process';
import {
  closeSync,
  cpSync,
  fstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { defaultConfig } from '../../actions/security-scan/src/engine/config.js';
import { activeRules } from '../../actions/security-scan/src/engine/registry.js';
import { CATEGORIES } from '../../actions/security-scan/src/engine/rule.js';
import { scan } from '../../actions/security-scan/src/engine/scanner.js';
import { walk } from '../../actions/security-scan/src/engine/walk.js';
import { setScanWorkerScript } from '../../actions/security-scan/src/engine/worker-pool.js';
import { buildCorpus, buildLabelled } from './corpus.js';
import { benchShapes } from './shapes.js';
import { SHAPES } from './shape-corpus.js';

const run = promisify(execFile);
const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const ROOT = join(import.meta.dirname, '..', '..');
const MB = 1024 * 1024;
const minMb = arg('mb', 100);
const rounds = arg('rounds', 3);
const sliceMb = arg('secretlint-mb', 8);
// A directory of its own, so two runs at once (several engineers share the machine) cannot clobber each other.
const work = mkdtempSync(join(tmpdir(), 'moko-bench-scan-'));

function listFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) listFiles(p, out);
    else out.push(p);
  }
  return out;
}

const corpusDir = join(work, 'corpus');
const t0 = performance.now();
const corpus = buildCorpus(corpusDir, join(ROOT, 'node_modules'), minMb * MB);
console.log(
  `corpus: ${corpus.files} files, ${(corpus.bytes / MB).toFixed(1)} MiB of node_modules source text, ${corpus.planted} planted secrets (${((performance.now() - t0) / 1000).toFixed(1)} s to build) in ${corpusDir}`,
);

// secretlint gets a slice (its per-file cost makes 100 MB take minutes): the first files of the corpus
// up to --secretlint-mb, copied into their own directory so security-scan can be timed on exactly
// the same files. Its MB/s on the slice is compared with ours on the slice (same files) and, as an
// extrapolation (secretlint's per-byte rate assumed constant), with ours on the whole corpus.
const all = listFiles(corpusDir);
const sliceDir = join(work, 'slice');
const slice: string[] = [];
let sliceBytes = 0;
for (const f of all) {
  if (sliceBytes >= sliceMb * MB) break;
  const dest = join(sliceDir, relative(corpusDir, f));
  mkdirSync(dirname(dest), { recursive: true });
  cpSync(f, dest);
  slice.push(dest);
  sliceBytes += statSync(f).size;
}

const sliceList = join(work, 'slice-files.txt');
writeFileSync(sliceList, `${slice.join('\n')}\n`);
const node = process.execPath;
/** One secretlint measurement in a fresh process (see secretlint-child.mjs): its own loop timing. */
async function secretlintRound(t: Timing): Promise<number> {
  const { stdout } = await run(node, [join(import.meta.dirname, 'secretlint-child.mjs'), sliceList, sliceDir], {
    maxBuffer: 64 * MB,
  });
  const r = JSON.parse(stdout) as { wallMs: number; cpuMs: number; flagged: number };
  t.wall.push(r.wallMs);
  t.cpu.push(r.cpuMs);
  return r.flagged;
}

const keywords = [...new Set(activeRules(defaultConfig(), ['secret']).flatMap((r) => r.keywords ?? []))].filter(
  (k) => k.length >= 3,
);
const keywordFile = join(work, 'keywords.txt');
writeFileSync(keywordFile, `${keywords.join('\n')}\n`);
/** grep over the corpus (execFile, argument array); exit code 1 only means "no match". */
const grep = (args: string[]) =>
  run('grep', args, { maxBuffer: 512 * MB, env: { ...process.env, LC_ALL: 'C' } }).catch((e: { code?: number }) => {
    if (e.code !== 1) throw e;
  });
const grepPattern = keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** The floor under any scanner: walk the tree and read every file into one reused buffer, nothing else. */
let readBuffer = Buffer.allocUnsafe(MB);
async function readOnly(root: string): Promise<number> {
  let total = 0;
  for (const f of walk(root, [])) {
    const fd = openSync(f.absolute, 'r');
    try {
      const size = fstatSync(fd).size;
      if (readBuffer.length < size) readBuffer = Buffer.allocUnsafe(size);
      for (let n = 0; n < size; ) {
        const got = readSync(fd, readBuffer, n, size - n, n);
        if (got === 0) break;
        n += got;
      }
      total += size;
    } finally {
      closeSync(fd);
    }
  }
  return total;
}

type Timing = { name: string; bytes: number; wall: number[]; cpu: number[]; note?: string };
const timing = (name: string, bytes: number, note?: string): Timing => ({
  name,
  bytes,
  wall: [],
  cpu: [],
  ...(note ? { note } : {}),
});
const threads = Math.min(2, availableParallelism());
const SLICE_REPEATS = 5;
// What scan() does by default, as the action runs on this machine: from 2 cores, one thread scans
// while a second reads files ahead (actions/security-scan/src/engine/read-ahead.ts).
const defaultMode = availableParallelism() >= 2 ? 'default (1 scan thread + read-ahead)' : 'default (1 thread)';
const sliceNote = `the ${(sliceBytes / MB).toFixed(1)} MiB secretlint slice`;
const timings = {
  readOnly: timing('read-only floor: walk + open/fstat/read/close every file', corpus.bytes),
  ours: timing(`security-scan, all 4 rule families, ${defaultMode}`, corpus.bytes),
  oursOne: timing('security-scan, all 4 rule families, 1 thread, no read-ahead', corpus.bytes),
  oursSecrets: timing(`security-scan, secret rules only, ${defaultMode}`, corpus.bytes),
  oursThreads: timing(`security-scan, all 4 rule families, ${threads} scan threads`, corpus.bytes),
  oursSlice: timing(`security-scan, all 4 rule families, ${defaultMode}`, sliceBytes, sliceNote),
  oursSliceOne: timing('security-scan, all 4 rule families, 1 thread, no read-ahead', sliceBytes, sliceNote),
  secretlint: timing('secretlint + preset-recommend (Node API, own process)', sliceBytes, sliceNote),
  grep: timing(`LC_ALL=C grep -E -i -r -c (${keywords.length} secret keywords)`, corpus.bytes, 'one alternation'),
  grepF: timing(`LC_ALL=C grep -F -i -r -c -f <keywords>`, corpus.bytes, 'case-insensitive fixed strings'),
};
// Worker threads run plain JavaScript (no tsx loader, as under the runner), bundled here from the
// current sources with esbuild (tsx's own dependency), so they run the same code as this thread;
// the committed action bundle may be older than the sources.
const workerBundle = join(work, 'scan-worker.mjs');
try {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [join(import.meta.dirname, 'worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    outfile: workerBundle,
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  setScanWorkerScript(workerBundle, []);
  console.log('worker threads run bench/scan/worker.ts bundled by esbuild from the current sources');
} catch (error) {
  setScanWorkerScript(join(import.meta.dirname, 'worker.ts'), ['--import', 'tsx']);
  console.log(`worker threads run the TypeScript sources via tsx (esbuild unavailable: ${String(error)})`);
}

/** CPU time (ms) of this process's threads plus its waited-for children (grep), from /proc. */
function cpuMs(): number {
  const own = process.cpuUsage();
  let children = 0;
  try {
    // Fields 16 and 17 of /proc/self/stat: cutime and cstime, in clock ticks (100 per second on Linux).
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    children = ((Number(fields[13]) + Number(fields[14])) / 100) * 1000;
  } catch {
    // Not Linux: children's CPU time is not counted (grep's CPU rate is then missing).
  }
  return (own.user + own.system) / 1000 + children;
}

/** Runs `fn`, recording wall-clock and CPU time (all threads, and children). */
async function measure<T>(t: Timing, fn: () => Promise<T>): Promise<T> {
  const c0 = cpuMs();
  const w0 = performance.now();
  const out = await fn();
  t.wall.push(performance.now() - w0);
  t.cpu.push(cpuMs() - c0);
  return out;
}

let ourFindings = 0;
let secretlintFlagged = 0;
for (let round = 0; round < rounds; round++) {
  await measure(timings.readOnly, () => readOnly(corpusDir));
  const r = await measure(timings.ours, () =>
    scan({ root: corpusDir, config: defaultConfig(), categories: CATEGORIES }),
  );
  ourFindings = r.findings.length;
  secretlintFlagged = await secretlintRound(timings.secretlint);
  // A slice scan takes ~40 ms: five of each per round, so the median is not one timer tick's noise.
  for (let k = 0; k < SLICE_REPEATS; k++) {
    await measure(timings.oursSlice, () => scan({ root: sliceDir, config: defaultConfig(), categories: CATEGORIES }));
    await measure(timings.oursSliceOne, () =>
      scan({ root: sliceDir, config: defaultConfig(), categories: CATEGORIES, readAhead: false }),
    );
  }
  await measure(timings.oursOne, () =>
    scan({ root: corpusDir, config: defaultConfig(), categories: CATEGORIES, readAhead: false }),
  );
  await measure(timings.oursSecrets, () => scan({ root: corpusDir, config: defaultConfig(), categories: ['secret'] }));
  await measure(timings.grep, () => grep(['-r', '-E', '-i', '-c', '-I', grepPattern, corpusDir]));
  await measure(timings.grepF, () => grep(['-r', '-F', '-i', '-c', '-I', '-f', keywordFile, corpusDir]));
  await measure(timings.oursThreads, () =>
    scan({ root: corpusDir, config: defaultConfig(), categories: CATEGORIES, workers: threads, parallelMinFiles: 0 }),
  );
  console.log(`round ${round + 1}/${rounds} done`);
}

// As users run them: each tool's command line in a fresh process over the slice, whole run (start-up,
// walk, report; secretlint's deferred profiler work included). Once each: secretlint's CLI takes
// ~20 s on 8 MiB. Ours runs the committed bundle (scripts/moko.mjs), so run `npm run bundle` first.
const rcFile = join(work, 'secretlintrc.json');
writeFileSync(rcFile, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
async function wallOf(file: string, args: string[], okCodes: number[]): Promise<number> {
  const t0 = performance.now();
  await run(file, args, { cwd: sliceDir, maxBuffer: 512 * MB }).catch((e: { code?: number; stderr?: string }) => {
    if (!okCodes.includes(e.code ?? -1)) throw new Error(`${file} exited ${e.code}: ${e.stderr}`);
  });
  return performance.now() - t0;
}
const cliSecretlint = await wallOf(
  join(ROOT, 'node_modules', '.bin', 'secretlint'),
  ['--secretlintrc', rcFile, '--format', 'json', '**/*'],
  [0, 1],
); // 1: it found something
const cliOurs = await wallOf(
  node,
  [
    join(ROOT, 'scripts', 'moko.mjs'),
    'security-scan',
    '--path',
    '.',
    '--fail-on',
    'none',
    '--upload-artifacts',
    'false',
    // Inside the workspace (the slice), as the action requires; removed before anything scans it again.
    '--sarif-file',
    'bench.sarif',
  ],
  [0],
);
// The CLI also keeps its state (audit log, metrics) in the workspace's .moko/.
rmSync(join(sliceDir, 'bench.sarif'), { force: true });
rmSync(join(sliceDir, '.moko'), { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rate = (t: Timing, xs: number[]) => t.bytes / MB / (median(xs) / 1000);
console.log(
  `\nthroughput, median of ${rounds} alternating rounds (slice scans: ${SLICE_REPEATS} per round): MB/s wall clock, [MB per CPU-second, all threads and child processes]:`,
);
for (const t of Object.values(timings)) {
  console.log(
    `  ${t.name.padEnd(58)} ${rate(t, t.wall).toFixed(1).padStart(7)} MB/s [${rate(t, t.cpu).toFixed(1).padStart(6)} MB/cpu-s]  (${t.wall.map((m) => (m < 100 ? m.toFixed(0) : (m / 1000).toFixed(2))).join(' / ')} ${t.wall[0]! < 100 ? 'ms' : 's'}${t.note ? `; ${t.note}` : ''})`,
  );
}
const ratio = (a: Timing, b: Timing, xs: (t: Timing) => number[]) => (rate(a, xs(a)) / rate(b, xs(b))).toFixed(1);
const wall = (t: Timing) => t.wall;
const cpu = (t: Timing) => t.cpu;
const {
  ours,
  oursOne,
  oursSecrets,
  oursThreads,
  oursSlice,
  oursSliceOne,
  secretlint,
  grep: grepE,
  readOnly: floor,
} = timings;
console.log(
  `  ratio security-scan / secretlint on the same ${(sliceBytes / MB).toFixed(1)} MiB slice (all families): ${ratio(oursSlice, secretlint, wall)}x wall, ${defaultMode}; ${ratio(oursSliceOne, secretlint, wall)}x wall, 1 thread; CPU time ${ratio(oursSlice, secretlint, cpu)}x, ${ratio(oursSliceOne, secretlint, cpu)}x`,
);
console.log(
  `  ratio security-scan on the ${(corpus.bytes / MB).toFixed(0)} MiB corpus / secretlint's slice rate (extrapolated), wall: ${ratio(ours, secretlint, wall)}x (all families, ${defaultMode}), ${ratio(oursOne, secretlint, wall)}x (1 thread), ${ratio(oursSecrets, secretlint, wall)}x (secrets only), ${ratio(oursThreads, secretlint, wall)}x (${threads} scan threads); CPU time ${ratio(ours, secretlint, cpu)}x, ${ratio(oursOne, secretlint, cpu)}x, ${ratio(oursSecrets, secretlint, cpu)}x, ${ratio(oursThreads, secretlint, cpu)}x`,
);
console.log(
  `  ratio security-scan (${defaultMode}) / floors, wall: ${ratio(ours, grepE, wall)}x grep -E -i, ${(rate(ours, ours.wall) / rate(floor, floor.wall)).toFixed(2)}x read-only`,
);
console.log(
  `  findings in the corpus (all families): ${ourFindings}; files secretlint flags in the slice: ${secretlintFlagged}`,
);
console.log(
  `\nas users run them, command line in a fresh process over the ${(sliceBytes / MB).toFixed(1)} MiB slice, whole run: secretlint ${(cliSecretlint / 1000).toFixed(2)} s (${(sliceBytes / MB / (cliSecretlint / 1000)).toFixed(1)} MB/s), security-scan ${(cliOurs / 1000).toFixed(2)} s (${(sliceBytes / MB / (cliOurs / 1000)).toFixed(1)} MB/s): ${(cliSecretlint / cliOurs).toFixed(1)}x`,
);

// Labelled corpus: recall and precision of the secret rules.
const labelledDir = join(work, 'labelled');
const cases = buildLabelled(labelledDir, 3);
const res = await scan({ root: labelledDir, config: defaultConfig(), categories: ['secret'] });
const byFile = new Map<string, number>();
for (const f of res.findings) byFile.set(join(labelledDir, f.file), (byFile.get(join(labelledDir, f.file)) ?? 0) + 1);
let tp = 0;
let fn = 0;
let fp = 0;
const missed: string[] = [];
const noisy: string[] = [];
for (const c of cases) {
  const hits = byFile.get(c.path) ?? 0;
  if (c.secret) {
    if (hits > 0) tp++;
    else {
      fn++;
      missed.push(c.label);
    }
  } else if (hits > 0) {
    fp++;
    noisy.push(c.label);
  }
}
const formats = new Set(cases.filter((c) => c.secret).map((c) => c.label)).size;
const decoyCount = cases.filter((c) => !c.secret).length;
console.log(
  `\nlabelled corpus: ${cases.length - decoyCount} true positives over ${formats} formats, ${decoyCount} decoys`,
);
console.log(
  `  recall ${(tp / (tp + fn)).toFixed(3)}  precision ${(tp / (tp + fp || 1)).toFixed(3)}  (TP ${tp}, FN ${fn}, FP ${fp})`,
);
if (missed.length) console.log(`  missed: ${[...new Set(missed)].join(', ')}`);
if (noisy.length) console.log(`  false positives: ${[...new Set(noisy)].join(', ')}`);

if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });

if (!process.argv.includes('--no-shapes')) {
  console.log('\ntree shapes (bench/scan/shapes.ts):');
  await benchShapes({ mb: arg('shapes-mb', 32), rounds, shapes: SHAPES, keep: process.argv.includes('--keep') });
}
