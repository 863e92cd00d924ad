// Benchmark of security-scan: throughput against secretlint (recommended preset) and a plain
// `grep -E` keyword pass, alternating in the same run, then recall/precision on a labelled corpus.
//   npm run bench:scan            (= npx tsx bench/scan/run.ts)
//   options: --mb=100 --rounds=3 --secretlint-mb=8 --keep
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { defaultConfig } from '../../shared/security/config.js';
import { activeRules } from '../../shared/security/registry.js';
import { CATEGORIES } from '../../shared/security/rule.js';
import { scan } from '../../shared/security/scanner.js';
import { setScanWorkerScript } from '../../shared/security/worker-pool.js';
import { bundledWorkerScript } from '../../actions/security-scan/src/worker-entry.js';
import { buildCorpus, buildLabelled } from './corpus.js';

const run = promisify(execFile);
const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const ROOT = join(import.meta.dirname, '..', '..');
const MB = 1024 * 1024;
const minMb = arg('mb', 100);
const rounds = arg('rounds', 3);
const sliceMb = arg('secretlint-mb', 8);
const work = join(tmpdir(), 'moko-bench-scan');

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

// secretlint gets a slice (its per-file cost makes 100 MB take minutes); its MB/s is extrapolated.
const all = listFiles(corpusDir);
const slice: string[] = [];
let sliceBytes = 0;
for (const f of all) {
  if (sliceBytes >= sliceMb * MB) break;
  slice.push(f);
  sliceBytes += statSync(f).size;
}

// grep -E gets a smaller slice still.
const grepSlice: string[] = [];
let grepSliceBytes = 0;
for (const f of slice) {
  if (grepSliceBytes >= MB) break;
  grepSlice.push(f);
  grepSliceBytes += statSync(f).size;
}

const { createEngine } = await import('@secretlint/node');
const engine = await createEngine({
  cwd: corpusDir,
  formatter: 'json',
  color: false,
  maskSecrets: true,
  configFileJSON: { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] },
});

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

type Timing = { name: string; bytes: number; wall: number[]; cpu: number[]; note?: string };
const timing = (name: string, bytes: number, note?: string): Timing => ({
  name,
  bytes,
  wall: [],
  cpu: [],
  ...(note ? { note } : {}),
});
const threads = Math.min(2, availableParallelism());
const timings = {
  ours: timing('security-scan, all 4 rule families, 1 thread', corpus.bytes),
  oursSecrets: timing('security-scan, secret rules only, 1 thread', corpus.bytes),
  oursThreads: timing(`security-scan, all 4 rule families, ${threads} threads`, corpus.bytes),
  secretlint: timing(
    'secretlint + preset-recommend (Node API)',
    sliceBytes,
    `timed on a ${(sliceBytes / MB).toFixed(1)} MiB slice, MB/s extrapolated`,
  ),
  grep: timing(
    `LC_ALL=C grep -E -c (${keywords.length} secret keywords)`,
    grepSliceBytes,
    `case-sensitive; timed on a ${(grepSliceBytes / MB).toFixed(1)} MiB slice: GNU grep -E is very slow on a ${keywords.length}-way alternation`,
  ),
  grepF: timing(`LC_ALL=C grep -F -i -r -c -f <keywords>`, corpus.bytes, 'case-insensitive fixed strings'),
};
// Workers load the action bundle when it is built (as the action does), from a snapshot so a rebuild
// meanwhile cannot pull it away; else the TypeScript sources through tsx.
const bundleDir = join(work, 'dist');
if (existsSync(join(ROOT, 'dist', 'index.js'))) cpSync(join(ROOT, 'dist'), bundleDir, { recursive: true });
const bundled = existsSync(join(bundleDir, 'index.js'));
// The bundle is plain JavaScript: its workers start without this process's tsx loader, as under the runner.
if (bundled) setScanWorkerScript(bundledWorkerScript(pathToFileURL(join(bundleDir, 'index.js')).href), []);
else setScanWorkerScript(join(import.meta.dirname, 'worker.ts'), ['--import', 'tsx']);
console.log(
  `worker threads load ${bundled ? 'the action bundle (dist/, snapshot)' : 'the TypeScript sources via tsx (no bundle built)'}`,
);

/** Runs `fn`, recording wall-clock and this process's CPU time (all its threads). */
async function measure<T>(t: Timing, fn: () => Promise<T>): Promise<T> {
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  const out = await fn();
  t.wall.push(performance.now() - w0);
  const c = process.cpuUsage(c0);
  t.cpu.push((c.user + c.system) / 1000);
  return out;
}

let ourFindings = 0;
for (let round = 0; round < rounds; round++) {
  const r = await measure(timings.ours, () =>
    scan({ root: corpusDir, config: defaultConfig(), categories: CATEGORIES }),
  );
  ourFindings = r.findings.length;
  await measure(timings.secretlint, async () => {
    for (const f of slice) await engine.executeOnContent({ content: readFileSync(f, 'utf8'), filePath: f });
  });
  await measure(timings.oursSecrets, () => scan({ root: corpusDir, config: defaultConfig(), categories: ['secret'] }));
  await measure(timings.grep, () => grep(['-E', '-c', '-I', grepPattern, ...grepSlice]));
  await measure(timings.grepF, () => grep(['-r', '-F', '-i', '-c', '-I', '-f', keywordFile, corpusDir]));
  await measure(timings.oursThreads, () =>
    scan({ root: corpusDir, config: defaultConfig(), categories: CATEGORIES, workers: threads, parallelThreshold: 0 }),
  );
  console.log(`round ${round + 1}/${rounds} done`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rate = (t: Timing, xs: number[]) => t.bytes / MB / (median(xs) / 1000);
console.log(
  `\nthroughput, median of ${rounds} alternating rounds (wall clock; CPU-time rate in brackets, steadier on a shared machine):`,
);
for (const t of Object.values(timings)) {
  const cpu =
    t === timings.grep || t === timings.grepF || t === timings.oursThreads
      ? ''
      : ` [${rate(t, t.cpu).toFixed(1)} MB/cpu-s]`;
  console.log(
    `  ${t.name.padEnd(56)} ${rate(t, t.wall).toFixed(1).padStart(7)} MB/s${cpu}  (${t.wall.map((m) => (m / 1000).toFixed(2)).join(' / ')} s${t.note ? `; ${t.note}` : ''})`,
  );
}
const ratio = (a: Timing, b: Timing, xs: (t: Timing) => number[]) => (rate(a, xs(a)) / rate(b, xs(b))).toFixed(1);
console.log(
  `  ratio security-scan / secretlint, wall: ${ratio(timings.ours, timings.secretlint, (t) => t.wall)}x (all families), ${ratio(timings.oursSecrets, timings.secretlint, (t) => t.wall)}x (secrets only), ${ratio(timings.oursThreads, timings.secretlint, (t) => t.wall)}x (${threads} threads)`,
);
console.log(
  `  ratio security-scan / secretlint, CPU time: ${ratio(timings.ours, timings.secretlint, (t) => t.cpu)}x (all families), ${ratio(timings.oursSecrets, timings.secretlint, (t) => t.cpu)}x (secrets only)`,
);
console.log(
  `  ratio security-scan / grep floor, wall: ${ratio(timings.ours, timings.grep, (t) => t.wall)}x (grep -E), ${ratio(timings.ours, timings.grepF, (t) => t.wall)}x (grep -F -i)`,
);
console.log(`  findings in the corpus (all families): ${ourFindings}`);

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
