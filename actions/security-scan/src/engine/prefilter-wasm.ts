/**
 * The prefilter's inner loop as a WebAssembly module, assembled here from an opcode list: no
 * generated artifact, no build step, no dependency. Compiled, each byte's step is four machine
 * instructions (memory accesses are checked by guard pages, not one by one as typed arrays are),
 * about twice the throughput of the same loop in JavaScript (bench/scan/prefilter-bench.ts).
 * Binary format: https://webassembly.github.io/spec/core/binary/index.html
 */

/** Linear memory layout (byte addresses); the input follows the table. States are byte offsets into the table. */
export const LAYOUT = {
  /** Lane states in and out of every call (i32 each), then the next hit record's address. */
  states: 0,
  /** Byte → character class × 4: u8 × 256, or i32 × 256 in the `wide` kernel. */
  classes: 256,
  /** Hit records: (byte address, state) pairs of i32. */
  hits: 2048,
  hitCapacity: 32 * 1024,
  /** Transition table: i32 entries, each the next state's premultiplied byte offset. */
  table: 2048 + 32 * 1024 * 8,
} as const;

const I32 = 0x7f;
/** Where the next hit record goes. */
const OUT = LAYOUT.states + 64;
const op = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  get: 0x20,
  set: 0x21,
  load: 0x28,
  load8u: 0x2d,
  store: 0x36,
  const: 0x41,
  geU: 0x4f,
  add: 0x6a,
  sub: 0x6b,
  mul: 0x6c,
  or: 0x72,
  shl: 0x74,
  shrU: 0x76,
  and: 0x71,
  void: 0x40,
} as const;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) return [...out, b];
    out.push(b | 0x80);
  }
}

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const name = (s: string): number[] => [...uleb(s.length), ...Buffer.from(s, 'latin1')];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const i32 = (n: number): number[] => [op.const, ...sleb(n | 0)];
const load = (offset: number): number[] => [op.load, 2, ...uleb(offset)];
const store = (offset: number): number[] => [op.store, 2, ...uleb(offset)];

/** Largest memory in 64 KiB pages (4 GiB, all of wasm32): a shared memory must declare one. */
const MAX_PAGES = 65536;

/**
 * A module importing memory `m.memory` (shared or not: an import must say which) and exporting one
 * function `exported`: `params` i32 parameters, an i32 result, body `fn` (locals declaration included).
 */
function moduleOf(exported: string, params: number, fn: number[], shared: boolean): number[] {
  const limits = shared ? [0x03, ...uleb(1), ...uleb(MAX_PAGES)] : [0x00, ...uleb(1)];
  return [
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec([[0x60, ...vec(new Array<number[]>(params).fill([I32])), ...vec([[I32]])]])),
    ...section(2, vec([[...name('m'), ...name('memory'), 0x02, ...limits]])),
    ...section(3, vec([[0]])),
    ...section(7, vec([[...name(exported), 0x00, 0]])),
    ...section(10, vec([[...uleb(fn.length), ...fn]])),
  ];
}

/**
 * `scan(p, q, n, h) → count` steps `lanes` interleaved automata, lane k reading the `n` bytes from
 * address `p + k × q` (`n` a multiple of `unroll`). Each byte's step depends on the previous one's,
 * so one lane would leave the CPU waiting on a load; independent lanes overlap those waits. States
 * live at `LAYOUT.states` between calls, so a long buffer is scanned in several calls. Every step
 * into a state with bit `h` set (the keyword-ending states, numbered last from `h` on) appends an
 * (address, state) record at `LAYOUT.hits`: one test of all lanes' states OR-ed together per step,
 * the per-lane tests only when it passes. `h = 0` records nothing (a warm-up). At most `n × lanes`
 * records, which must fit `LAYOUT.hitCapacity`. `wide`: more than 64 character classes, so class × 4
 * does not fit the byte-wide class map.
 */
