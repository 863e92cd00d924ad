// Benchmark of security-scan: throughput against secretlint (recommended preset) and a plain
// `grep -E` keyword pass, alternating in the same run, then recall/precision on a labelled corpus.
//   npm run bench:scan            (= npx tsx bench/scan/run.ts)
//   options: --mb=100 --rounds=3 --secretlint-mb=8 --keep
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { defaultConfig } from '../../shared/security/config.js';
import { activeRules } from '../../shared/security/registry.js';
import { CATEGORIES } from '../../shared/security/rule.js';
import { scan } from '../../shared/security/scanner.js';
import { setScanWorkerScript } from '../../shared/security/worker-pool.js';
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
const grepPattern = keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

type Timing = { name: string; bytes: number; ms: number[]; note?: string };
const timings: Record<string, Timing> = {
  ours: { name: 'security-scan (all 4 categories, 1 thread)', bytes: corpus.bytes, ms: [] },
  ours2: {
    name: `security-scan (all 4 categories, ${Math.min(2, availableParallelism())} worker threads)`,
    bytes: corpus.bytes,
    ms: [],
  },
  secretlint: {
    name: 'secretlint + preset-recommend (Node API)',
    bytes: sliceBytes,
    ms: [],
    note: `timed on a ${(sliceBytes / MB).toFixed(1)} MiB slice, MB/s extrapolated`,
  },
  grep: { name: `LC_ALL=C grep -E -r -i -c (${keywords.length} secret keywords)`, bytes: corpus.bytes, ms: [] },
};
setScanWorkerScript(join(import.meta.dirname, 'worker.ts'));

let ourFindings = 0;
for (let round = 0; round < rounds; round++) {
  let t = performance.now();
  const r = await scan({ root: corpusDir, config: defaultConfig(), categories: CATEGORIES });
  timings.ours!.ms.push(performance.now() - t);
  ourFindings = r.findings.length;

  t = performance.now();
  await scan({ root: corpusDir, config: defaultConfig(), categories: CATEGORIES, workers: 2, parallelThreshold: 0 });
  timings.ours2!.ms.push(performance.now() - t);

  t = performance.now();
  for (const f of slice) await engine.executeOnContent({ content: readFileSync(f, 'utf8'), filePath: f });
  timings.secretlint!.ms.push(performance.now() - t);

  t = performance.now();
  await run('grep', ['-r', '-E', '-i', '-c', '-I', grepPattern, corpusDir], {
    maxBuffer: 512 * MB,
    env: { ...process.env, LC_ALL: 'C' },
  }).catch((e: { code?: number }) => {
    if (e.code !== 1) throw e;
  });
  timings.grep!.ms.push(performance.now() - t);
  console.log(`round ${round + 1}/${rounds} done`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mbps = (t: Timing) => t.bytes / MB / (median(t.ms) / 1000);
console.log('\nthroughput (median of rounds, alternating):');
for (const t of Object.values(timings)) {
  console.log(
    `  ${t.name.padEnd(58)} ${mbps(t).toFixed(1).padStart(8)} MB/s  (${t.ms.map((m) => (m / 1000).toFixed(2)).join(' / ')} s${t.note ? `; ${t.note}` : ''})`,
  );
}
console.log(
  `  ratio security-scan / secretlint: ${(mbps(timings.ours!) / mbps(timings.secretlint!)).toFixed(1)}x (1 thread), ${(mbps(timings.ours2!) / mbps(timings.secretlint!)).toFixed(1)}x (worker threads)`,
);
console.log(`  ratio security-scan / grep floor: ${(mbps(timings.ours!) / mbps(timings.grep!)).toFixed(2)}x`);
console.log(`  findings in the corpus (all categories): ${ourFindings}`);

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
