// Benchmark of the keyword prefilter alone: the plain-JavaScript loop it replaced (kept below as the
// reference) against `Prefilter.scanBytes` as ContentScanner runs it, on the same preloaded files, in
// the same run, alternating; prints MB/s (median of the rounds) and checks both give the same offsets.
// Three ways to hand over the bytes: cold preloaded buffers; each file first copied (untimed) into a
// reused buffer, as FileScanner's readSync leaves it in the cache; read straight into the prefilter's
// WebAssembly memory (`Prefilter.input`, no copy).
//   npx tsx bench/scan/prefilter-bench.ts [--dir=/tmp/prof/corpus] [--mb=100] [--rounds=5]
// Without --dir it builds a corpus of node_modules source text (bench/scan/corpus.ts) in a temp dir.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { defaultConfig } from '../../shared/security/config.js';
import { ContentScanner } from '../../shared/security/content-scan.js';
import { languageOf } from '../../shared/security/language.js';
import { Prefilter } from '../../shared/security/prefilter.js';
import { activeRules } from '../../shared/security/registry.js';
import { CATEGORIES, type Language, type PatternRule } from '../../shared/security/rule.js';
import { buildCorpus } from './corpus.js';

/** Below this many bytes per lane, one lane (the lanes' set-up costs more than it saves). */
const LANE_MIN = 1024;

/**
 * The reference: the prefilter as it was before the WebAssembly loop (commit 5aa1452), one pass over each file with an Aho-Corasick automaton of every rule
 * keyword (ASCII case folded inside the automaton, so the text is never lowercased or copied).
 * It yields which rules can match and where their keywords occur, before any per-rule regex runs.
 */
class JsPrefilter {
  /**
   * Transition table, `table[row + class]` where `row` = state × width: the next state's row, with
   * the sign bit set when that state ends a keyword. Rows are premultiplied so the step from one
   * byte to the next is one add and one load (the loop's critical path).
   */
  private readonly table: Int32Array;
  /** Longest keyword: a stream that starts this many bytes early is in the right state. */
  private readonly maxLength: number;
  private readonly width: number;
  /** Byte → character class (0 for bytes in no keyword, including every byte ≥ 128). */
  private readonly classOf = new Uint8Array(256);
  /** For each state, keyword ids that end there (via suffix links too), or undefined. */
  private readonly outputs: (number[] | undefined)[];
  private readonly keywordRules: number[][];
  private readonly keywordLength: number[];
  private readonly always: number[] = [];
  /** Start offsets per keyword in the current scan (reused), and the keywords seen so far. */
  private readonly starts: (number[] | undefined)[];
  private readonly seen: number[] = [];

  /** `rules[i].keywords` lists lowercase ASCII literals; a rule without keywords always runs; `include` narrows the rules. */
  constructor(
    rules: readonly { keywords?: readonly string[] | undefined }[],
    include: (index: number) => boolean = () => true,
  ) {
    const ids = new Map<string, number>();
    this.keywordRules = [];
    rules.forEach((rule, index) => {
      if (!include(index)) return;
      if (!rule.keywords || rule.keywords.length === 0) {
        this.always.push(index);
        return;
      }
      for (const raw of rule.keywords) {
        const kw = raw.toLowerCase();
        let id = ids.get(kw);
        if (id === undefined) {
          id = ids.size;
          ids.set(kw, id);
          this.keywordRules.push([]);
        }
        this.keywordRules[id]!.push(index);
      }
    });
    const keywords = [...ids.keys()];
    this.keywordLength = keywords.map((k) => k.length);
    this.maxLength = Math.max(0, ...this.keywordLength);
    this.starts = new Array<number[] | undefined>(keywords.length).fill(undefined);
    // Alphabet: one class per distinct keyword character (letters case-folded), 0 for the rest.
    let classes = 1;
    for (const kw of keywords) {
      for (const ch of kw) {
        const code = ch.charCodeAt(0);
        if (code >= 128) throw new Error(`Prefilter keywords must be ASCII: ${JSON.stringify(kw)}`);
        if (this.classOf[code] === 0) {
          this.classOf[code] = classes;
          if (code >= 97 && code <= 122) this.classOf[code - 32] = classes;
          classes++;
        }
      }
    }
    this.width = classes;
    // Trie.
    const children: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    keywords.forEach((kw, id) => {
      let s = 0;
      for (const ch of kw) {
        const c = this.classOf[ch.charCodeAt(0)]!;
        let next = children[s]!.get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          out.push([]);
          children[s]!.set(c, next);
        }
        s = next;
      }
      out[s]!.push(id);
    });
    // Breadth-first: failure links folded into a full transition table.
    const n = children.length;
    const delta = new Int32Array(n * classes);
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (let c = 0; c < classes; c++) {
      const next = children[0]!.get(c);
      if (next !== undefined && c !== 0) {
        delta[c] = next * classes;
        queue.push(next);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const f = fail[s]!;
      out[s]!.push(...out[f]!);
      for (let c = 0; c < classes; c++) {
        const next = c === 0 ? undefined : children[s]!.get(c);
        if (next !== undefined) {
          fail[next] = delta[f * classes + c]! / classes;
          delta[s * classes + c] = next * classes;
          queue.push(next);
        } else {
          delta[s * classes + c] = delta[f * classes + c]!;
        }
      }
    }
    this.outputs = out.map((o) => (o.length > 0 ? o : undefined));
    this.table = new Int32Array(n * classes);
    for (let i = 0; i < delta.length; i++) {
      const row = delta[i]!;
      this.table[i] = out[row / classes]!.length > 0 ? row | 0x80000000 : row;
    }
  }

