import { Worker } from 'node:worker_threads';
import { type FileScanner, HEAD_BYTES, type ScanTally } from './file-scanner.js';
import { type ReadAheadAreas, runLanes } from './prefilter.js';
import type { WalkedFile } from './walk.js';

/**
 * Read-ahead: a small thread opens, reads and closes files into shared memory while the scanning
 * thread scans them. Those system calls are a quarter of a single-threaded scan (~150 ms per 100 MB
 * of source files); on a 2-core runner the second core makes them instead. Full scan workers
 * (worker-pool.ts) pay off only from 4 cores: each loads the bundle and warms up its own JIT.
 *
 * A file too large for a slot is read into one of a few WebAssembly memories ("areas") laid out as
 * the prefilter's (when the scan gives them), and the reader runs the prefilter's lanes over it
 * there: reading and the lanes are a third to a half of the scanning thread's time on large files
 * (JSON descriptions, bundles, lockfiles), and the scanning thread scans a file in one area while
 * the reader fills the next.
 *
 * Both threads claim files from one shared cursor: whenever the next slot is not filled yet, the
 * scanning thread reads a file itself instead of waiting, so a reader that is still starting (or
 * stalls) never slows the scan, and every file is claimed exactly once. The reader thread lives as
 * long as the process (unref'd) and serves one scan at a time; it starts in ~40 ms without the
 * bundle, and only for a scan that uses it (a small tree or the worker pool starts no thread).
 */

/** Slots in the ring, and bytes per slot: larger files are read by the scanning thread itself. */
const SLOTS = 32;
const HALF = SLOTS / 2;
const SLOT_BYTES = 256 * 1024;

/**
 * Per-slot header, Int32 fields: state, file index, bytes read, file size, mode; for a file in an
 * area, the area, its lanes' record count, the bytes they covered and the last lane's state.
 */
const FIELDS = 9;
/**
 * Slot states. SELF: the scanning thread reads this file itself (too large without areas, or
 * reading failed). AREA: the file is in an area, prefiltered.
 */
const EMPTY = 0;
const FULL = 1;
const SELF = 2;
const END = 3;
const AREA = 4;

/**
 * `control[CURSOR]`: next file index to claim; `control[READER]`: the reader's state in this scan;
 * `control[SLEEPING]`: while the reader waits, 1 + the header offset of the slot it waits for, so the
 * scanning thread wakes it only when it empties that slot (a notify per file cost a tenth of the
 * scanning thread's time).
 */
const CURSOR = 0;
const READER = 1;
const SLEEPING = 2;
/** `control[BUSY + a]`: 1 while area `a` holds a file the scanning thread has not scanned yet. */
const BUSY = 3;
const IDLE = 0;
const RUNNING = 1;
const CANCELLED = 2;
const STOPPED = 3;

/**
 * Below this many files a scan does not use the reader (its thread takes ~40 ms to start, which a
 * tree of a few small files would feel), unless the files are large (see READ_AHEAD_LARGE_BYTES).
 */
export const READ_AHEAD_MIN_FILES = 64;
/** A file this large (one a slot cannot hold) makes the reader worth starting for the files after it. */
export const READ_AHEAD_LARGE_BYTES = SLOT_BYTES;

/** A scan handed to the reader thread. */
interface ReadJob {
  paths: string[];
  maxFileSize: number;
  control: SharedArrayBuffer;
  headers: SharedArrayBuffer;
  areas: ReadAheadAreas | undefined;
}

/** Where an area's lane records start: after the file's bytes, 8-byte aligned (records are i32 pairs). */
function recordsAt(base: number, length: number): number {
  return (base + length + 7) & ~7;
}

/**
 * The reader thread's code, run with `eval` so it starts without loading the bundle (and the same
 * from TypeScript sources in tests). Plain CommonJS, so it repeats the constants above and what
 * FileScanner's read does (only the head of a file over the size limit is read). O_NONBLOCK: a path
 * that became a FIFO after the walk must not block the read.
 */
const READER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const mem = new Uint8Array(workerData.data);
const FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK || 0);
const runLanes = ${runLanes.toString()};
const recordsAt = ${recordsAt.toString()};
const PAGE = 65536;
/** Grows a shared memory to at least 'bytes' (by a quarter more, so records grow it rarely). */
function ensure(memory, bytes) {
  const have = memory.buffer.byteLength;
  if (have < bytes) memory.grow(Math.ceil((Math.max(bytes, have + (have >> 2)) - have) / PAGE));
}
/**
 * Reads the file open as 'fd' ('want' bytes) into area 'a' and runs the lanes over it, the
 * records after its bytes; returns [length, records, covered, state].
 */
