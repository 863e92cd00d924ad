import { buildAutomaton, type KeywordAutomaton } from './prefilter-automaton.js';
import {
  type ByteCounter,
  type ByteTest,
  byteCounter,
  kernelModule,
  LAYOUT,
  type PrefilterKernel,
  prefilterKernel,
  type WasmMemory,
  type WasmModule,
  wasmMemory,
} from './prefilter-wasm.js';

/**
 * Lanes stepped together by the WebAssembly loop (see `scanBytes`): five is the most whose states and
 * addresses V8 keeps in registers on x64 (with six it spills, and the loop gets slower than with four).
 */
const LANES = 5;
/** Bytes per lane per loop turn. */
const UNROLL = 4;
/** Below this many bytes per lane, one lane in JavaScript (the call and the warm-up cost more than they save). */
const LANE_MIN = 64;
/**
 * Memories the read-ahead thread takes turns filling (see readAheadAreas): with two it waited for
 * the scanning thread about as often as it read (a large JSON tree scanned 20% slower than with
 * three); four were no faster than three, and each holds a copy of the largest file.
 */
const READ_AHEAD_AREAS = 3;
/** Past this, plain JavaScript: hit records hold i32 addresses. */
const WASM_MAX = 1 << 30;
const PAGE = 64 * 1024;
/** Loop turns per call: one hit record per lane and byte at most, so the hit area cannot overflow. */
const CHUNK = Math.floor(LAYOUT.hitCapacity / LANES / UNROLL) * UNROLL;

/**
 * What the prefilter reads of a rule: its keywords. A rule without keywords runs on every file,
 * unless it is limited to some files (`fileGlobs`): then the caller adds it where the glob matches.
 */
export interface PrefilterRule {
  keywords?: readonly string[] | undefined;
  fileGlobs?: readonly string[] | undefined;
}

/**
 * Prefilters made in this thread, by rule keywords: building the automaton takes 3-4 ms and its
 * WebAssembly memory a few more, and every scan of a process (diff and full passes, repeated scans
 * in tests and benchmarks) would build the same. A scan uses a prefilter synchronously, file by file,
 * and `collect` leaves no state behind, so scans in turn can share one.
 */
const prefilters = new Map<string, Prefilter>();

/** The prefilter of `rules` (see the constructor), made once per thread and keyword layout. */
export function prefilterOf(rules: readonly PrefilterRule[]): Prefilter {
  const key = rules.map((r) => `${r.fileGlobs ? '\u0003' : ''}${(r.keywords ?? []).join('\u0001')}`).join('\u0002');
  let prefilter = prefilters.get(key);
  if (!prefilter) {
    prefilter = new Prefilter(rules);
    // Custom rules make each configuration's layout differ: keep the cache from growing without bound.
    if (prefilters.size >= 4) prefilters.clear();
    prefilters.set(key, prefilter);
  }
  return prefilter;
}

/** A memory laid out for the kernel (`LAYOUT`, then the input at `base`), and its byte counters. */
interface Laid {
  memory: WasmMemory;
  /** Counters by their tests, made on first use (see countIn). */
  counters: Map<readonly ByteTest[], ByteCounter>;
}

/** The WebAssembly loop and its memory (views replaced on growth). */
interface Wasm extends Laid {
  kernel: PrefilterKernel;
  base: number;
  i32: Int32Array;
  u8: Uint8Array;
}

/**
 * What `runLanes` needs besides its input: the kernel's constants, plain numbers so they can be
 * passed to the read-ahead thread.
 */
export interface LaneParams {
  lanes: number;
  unroll: number;
  /** Fewer bytes per lane than this, or more bytes in all than `wasmMax`: no lanes (see LANE_MIN, WASM_MAX). */
  laneMin: number;
  wasmMax: number;
  /** LAYOUT.states and LAYOUT.hits. */
  states: number;
  hits: number;
  /** Loop turns per call (see CHUNK). */
  chunk: number;
  /** Bytes each lane reads before its share (see Prefilter.warmup). */
  warmup: number;
  /** The `h` argument of the kernel: the bit of keyword-ending states (premultiplied). */
  hitBit: number;
}

