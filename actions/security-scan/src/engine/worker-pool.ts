import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ScanConfig } from './config.js';
import { emptyTally, FileScanner, mergeTally, type ScanTally } from './file-scanner.js';
import type { Category } from './rule.js';
import type { WalkedFile } from './walk.js';

/** Files a thread claims at a time from the shared cursor. */
const BATCH = 16;

/** `slots[0]`: next file index to claim; `slots[1 + k]`: worker k's state (see below). */
const NEXT = 0;
/** Worker states: not started yet, scanning, cancelled by the main thread before it started. */
const IDLE = 0;
const RUNNING = 1;
const CANCELLED = 2;

/** Data a scan worker is started with; `mokoScanWorker` marks the thread as one of ours. */
interface ScanWorkerData {
  mokoScanWorker: true;
  config: ScanConfig;
  categories: Category[];
  files: WalkedFile[];
  slots: SharedArrayBuffer;
  index: number;
}

/** Script a worker thread runs: set by the entry point that can re-enter itself (the bundle). */
let workerScript: string | URL | undefined;
let workerExecArgv: string[] | undefined;

/**
 * Declares the script workers start from (it must call `runScanWorkerIfWorker()`), and optionally
 * the Node flags they run with (e.g. a TypeScript loader in tests); undefined turns workers off.
 */
export function setScanWorkerScript(script: string | URL | undefined, execArgv?: string[]): void {
  workerScript = script;
  workerExecArgv = execArgv;
}

/** Claims batches from the shared cursor until every file is taken, scanning them into `tally`. */
function drain(scanner: FileScanner, files: readonly WalkedFile[], slots: Int32Array, tally: ScanTally): void {
  for (;;) {
    const first = Atomics.add(slots, NEXT, BATCH);
    if (first >= files.length) return;
    const end = Math.min(files.length, first + BATCH);
    for (let i = first; i < end; i++) scanner.scanFile(files[i]!, tally);
  }
}

/** If this thread is a scan worker, scans its share and returns true; otherwise returns false. */
export function runScanWorkerIfWorker(): boolean {
  const data = workerData as Partial<ScanWorkerData> | undefined;
  if (isMainThread || !data?.mokoScanWorker || !parentPort || !data.slots || !data.files) return false;
  const slots = new Int32Array(data.slots);
  const tally = emptyTally();
  // The main thread may have finished every file before this worker was up; then it has already
  // been told not to start, and claims nothing.
  if (Atomics.compareExchange(slots, 1 + (data.index ?? 0), IDLE, RUNNING) === IDLE) {
    drain(new FileScanner(data.config as ScanConfig, data.categories ?? []), data.files, slots, tally);
  }
  parentPort.postMessage(tally);
  return true;
}

/**
 * Scans `files` on up to `threads` threads: `threads - 1` workers plus the calling thread, all
 * claiming batches of files from one shared cursor (so a slow start or a large file on one thread
 * does not leave the others idle). The calling thread starts at once; a worker that is not up by
 * the time every file is claimed is cancelled. Falls back to the calling thread alone when no
 * worker script was declared.
 */
export async function scanInWorkers(
  scanner: FileScanner,
  files: WalkedFile[],
  config: ScanConfig,
  categories: readonly Category[],
  threads: number,
  /** False leaves every file to the workers (tests use it to be sure the workers ran). */
  callerScans = true,
): Promise<ScanTally> {
  const count = Math.min(threads, availableParallelism());
  const tally = emptyTally();
  const slots = new Int32Array(new SharedArrayBuffer(4 * count));
  if (!workerScript || count < 2) {
    drain(scanner, files, slots, tally);
    return tally;
  }
  const workers: Worker[] = [];
  const results: Promise<ScanTally>[] = [];
  for (let k = 0; k < count - 1; k++) {
    const data: ScanWorkerData = {
      mokoScanWorker: true,
      config,
      categories: [...categories],
      files,
      slots: slots.buffer as SharedArrayBuffer,
      index: k,
    };
    const worker = new Worker(workerScript, {
      workerData: data,
      ...(workerExecArgv ? { execArgv: workerExecArgv } : {}),
    });
    workers.push(worker);
    results.push(
      new Promise<ScanTally>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`scan worker exited (code ${code}) before reporting`)));
      }),
    );
  }
  try {
    // The calling thread scans while the workers start and join in.
    if (callerScans) drain(scanner, files, slots, tally);
    const pending: Promise<ScanTally>[] = [];
    for (let k = 0; k < workers.length; k++) {
      if (callerScans && Atomics.compareExchange(slots, 1 + k, IDLE, CANCELLED) === IDLE) {
        results[k]!.catch(() => undefined);
        void workers[k]!.terminate();
      } else pending.push(results[k]!);
    }
    for (const t of await Promise.all(pending)) mergeTally(tally, t);
    return tally;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