function readIntoArea(areas, kernel, a, fd, want) {
  const memory = areas.memories[a];
  const { base, params } = areas;
  ensure(memory, recordsAt(base, want) + 8);
  const u8 = new Uint8Array(memory.buffer);
  let length = 0;
  while (length < want) {
    const n = fs.readSync(fd, u8, base + length, want - length, length);
    if (n === 0) break;
    length += n;
  }
  const i32 = new Int32Array(memory.buffer);
  const at = recordsAt(base, length) >> 2;
  let records = 0;
  const [covered, state] = runLanes(kernel, i32, base, length, params, (first, count) => {
    ensure(memory, (at + 2 * (records + count)) * 4);
    new Int32Array(memory.buffer).set(i32.subarray(first, first + 2 * count), at + 2 * records);
    records += count;
  });
  return [length, records, covered, state];
}
parentPort.on('message', ({ paths, maxFileSize, control, headers, areas }) => {
  const ctl = new Int32Array(control);
  const hdr = new Int32Array(headers);
  if (Atomics.compareExchange(ctl, ${READER}, ${IDLE}, ${RUNNING}) !== ${IDLE}) return;
  const kernels = areas ? areas.memories.map((memory) => new WebAssembly.Instance(areas.module, { m: { memory } }).exports) : [];
  let turn = 0;
  let claimed = -1;
  let h = 0;
  try {
    for (let k = 0; ; k = (k + 1) % ${SLOTS}) {
      h = k * ${FIELDS};
      // A full slot here means the ring is full (both threads go round it in order): sleep until
      // half of it is empty, i.e. until the slot ${HALF - 1} ahead is, so one wake-up fills ${HALF}
      // slots (a wake-up per file cost the scanning thread a twentieth of its time on a tree of
      // small files). Re-read the state each time (waiting on a value read earlier could sleep on
      // a slot emptied in between), and announce the wait before waiting: a slot emptied in
      // between makes the wait return at once.
      if (Atomics.load(hdr, h) !== ${EMPTY}) {
        const w = ((k + ${HALF - 1}) % ${SLOTS}) * ${FIELDS};
        for (let v = Atomics.load(hdr, w); v !== ${EMPTY}; v = Atomics.load(hdr, w)) {
          Atomics.store(ctl, ${SLEEPING}, w + 1);
          Atomics.wait(hdr, w, v, 1000);
          Atomics.store(ctl, ${SLEEPING}, 0);
        }
      }
      claimed = Atomics.add(ctl, ${CURSOR}, 1);
      if (claimed >= paths.length) break;
      let state = ${SELF}, length = 0, size = 0, mode = 0, area = -1, records = 0, covered = 0, laneState = 0;
      try {
        const fd = fs.openSync(paths[claimed], FLAGS);
        try {
          const st = fs.fstatSync(fd);
          size = st.size;
          mode = st.mode & 0o7777;
          const want = size > maxFileSize ? Math.min(${HEAD_BYTES}, size) : size;
          if (st.isFile() && want <= ${SLOT_BYTES}) {
            const base = k * ${SLOT_BYTES};
            while (length < want) {
              const n = fs.readSync(fd, mem, base + length, want - length, length);
              if (n === 0) break;
              length += n;
            }
            state = ${FULL};
          } else if (st.isFile() && areas) {
            // The areas take turns: wait until the scanning thread is done with this one's last file.
            area = turn;
            turn = (turn + 1) % areas.memories.length;
            while (Atomics.load(ctl, ${BUSY} + area) !== 0) Atomics.wait(ctl, ${BUSY} + area, 1, 1000);
            Atomics.store(ctl, ${BUSY} + area, 1);
            try {
              [length, records, covered, laneState] = readIntoArea(areas, kernels[area], area, fd, want);
              state = ${AREA};
            } finally {
              if (state !== ${AREA}) Atomics.store(ctl, ${BUSY} + area, 0);
            }
          }
        } finally {
          fs.closeSync(fd);
        }
      } catch {
        state = ${SELF}; // the scanning thread reads it again and meets the error where it is reported
      }
      hdr[h + 1] = claimed;
      hdr[h + 2] = length;
      hdr[h + 3] = size;
      hdr[h + 4] = mode;
      hdr[h + 5] = area;
      hdr[h + 6] = records;
      hdr[h + 7] = covered;
      hdr[h + 8] = laneState;
      Atomics.store(hdr, h, state);
      Atomics.notify(hdr, h);
      claimed = -1;
    }
    Atomics.store(hdr, h, ${END});
  } catch {
    // Unexpected: hand a claimed file back; the scanning thread reads the rest itself.
    if (claimed >= 0 && claimed < paths.length) {
      hdr[h + 1] = claimed;
      Atomics.store(hdr, h, ${SELF});
    }
  } finally {
    Atomics.store(ctl, ${READER}, ${STOPPED});
    Atomics.notify(hdr, h);
  }
});
`;

/** The reader thread of this thread, and the slot memory it reads into. */
let reader: { worker: Worker; data: SharedArrayBuffer; views: Buffer[] } | undefined;

/** Starts the reader thread if it is not running (cheap when it is). */
export function prepareReadAhead(): void {
  if (reader) return;
  const data = new SharedArrayBuffer(SLOT_BYTES * SLOTS);
  const worker = new Worker(READER_SOURCE, { eval: true, workerData: { data } });
  // It must not keep the process alive, and a reader that dies is replaced by the next scan.
  worker.unref();
  const current = {
    worker,
    data,
    views: Array.from({ length: SLOTS }, (_, k) => Buffer.from(data, k * SLOT_BYTES, SLOT_BYTES)),
  };
  const forget = () => {
    if (reader === current) reader = undefined;
  };
  worker.on('error', forget);
  worker.on('exit', forget);
  reader = current;
}

/**
 * Scans `files` on the calling thread while the reader thread reads ahead (see above): the same
 * result as scanning them one by one, in another order. Returns how many files the reader read into
 * slots, and how many into areas (prefiltered there).
 */
export function scanWithReadAhead(
  scanner: FileScanner,
  files: readonly WalkedFile[],
  maxFileSize: number,
  tally: ScanTally,
): { slots: number; areas: number } {
  prepareReadAhead();
  const byReader = { slots: 0, areas: 0 };
  const { worker, views } = reader!;
  const areas = scanner.readAheadAreas();
  const job: ReadJob = {
    paths: files.map((f) => f.absolute),
    maxFileSize,
    control: new SharedArrayBuffer(4 * (BUSY + (areas?.memories.length ?? 0))),
    headers: new SharedArrayBuffer(4 * FIELDS * SLOTS),
    areas,
  };
  const ctl = new Int32Array(job.control);
  const hdr = new Int32Array(job.headers);
  worker.postMessage(job);
  for (let k = 0; ; ) {
    const h = k * FIELDS;
    const state = Atomics.load(hdr, h);
    if (state === FULL || state === SELF || state === AREA) {
      const file = files[hdr[h + 1]!]!;
      const [length, size, mode] = [hdr[h + 2]!, hdr[h + 3]!, hdr[h + 4]!];
      if (state === FULL) {
        byReader.slots++;
        scanner.scanRead(file, { length, size, mode, buf: views[k]! }, tally);
      } else if (state === AREA && areas) {
        byReader.areas++;
        const area = hdr[h + 5]!;
        const { base } = areas;
        // The memory may have grown since this thread last looked: its buffer is then a new one.
        const buffer = areas.memories[area]!.buffer;
        const records = hdr[h + 6]!;
        const prefiltered = {
          records: new Int32Array(buffer, recordsAt(base, length), 2 * records),
          count: records,
          base,
          covered: hdr[h + 7]!,
          state: hdr[h + 8]!,
        };
        try {
          scanner.scanRead(file, { length, size, mode, buf: Buffer.from(buffer, base, length), prefiltered }, tally);
        } finally {
          Atomics.store(ctl, BUSY + area, 0);
          Atomics.notify(ctl, BUSY + area);
        }
      } else scanner.scanFile(file, tally);
      Atomics.store(hdr, h, EMPTY);
      if (Atomics.load(ctl, SLEEPING) === h + 1) Atomics.notify(hdr, h);
      k = (k + 1) % SLOTS;
      continue;
    }
    if (state === END) return byReader;
    // The next slot is not filled yet: read a file here rather than wait.
    const claimed = Atomics.add(ctl, CURSOR, 1);
    if (claimed < files.length) {
      scanner.scanFile(files[claimed]!, tally);
      continue;
    }
    // Every file is claimed. A reader that has not started this job must not start it now; one that
    // stopped has filled its last slot (read its state before the slot's); otherwise it is reading
    // into this slot.
    if (Atomics.compareExchange(ctl, READER, IDLE, CANCELLED) === IDLE) return byReader;
    const readerState = Atomics.load(ctl, READER);
    if (Atomics.load(hdr, h) !== EMPTY) continue;
    if (readerState !== RUNNING) return byReader;
    Atomics.wait(hdr, h, EMPTY, 100);
  }
}