  /**
   * The same scan over raw bytes (bytes ≥ 128 never start or continue a keyword), so the offsets are
   * byte offsets: those of the latin1 decoding of the buffer. Large buffers are cut into four lanes
   * stepped together: each byte's step depends on the previous one's, so one lane leaves the CPU
   * waiting on a load; four independent lanes overlap those waits. A lane starts `maxLength - 1`
   * bytes before its share (a keyword ending in the share starts no earlier), reporting nothing there.
   */
  scanBytes(bytes: Uint8Array, length: number): Map<number, number[]> {
    if (this.keywordLength.length === 0) return this.collect();
    const { table, classOf } = this;
    const q = length >= LANE_MIN * 4 ? length >>> 2 : 0;
    let s0 = 0;
    let s1 = this.warm(bytes, q);
    let s2 = this.warm(bytes, 2 * q);
    let s3 = this.warm(bytes, 3 * q);
    for (let i = 0; i < q; i++) {
      const v0 = table[s0 + classOf[bytes[i]!]!]!;
      const v1 = table[s1 + classOf[bytes[i + q]!]!]!;
      const v2 = table[s2 + classOf[bytes[i + 2 * q]!]!]!;
      const v3 = table[s3 + classOf[bytes[i + 3 * q]!]!]!;
      s0 = v0 & 0x7fffffff;
      s1 = v1 & 0x7fffffff;
      s2 = v2 & 0x7fffffff;
      s3 = v3 & 0x7fffffff;
      if ((v0 | v1 | v2 | v3) < 0) {
        if (v0 < 0) this.hit(s0, i);
        if (v1 < 0) this.hit(s1, i + q);
        if (v2 < 0) this.hit(s2, i + 2 * q);
        if (v3 < 0) this.hit(s3, i + 3 * q);
      }
    }
    // The last lane's tail (or the whole buffer when it is too small for lanes).
    let s = q === 0 ? 0 : s3;
    for (let i = 4 * q; i < length; i++) {
      const v = table[s + classOf[bytes[i]!]!]!;
      s = v & 0x7fffffff;
      if (v < 0) this.hit(s, i);
    }
    return this.collect();
  }

  /** The state at `at` for matches ending there or later: read the `maxLength - 1` bytes before it. */
  private warm(bytes: Uint8Array, at: number): number {
    const { table, classOf } = this;
    let s = 0;
    for (let i = Math.max(0, at - this.maxLength + 1); i < at; i++) s = table[s + classOf[bytes[i]!]!]! & 0x7fffffff;
    return s;
  }

