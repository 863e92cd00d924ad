// Benchmark of the keyword prefilter alone: its plain-JavaScript loop (`Prefilter.scan`, the same
// automaton stepped over the latin1 text, one lane) against its WebAssembly loop (`scanBytes`), on the
// same preloaded files, in the same run, alternating; prints MB/s (median of the rounds) and checks
// both give the same offsets. Three ways to hand the bytes to the WebAssembly loop: cold preloaded
// buffers; each file first copied (untimed) into a reused buffer, as FileScanner's readSync leaves it
// in the cache; read straight into the prefilter's memory (`Prefilter.input`, no copy).
//   npx tsx bench/scan/prefilter-bench.ts [--dir=/tmp/prof/corpus] [--mb=100] [--rounds=5]
// Without --dir it builds a corpus of node_modules source text (bench/scan/corpus.ts) in a temp dir.
// (The four-lane JavaScript loop the WebAssembly one replaced measured 460-537 MB/s against 917-1153
// on this machine: commit 06b04b6.)
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { defaultConfig } from '../../actions/security-scan/src/engine/config.js';
import { Prefilter } from '../../actions/security-scan/src/engine/prefilter.js';
import { activeRules } from '../../actions/security-scan/src/engine/registry.js';
import { CATEGORIES, type PatternRule } from '../../actions/security-scan/src/engine/rule.js';
import { buildCorpus } from './corpus.js';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const MB = 1024 * 1024;
const rounds = Number(option('rounds') ?? 5);
const ROOT = join(import.meta.dirname, '..', '..');

let dir = option('dir');
let temp: string | undefined;
if (!dir) {
  temp = mkdtempSync(join(tmpdir(), 'moko-bench-prefilter-'));
  dir = join(temp, 'corpus');
  buildCorpus(dir, join(ROOT, 'node_modules'), Number(option('mb') ?? 100) * MB, 0);
}
const files: { path: string; bytes: Buffer }[] = [];
const load = (d: string) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) load(p);
    else files.push({ path: relative(dir!, p), bytes: readFileSync(p) });
  }
};
load(dir);
if (temp) rmSync(temp, { recursive: true, force: true });
const total = files.reduce((n, f) => n + f.bytes.length, 0);
console.log(
  `${files.length} files, ${(total / MB).toFixed(1)} MiB preloaded from ${option('dir') ?? 'a fresh corpus'}`,
);

const rules = activeRules(defaultConfig(), CATEGORIES).filter((r): r is PatternRule => r.kind === 'pattern');
// One prefilter over every rule, as ContentScanner builds it; the text form of each file for its JS loop.
const prefilter = new Prefilter(rules);
const texts = new Map(files.map((f) => [f, f.bytes.toString('latin1')]));

type Scan = (file: (typeof files)[number], bytes: Uint8Array, length: number) => Map<number, number[]>;
const jsScan: Scan = (file) => prefilter.scan(texts.get(file)!);
const wasmScan: Scan = (_file, bytes, length) => prefilter.scanBytes(bytes, length);

/** Every preloaded file (cold in the cache: the copy into WebAssembly memory reads it from RAM). */
function cold(scan: Scan): { ms: number; found: number } {
  let found = 0;
  const t = performance.now();
  for (const f of files) for (const s of scan(f, f.bytes, f.bytes.length).values()) found += s.length;
  return { ms: performance.now() - t, found };
}

/** As FileScanner runs it: each file copied first (untimed) into one reused buffer, as readSync would. */
function justRead(scan: Scan): { ms: number; found: number } {
  let found = 0;
  let ms = 0;
  let buffer = Buffer.alloc(1024 * 1024);
  for (const f of files) {
    if (buffer.length < f.bytes.length) buffer = Buffer.alloc(f.bytes.length * 2);
    buffer.set(f.bytes);
    const t = performance.now();
    for (const s of scan(f, buffer, f.bytes.length).values()) found += s.length;
    ms += performance.now() - t;
  }
  return { ms, found };
}

/** With each file read straight into the prefilter's memory (`Prefilter.input`): no copy. */
function readInPlace(): { ms: number; found: number } {
  let found = 0;
  let ms = 0;
  for (const f of files) {
    const view = prefilter.input(f.bytes.length);
    view.set(f.bytes);
    const t = performance.now();
    for (const s of prefilter.scanBytes(view, f.bytes.length).values()) found += s.length;
    ms += performance.now() - t;
  }
  return { ms, found };
}

const passes = {
  'js, latin1 text': () => cold(jsScan),
  'wasm, cold buffers': () => cold(wasmScan),
  'wasm, just read': () => justRead(wasmScan),
  'wasm, read in place': () => readInPlace(),
};
type Pass = keyof typeof passes;

// Same offsets, file by file, before timing anything.
const key = (m: Map<number, number[]>) =>
  JSON.stringify([...m].map(([r, s]) => [r, [...s].sort((a, b) => a - b)]).sort((a, b) => Number(a[0]) - Number(b[0])));
for (const f of files) {
  const a = key(jsScan(f, f.bytes, f.bytes.length));
  const b = key(wasmScan(f, f.bytes, f.bytes.length));
  if (a !== b) throw new Error(`results differ on ${f.path}`);
}

const names = Object.keys(passes) as Pass[];
const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<Pass, number[]>;
const found = new Set<number>();
for (let r = 0; r < rounds; r++) {
  for (const name of names) {
    const result = passes[name]();
    times[name].push(result.ms);
    found.add(result.found);
  }
}
if (found.size !== 1) throw new Error(`passes found different keyword counts: ${[...found].join(', ')}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const rate = (name: Pass) => total / MB / (median(times[name]) / 1000);
for (const name of names) {
  console.log(
    `${name.padEnd(20)} ${rate(name).toFixed(0).padStart(6)} MB/s  (median ${median(times[name]).toFixed(1)} ms of ${rounds})`,
  );
}
console.log(`${[...found][0]} keyword offsets in every pass`);
console.log(
  `speed-up over the JavaScript loop: ${(rate('wasm, cold buffers') / rate('js, latin1 text')).toFixed(2)}x cold, ${(rate('wasm, just read') / rate('js, latin1 text')).toFixed(2)}x just read, ${(rate('wasm, read in place') / rate('js, latin1 text')).toFixed(2)}x read in place`,
);