function moduleBytes(lanes: number, unroll: number, wide: boolean, shared: boolean): number[] {
  // Locals: params p=0 q=1 n=2 h=3; then end, out, lane states, lane offsets k × q and addresses (k ≥ 1).
  const [end, out] = [4, 5];
  const st = (k: number) => 6 + k;
  const off = (k: number) => 5 + lanes + k;
  const at = (k: number) => (k === 0 ? 0 : 4 + 2 * lanes + k);
  const code: number[] = [];
  for (let k = 0; k < lanes; k++) code.push(...i32(0), ...load(LAYOUT.states + 4 * k), op.set, st(k));
  for (let k = 1; k < lanes; k++) code.push(op.get, 1, ...i32(k), op.mul, op.set, off(k));
  code.push(op.get, 0, op.get, 2, op.add, op.set, end, ...i32(0), ...i32(LAYOUT.hits), ...store(OUT));
  code.push(op.block, op.void, op.loop, op.void, op.get, 0, op.get, end, op.geU, op.brIf, 1);
  for (let k = 1; k < lanes; k++) code.push(op.get, 0, op.get, off(k), op.add, op.set, at(k));
  for (let u = 0; u < unroll; u++) {
    for (let k = 0; k < lanes; k++) {
      // state = table[state + classes[byte]]: the load offsets are immediates (free in the address).
      code.push(op.get, st(k), op.get, at(k), op.load8u, 0, ...uleb(u));
      if (wide) code.push(...i32(2), op.shl, ...load(LAYOUT.classes));
      else code.push(op.load8u, 0, ...uleb(LAYOUT.classes));
      code.push(op.add, ...load(LAYOUT.table), op.set, st(k));
    }
    for (let k = 0; k < lanes; k++) code.push(op.get, st(k), ...(k > 0 ? [op.or] : []));
    code.push(op.get, 3, op.and, op.if, op.void);
    for (let k = 0; k < lanes; k++) {
      code.push(op.get, st(k), op.get, 3, op.and, op.if, op.void);
      // The record count lives in memory, not a local: one register less for the hot loop.
      code.push(...i32(0), ...load(OUT), op.set, out);
      code.push(op.get, out, op.get, at(k), ...i32(u), op.add, ...store(0));
      code.push(
        op.get,
        out,
        op.get,
        st(k),
        ...store(4),
        ...i32(0),
        op.get,
        out,
        ...i32(8),
        op.add,
        ...store(OUT),
        op.end,
      );
    }
    code.push(op.end);
  }
  code.push(op.get, 0, ...i32(unroll), op.add, op.set, 0, op.br, 0, op.end, op.end);
  for (let k = 0; k < lanes; k++) code.push(...i32(0), op.get, st(k), ...store(LAYOUT.states + 4 * k));
  code.push(...i32(0), ...load(OUT), ...i32(LAYOUT.hits), op.sub, ...i32(3), op.shrU);
  const fn = [...vec([[...uleb(3 * lanes), I32]]), ...code, op.end];
  return moduleOf('scan', 4, fn, shared);
}

const V128 = 0x7b;
/** SIMD instructions: the 0xfd prefix, then the opcode as a LEB128 number. */
const simd = (code: number): number[] => [0xfd, ...uleb(code)];
const v = {
  load: [...simd(0x00), 0, 0],
  const0: [...simd(0x0c), ...new Array<number>(16).fill(0)],
  splat8: simd(0x0f),
  extractLane32: simd(0x1b),
  sub8: simd(0x71),
  pairwise8to16: simd(0x7d),
  pairwise16to32: simd(0x7f),
};
const [ltU, gtU, tee, load8s] = [0x49, 0x4b, 0x22, 0x2c];

/**
 * A byte test a counter sums: `eq` (byte = `value`), `gtS` (byte as signed > `value`) or `gtU`
 * (byte as unsigned > `value`).
 */
export interface ByteTest {
  cmp: 'eq' | 'gtS' | 'gtU';
  value: number;
}

/** SIMD (i8x16) and scalar (i32) compare opcodes of each test. */
const COMPARE = {
  eq: { lanes: simd(0x23), scalar: 0x46, signed: false },
  gtS: { lanes: simd(0x27), scalar: 0x4a, signed: true },
  gtU: { lanes: simd(0x28), scalar: gtU, signed: false },
} as const;

/**
 * `count(p, n) → total`: over the bytes in `[p, p + n)`, how many pass each of `tests`, summed;
 * sixteen bytes per step (a compare and a subtract per test into per-byte counters, summed before
 * they can overflow), the last few bytes one by one. Line numbers of findings need every newline
 * before them counted: on a 60 MB JSON file, a native `indexOf` per line cost a sixth of the scan.
 */