  private hit(row: number, end: number): void {
    for (const kw of this.outputs[row / this.width]!) {
      let list = this.starts[kw];
      if (!list) {
        list = [];
        this.starts[kw] = list;
        this.seen.push(kw);
      }
      list.push(end - this.keywordLength[kw]! + 1);
    }
  }

  /** The candidates of the scan that just ended; resets the per-scan state. */
  private collect(): Map<number, number[]> {
    const result = new Map<number, number[]>();
    for (const r of this.always) result.set(r, []);
    for (const kw of this.seen) {
      const list = this.starts[kw]!;
      this.starts[kw] = undefined;
      for (const rule of this.keywordRules[kw]!) {
        const existing = result.get(rule);
        // A keyword's list may be shared by several rules: merging makes a new array.
        result.set(rule, existing ? existing.concat(list) : list);
      }
    }
    this.seen.length = 0;
    return result;
  }
}

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
const scanner = new ContentScanner(rules);
// The reference, built per language exactly as ContentScanner builds its prefilters.
const reference = new Map<Language | undefined, JsPrefilter>();
const referenceFor = (path: string) => {
  const language = languageOf(path);
  let p = reference.get(language);
  if (!p) {
    p = new JsPrefilter(rules, (i) => {
      const langs = rules[i]!.languages;
      return !langs || (language !== undefined && langs.includes(language));
    });
    reference.set(language, p);
  }
  return p;
};

// The WebAssembly prefilters again, for the in-place pass (ContentScanner keeps its own private).
const inPlace = new Map<Language | undefined, Prefilter>();
const inPlaceFor = (path: string) => {
  const language = languageOf(path);
  let p = inPlace.get(language);
  if (!p) {
    p = new Prefilter(rules, (i) => {
      const langs = rules[i]!.languages;
      return !langs || (language !== undefined && langs.includes(language));
    });
    inPlace.set(language, p);
  }
  return p;
};

type Scan = (path: string, bytes: Uint8Array, length: number) => Map<number, number[]>;
const jsScan: Scan = (path, bytes, length) => referenceFor(path).scanBytes(bytes, length);
const wasmScan: Scan = (path, bytes, length) => scanner.candidatesOfBytes(path, bytes, length);

/** Every preloaded file (cold in the cache: the copy into WebAssembly memory reads it from RAM). */
function cold(scan: Scan): { ms: number; found: number } {
  let found = 0;
  const t = performance.now();
  for (const f of files) for (const s of scan(f.path, f.bytes, f.bytes.length).values()) found += s.length;
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
    for (const s of scan(f.path, buffer, f.bytes.length).values()) found += s.length;
    ms += performance.now() - t;
  }
  return { ms, found };
}

/** With each file read straight into the prefilter's memory (`Prefilter.input`): no copy. */
function readInPlace(): { ms: number; found: number } {
  let found = 0;
  let ms = 0;
  for (const f of files) {
    const p = inPlaceFor(f.path);
    const view = p.input(f.bytes.length);
    view.set(f.bytes);
    const t = performance.now();
    for (const s of p.scanBytes(view, f.bytes.length).values()) found += s.length;
    ms += performance.now() - t;
  }
  return { ms, found };
}

const passes = {
  'js, cold buffers': () => cold(jsScan),
  'wasm, cold buffers': () => cold(wasmScan),
  'js, just read': () => justRead(jsScan),
  'wasm, just read': () => justRead(wasmScan),
  'wasm, read in place': () => readInPlace(),
};
type Pass = keyof typeof passes;

// Same offsets, file by file, before timing anything.
const key = (m: Map<number, number[]>) =>
  JSON.stringify([...m].map(([r, s]) => [r, [...s].sort((a, b) => a - b)]).sort((a, b) => Number(a[0]) - Number(b[0])));
for (const f of files) {
  const a = key(jsScan(f.path, f.bytes, f.bytes.length));
  const b = key(wasmScan(f.path, f.bytes, f.bytes.length));
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
  `speed-up: ${(rate('wasm, cold buffers') / rate('js, cold buffers')).toFixed(2)}x cold, ${(rate('wasm, just read') / rate('js, just read')).toFixed(2)}x just read, ${(rate('wasm, read in place') / rate('js, just read')).toFixed(2)}x read in place`,
);
