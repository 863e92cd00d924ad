import { Worker } from 'node:worker_threads';
import { type FileScanner, HEAD_BYTES, type ScanTally } from './file-scanner.js';
import type { WalkedFile } from './walk.js';

/**
 * Read-ahead: a small thread opens, reads and closes files into shared memory while the scanning
 * thread scans them. Those system calls are a quarter of a single-threaded scan (~150 ms per 100 MB
 * of source files); on a 2-core runner the second core makes them instead. Full scan workers
 * (worker-pool.ts) pay off only from 4 cores: each loads the bundle and warms up its own JIT.
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

/** Per-slot header, Int32 fields: state, file index, bytes read, file size, mode. */
const FIELDS = 5;
/** Slot states. SELF: the scanning thread reads this file itself (too large, or reading failed). */
const EMPTY = 0;
const FULL = 1;
const SELF = 2;
const END = 3;

/**
 * `control[CURSOR]`: next file index to claim; `control[READER]`: the reader's state in this scan;
 * `control[SLEEPING]`: while the reader waits, 1 + the header offset of the slot it waits for, so the
 * scanning thread wakes it only when it empties that slot (a notify per file cost a tenth of the
 * scanning thread's time).
 */
const CURSOR = 0;
const READER = 1;
const SLEEPING = 2;
const IDLE = 0;
const RUNNING = 1;
const CANCELLED = 2;
const STOPPED = 3;

/** Below this many files a scan does not use the reader. */
export const READ_AHEAD_MIN_FILES = 64;

/** A scan handed to the reader thread. */
interface ReadJob {
  paths: string[];
  maxFileSize: number;
  control: SharedArrayBuffer;
  headers: SharedArrayBuffer;
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
parentPort.on('message', ({ paths, maxFileSize, control, headers }) => {
  const ctl = new Int32Array(control);
  const hdr = new Int32Array(headers);
  if (Atomics.compareExchange(ctl, ${READER}, ${IDLE}, ${RUNNING}) !== ${IDLE}) return;
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
      let state = ${SELF}, length = 0, size = 0, mode = 0;
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
 * result as scanning them one by one, in another order. Returns how many files the reader read.
 */
export function scanWithReadAhead(
  scanner: FileScanner,
  files: readonly WalkedFile[],
  maxFileSize: number,
  tally: ScanTally,
): number {
  prepareReadAhead();
  let byReader = 0;
  const { worker, views } = reader!;
  const job: ReadJob = {
    paths: files.map((f) => f.absolute),
    maxFileSize,
    control: new SharedArrayBuffer(12),
    headers: new SharedArrayBuffer(4 * FIELDS * SLOTS),
  };
  const ctl = new Int32Array(job.control);
  const hdr = new Int32Array(job.headers);
  worker.postMessage(job);
  for (let k = 0; ; ) {
    const h = k * FIELDS;
    const state = Atomics.load(hdr, h);
    if (state === FULL || state === SELF) {
      const file = files[hdr[h + 1]!]!;
      if (state === FULL) {
        byReader++;
        scanner.scanRead(file, { length: hdr[h + 2]!, size: hdr[h + 3]!, mode: hdr[h + 4]!, buf: views[k]! }, tally);
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