function countModuleBytes(tests: readonly ByteTest[], shared: boolean): number[] {
  // Locals: params p=0 n=1; then end, total, stop (i32); counters, bytes, one splat per test (v128).
  const [p, n, end, total, stop, acc, bytes] = [0, 1, 2, 3, 4, 5, 6];
  const splat = (t: number) => 7 + t;
  // A step adds at most one per test to each byte counter.
  const block = Math.floor(255 / tests.length) * 16;
  const code = [
    ...[op.get, p, op.get, n, op.add, op.set, end],
    ...tests.flatMap((t, k) => [...i32(t.value), ...v.splat8, op.set, splat(k)]),
    ...[op.block, op.void, op.loop, op.void],
    ...[op.get, end, op.get, p, op.sub, ...i32(16), ltU, op.brIf, 1],
    // stop = p + min(block, (end - p) rounded down to 16)
    ...[op.get, end, op.get, p, op.sub, ...i32(-16), op.and, op.set, stop],
    ...[op.get, stop, ...i32(block), gtU, op.if, op.void, ...i32(block), op.set, stop, op.end],
    ...[op.get, p, op.get, stop, op.add, op.set, stop],
    ...[...v.const0, op.set, acc],
    ...[op.loop, op.void, op.get, p, ...v.load, op.set, bytes],
    ...tests.flatMap((t, k) => [
      op.get,
      acc,
      op.get,
      bytes,
      op.get,
      splat(k),
      ...COMPARE[t.cmp].lanes,
      ...v.sub8,
      op.set,
      acc,
    ]),
    ...[op.get, p, ...i32(16), op.add, tee, p, op.get, stop, ltU, op.brIf, 0, op.end],
    ...[op.get, acc, ...v.pairwise8to16, ...v.pairwise16to32, op.set, acc, op.get, total],
    ...[0, 1, 2, 3].flatMap((lane) => [op.get, acc, ...v.extractLane32, lane, op.add]),
    ...[op.set, total, op.br, 0, op.end, op.end],
    ...[op.block, op.void, op.loop, op.void, op.get, p, op.get, end, op.geU, op.brIf, 1],
    ...tests.flatMap((t) => {
      const c = COMPARE[t.cmp];
      return [
        op.get,
        total,
        op.get,
        p,
        c.signed ? load8s : op.load8u,
        0,
        0,
        ...i32(t.value),
        c.scalar,
        op.add,
        op.set,
        total,
      ];
    }),
    ...[op.get, p, ...i32(1), op.add, op.set, p, op.br, 0, op.end, op.end],
    ...[op.get, total],
  ];
  const fn = [
    ...vec([
      [3, I32],
      [2 + tests.length, V128],
    ]),
    ...code,
    op.end,
  ];
  return moduleOf('count', 2, fn, shared);
}

/** The exports of one instance. */
export interface PrefilterKernel {
  scan(p: number, q: number, n: number, h: number): number;
}

/** A byte counter's export (see countModuleBytes). */
export interface ByteCounter {
  count(p: number, n: number): number;
}

/** A WebAssembly.Memory: its buffer is replaced (the old one detached) by every `grow`. */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

/**
 * The few WebAssembly constructors used here. Node has them all, but the project compiles against
 * lib ES2023 and @types/node, neither of which declares the WebAssembly namespace (it is in lib DOM).
 */
const WebAssembly = (
  globalThis as unknown as {
    WebAssembly: {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object, imports: object) => { exports: object };
      Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
    };
  }
).WebAssembly;

/** A compiled module, which a thread can pass to another (postMessage) to instantiate there. */
export type WasmModule = object;

/** Memories made shared (their buffer is a SharedArrayBuffer, growing it detaches no view). */
const sharedMemories = new WeakSet<WasmMemory>();

/**
 * A new linear memory of `pages` × 64 KiB, for `prefilterKernel`. A shared one can be passed to
 * another thread, which then reads and scans into it while this one reads it too.
 */
export function wasmMemory(pages: number, shared = false): WasmMemory {
  if (!shared) return new WebAssembly.Memory({ initial: pages });
  const memory = new WebAssembly.Memory({ initial: pages, maximum: MAX_PAGES, shared: true });
  sharedMemories.add(memory);
  return memory;
}

const modules = new Map<string, WasmModule>();

/** The module `bytes(shared)` builds, compiled once per process under `key` and sharedness. */
function compiled(key: string, bytes: (shared: boolean) => number[], shared: boolean): WasmModule {
  const k = `${key}:${shared ? 'shared' : 'own'}`;
  let module = modules.get(k);
  if (!module) {
    module = new WebAssembly.Module(new Uint8Array(bytes(shared)));
    modules.set(k, module);
  }
  return module;
}

/** The exports of an instance of `module` over `memory`. */
export function instanceOf(module: WasmModule, memory: WasmMemory): object {
  return new WebAssembly.Instance(module, { m: { memory } }).exports;
}

/** A counter of the bytes passing `tests` (see countModuleBytes) over `memory`. */
export function byteCounter(memory: WasmMemory, tests: readonly ByteTest[]): ByteCounter {
  const key = `count:${tests.map((t) => `${t.cmp}${t.value}`).join(',')}`;
  const shared = sharedMemories.has(memory);
  return instanceOf(
    compiled(key, (sh) => countModuleBytes(tests, sh), shared),
    memory,
  ) as ByteCounter;
}

/**
 * The kernel module of a variant, for memories shared or not (each compiled once per process,
 * synchronously: it is tiny).
 */
export function kernelModule(lanes: number, unroll: number, wide: boolean, shared: boolean): WasmModule {
  return compiled(`${lanes}/${unroll}/${wide}`, (sh) => moduleBytes(lanes, unroll, wide, sh), shared);
}

/** An instance of the kernel over `memory`. */
export function prefilterKernel(memory: WasmMemory, lanes: number, unroll: number, wide: boolean): PrefilterKernel {
  return instanceOf(kernelModule(lanes, unroll, wide, sharedMemories.has(memory)), memory) as PrefilterKernel;
}