/**
 * Steps the kernel's lanes over the `length` bytes at `base` of the memory `i32` views: each lane
 * first reads `warmup` bytes before its share (lane 0 the padding before `base`) reporting nothing,
 * then calls of at most `chunk` turns, each followed by `take(first, count)` with the i32 index of
 * its first (address, state) record. Returns how many bytes the lanes covered (`lanes × q`, 0 when
 * `length` does not suit them and nothing ran) and the last lane's final state (a row index); the
 * caller steps the rest. Self-contained, no outer names: the read-ahead thread runs its source text.
 */
export function runLanes(
  kernel: PrefilterKernel,
  i32: Int32Array,
  base: number,
  length: number,
  p: LaneParams,
  take: (first: number, count: number) => void,
): [covered: number, state: number] {
  if (length < p.laneMin * p.lanes || length > p.wasmMax) return [0, 0];
  const q = Math.floor(length / (p.lanes * p.unroll)) * p.unroll;
  i32.fill(0, p.states >> 2, (p.states >> 2) + p.lanes);
  kernel.scan(base - p.warmup, q, p.warmup, 0);
  // Each call fills at most the hit area: one record per lane and byte.
  for (let at = 0; at < q; at += p.chunk) {
    const count = kernel.scan(base + at, q, Math.min(p.chunk, q - at), p.hitBit);
    if (count > 0) take(p.hits >> 2, count);
  }
  return [p.lanes * q, i32[(p.states >> 2) + p.lanes - 1]! >> 2];
}

/**
 * Memories the read-ahead thread reads large files into and prefilters them there (see
 * read-ahead.ts), laid out as this thread's own: several, so it can fill one while this thread
 * scans the file in another. `module` is the kernel compiled for shared memories.
 */
export interface ReadAheadAreas {
  memories: WasmMemory[];
  module: WasmModule;
  base: number;
  params: LaneParams;
}

/**
 * A file prefiltered elsewhere (the read-ahead thread): its lanes' records (`count` pairs from
 * `records[0]`, addresses relative to `base`), how many bytes they covered and the last lane's state.
 */
export interface Prefiltered {
  records: Int32Array;
  count: number;
  base: number;
  covered: number;
  state: number;
}

/** `\n` bytes: line numbers. */
const NEWLINES: readonly ByteTest[] = [{ cmp: 'eq', value: 10 }];
/**
 * UTF-16 units of well-formed UTF-8: one per byte that is not a continuation byte (0x80-0xbf, below
 * -64 as a signed byte), and one more per four-byte sequence's lead (above 0xef, a surrogate pair).
 */
const UTF16_UNITS: readonly ByteTest[] = [
  { cmp: 'gtS', value: -65 },
  { cmp: 'gtU', value: 0xef },
];

/**
 * The keyword prefilter: one pass over each file with an Aho-Corasick automaton of every rule
 * keyword (ASCII case folded inside the automaton, so the text is never lowercased or copied).
 * It yields which rules can match and where their keywords occur, before any per-rule regex runs.
 */
export class Prefilter {
  private readonly automaton: KeywordAutomaton;
  /** Longest keyword: a stream that starts this many bytes early is in the right state. */
  private readonly maxLength: number;
  private readonly keywordRules: number[][];
  private readonly keywordLength: number[];
  private readonly always: number[] = [];
  /** Start offsets per keyword in the current scan (reused), and the keywords seen so far. */
  private readonly starts: (number[] | undefined)[];
  private readonly seen: number[] = [];
  /** The WebAssembly loop, its memory (`LAYOUT`, then the input at `base`), made on first use. */
  private wasm: Wasm | undefined;
  /** The kernel's constants for `runLanes`. */
  private readonly params: LaneParams;
  /** The read-ahead thread's memories, made on first use. */
  private areas: ReadAheadAreas | undefined;
  /** The same memories with this thread's byte counters over them. */
  private areasLaid: Laid[] = [];

  /** `rules[i].keywords` lists lowercase ASCII literals (see `PrefilterRule`); `include` narrows the rules. */
  constructor(rules: readonly PrefilterRule[], include: (index: number) => boolean = () => true) {
    const ids = new Map<string, number>();
    this.keywordRules = [];
    rules.forEach((rule, index) => {
      if (!include(index)) return;
      if (!rule.keywords || rule.keywords.length === 0) {
        // Without keywords, a rule limited to some files is the caller's to add for them.
        if (!rule.fileGlobs) this.always.push(index);
        return;
      }
      for (const raw of rule.keywords) {
        const kw = raw.toLowerCase();
        if (kw.length === 0) throw new Error('Prefilter keywords must not be empty');
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
    this.automaton = buildAutomaton(keywords);
    this.params = {
      lanes: LANES,
      unroll: UNROLL,
      laneMin: LANE_MIN,
      wasmMax: WASM_MAX,
      states: LAYOUT.states,
      hits: LAYOUT.hits,
      chunk: CHUNK,
      warmup: this.warmup,
      hitBit: this.automaton.hitRow * 4,
    };
  }

  /**
   * Scans `text` once. Returns the candidate rule indices and, per candidate rule, the start offsets
   * of all its keywords' occurrences (unordered). Rules without keywords map to an empty list.
   */
  scan(text: string): Map<number, number[]> {
    if (this.keywordLength.length === 0) return this.collect();
    const { table, classOf, hitRow } = this.automaton;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const code = text.charCodeAt(i);
      s = table[s + (code < 256 ? classOf[code]! : 0)]!;
      if (s >= hitRow) this.hit(s, i);
    }
    return this.collect();
  }

  /**
   * The same scan over raw bytes (bytes ≥ 128 never start or continue a keyword), so the offsets are
   * byte offsets: those of the latin1 decoding of the buffer. The bytes are copied into WebAssembly
   * memory (unless they were read there, see `input`) and cut into `LANES` shares scanned together;
   * each lane first reads the `maxLength - 1` bytes before its share (a keyword ending in the share
   * starts no earlier), reporting nothing there; lane 0 reads padding of class-0 bytes instead. The
   * last lane's few leftover bytes, and small buffers, are stepped here in JavaScript.
   */
  scanBytes(bytes: Uint8Array, length: number): Map<number, number[]> {
    if (this.keywordLength.length === 0) return this.collect();
    let covered = 0;
    let s = 0;
    if (length >= LANE_MIN * LANES && length <= WASM_MAX) {
      const w = this.memoryFor(length);
      const { kernel, base, i32 } = w;
      if (bytes.buffer !== w.u8.buffer || bytes.byteOffset !== base) {
        w.u8.set(length === bytes.length ? bytes : bytes.subarray(0, length), base);
      }
      [covered, s] = runLanes(kernel, i32, base, length, this.params, (first, count) =>
        this.takeRecords(i32, first, count, base),
      );
    }
    return this.finish(bytes, covered, length, s);
  }

  /** The same result as `scanBytes(bytes, length)` for a file whose lanes ran elsewhere (see Prefiltered). */
  scanPrefiltered(bytes: Uint8Array, length: number, pre: Prefiltered): Map<number, number[]> {
    if (this.keywordLength.length === 0) return this.collect();
    this.takeRecords(pre.records, 0, pre.count, pre.base);
    return this.finish(bytes, pre.covered, length, pre.state);
  }

  /** Records `count` (address, state) pairs from `i32[first]` on: addresses are `base` + offset. */
  private takeRecords(i32: Int32Array, first: number, count: number, base: number): void {
    for (let h = first, e = first + 2 * count; h < e; h += 2) this.hit(i32[h + 1]! >> 2, i32[h]! - base);
  }

  /** Steps `bytes[from, length)` here from state `s` (what the lanes left) and collects the scan. */
  private finish(bytes: Uint8Array, from: number, length: number, s: number): Map<number, number[]> {
    const { table, classOf, hitRow } = this.automaton;
    for (let i = from; i < length; i++) {
      s = table[s + classOf[bytes[i]!]!]!;
      if (s >= hitRow) this.hit(s, i);
    }
    return this.collect();
  }

  /**
   * Memories for the read-ahead thread, laid out as this thread's (made once per prefilter; none when
   * there are no keywords to look for).
   */
  readAheadAreas(): ReadAheadAreas | undefined {
    if (this.keywordLength.length === 0) return undefined;
    if (!this.areas) {
      const memories = Array.from({ length: READ_AHEAD_AREAS }, () => this.laidOutMemory(true));
      // Only what can be posted to another thread (memories, a module, numbers).
      this.areas = {
        memories,
        module: kernelModule(LANES, UNROLL, this.automaton.width > 64, true),
        base: this.inputBase,
        params: this.params,
      };
      this.areasLaid = memories.map((m) => ({ memory: m, counters: new Map() }));
    }
    return this.areas;
  }

  /**
   * A view of `size` bytes where `scanBytes` reads its input: a file read straight into it is not
   * copied. Valid until the next call (growing the memory detaches earlier views).
   */
  input(size: number): Uint8Array {
    const w = this.memoryFor(size);
    return new Uint8Array(w.u8.buffer, w.base, size);
  }

  /**
   * A counter of `\n` bytes in ranges of `bytes` when they lie in this prefilter's memory (a file read
   * through `input`), for line numbers; undefined otherwise. Valid as long as `bytes` is.
   */
  newlinesIn(bytes: Uint8Array): ((from: number, to: number) => number) | undefined {
    return this.countIn(bytes, NEWLINES);
  }

  /**
   * A counter of the UTF-16 units that ranges of `bytes` decode to, for ranges that are well-formed
   * UTF-8 (the caller checks), when they lie in this prefilter's memory; undefined otherwise. Columns
   * of findings on a long non-ASCII line (minified code) need every character before them counted.
   */
  utf16UnitsIn(bytes: Uint8Array): ((from: number, to: number) => number) | undefined {
    return this.countIn(bytes, UTF16_UNITS);
  }

  private countIn(bytes: Uint8Array, tests: readonly ByteTest[]): ((from: number, to: number) => number) | undefined {
    const w =
      this.wasm && bytes.buffer === this.wasm.u8.buffer
        ? this.wasm
        : this.areasLaid.find((a) => bytes.buffer === a.memory.buffer);
    if (!w) return undefined;
    let counter = w.counters.get(tests);
    if (!counter) {
      counter = byteCounter(w.memory, tests);
      w.counters.set(tests, counter);
    }
    const at = bytes.byteOffset;
    const { count } = counter;
    return (from, to) => (to > from ? count(at + from, to - from) : 0);
  }

  /** Bytes a lane reads before its share: at least `maxLength - 1`, whole loop turns. */
  private get warmup(): number {
    return Math.ceil((this.maxLength - 1) / UNROLL) * UNROLL;
  }

  /** Where the input starts in a memory laid out for the kernel: after the table and lane 0's padding. */
  private get inputBase(): number {
    return LAYOUT.table + this.automaton.table.length * 4 + this.warmup;
  }

  /** A new memory with the kernel's tables and lane 0's padding (see LAYOUT), and room for 1 MiB of input. */
  private laidOutMemory(shared: boolean): WasmMemory {
    const memory = wasmMemory(Math.ceil((this.inputBase + 1024 * 1024) / PAGE), shared);
    const { table, classOf, width } = this.automaton;
    const i32 = new Int32Array(memory.buffer);
    const u8 = new Uint8Array(memory.buffer);
    // Class × 4 (a byte offset into a row), byte-wide when it fits (one instruction less per byte).
    const classes = width > 64 ? i32.subarray(LAYOUT.classes >> 2) : u8.subarray(LAYOUT.classes);
    for (let b = 0; b < 256; b++) classes[b] = classOf[b]! * 4;
    for (let i = 0; i < table.length; i++) i32[(LAYOUT.table >> 2) + i] = table[i]! * 4;
    // Lane 0's warm-up reads these: bytes ≥ 128 are in no keyword (class 0 keeps the start state).
    u8.fill(0x80, this.inputBase - this.warmup, this.inputBase);
    return memory;
  }

  /** The WebAssembly side, made on first use, its memory grown to hold `size` input bytes. */
  private memoryFor(size: number): Wasm {
    let w = this.wasm;
    if (!w) {
      const base = this.inputBase;
      const memory = this.laidOutMemory(false);
      const kernel = prefilterKernel(memory, LANES, UNROLL, this.automaton.width > 64);
      const [i32, u8] = [new Int32Array(memory.buffer), new Uint8Array(memory.buffer)];
      w = { kernel, memory, base, i32, u8, counters: new Map() };
      this.wasm = w;
    }
    if (w.u8.length < w.base + size) {
      w.memory.grow(Math.ceil((w.base + size - w.u8.length) / PAGE));
      w.i32 = new Int32Array(w.memory.buffer);
      w.u8 = new Uint8Array(w.memory.buffer);
    }
    return w;
  }

  private hit(row: number, end: number): void {
    const { hitRow, hitShift, outputStart, outputKeywords } = this.automaton;
    const j = (row - hitRow) >> hitShift;
    for (let o = outputStart[j]!, e = outputStart[j + 1]!; o < e; o++) {
      const kw = outputKeywords[o]!;
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
