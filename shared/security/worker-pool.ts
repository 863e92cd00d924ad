import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ScanConfig } from './config.js';
import { type FileResult, FileScanner } from './file-scanner.js';
import type { Category } from './rule.js';
import type { WalkedFile } from './walk.js';

/** Message a scan worker receives: a batch of files to scan. */
interface Batch {
  id: number;
  files: WalkedFile[];
}

/** Data a scan worker is started with; `mokoScanWorker` marks the thread as one of ours. */
interface ScanWorkerData {
  mokoScanWorker: true;
  config: ScanConfig;
  categories: Category[];
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

/** If this thread is a scan worker, serves batches and returns true; otherwise returns false. */
export function runScanWorkerIfWorker(): boolean {
  const data = workerData as Partial<ScanWorkerData> | undefined;
  if (isMainThread || !data?.mokoScanWorker || !parentPort) return false;
  const scanner = new FileScanner(data.config as ScanConfig, data.categories ?? []);
  const port = parentPort;
  port.on('message', (batch: Batch) => {
    port.postMessage({ id: batch.id, results: batch.files.map((f) => scanner.scanFile(f)) });
  });
  return true;
}

/**
 * Scans files on `threads` threads: `threads - 1` workers plus the calling thread, each given a
 * contiguous share of roughly equal bytes, results kept in input order. Falls back to the calling
 * thread alone when no worker script was declared.
 */
export async function scanInWorkers(
  files: WalkedFile[],
  config: ScanConfig,
  categories: readonly Category[],
  threads: number,
): Promise<FileResult[]> {
  const count = Math.min(threads, availableParallelism());
  const local = new FileScanner(config, categories);
  if (!workerScript || count < 2) return files.map((f) => local.scanFile(f));
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const shares: WalkedFile[][] = [];
  let current: WalkedFile[] = [];
  let bytes = 0;
  for (const f of files) {
    current.push(f);
    bytes += f.size;
    if (bytes >= (total / count) * (shares.length + 1) && shares.length < count - 1) {
      shares.push(current);
      current = [];
    }
  }
  shares.push(current);
  const mine = shares.pop() ?? [];
  const data: ScanWorkerData = { mokoScanWorker: true, config, categories: [...categories] };
  const workers = shares.map(
    () =>
      new Worker(workerScript as string | URL, {
        workerData: data,
        ...(workerExecArgv ? { execArgv: workerExecArgv } : {}),
      }),
  );
  try {
    const pending = workers.map(
      (worker, i) =>
        new Promise<FileResult[]>((resolve, reject) => {
          worker.once('message', (msg: { id: number; results: FileResult[] }) => resolve(msg.results));
          worker.once('error', reject);
          worker.postMessage({ id: i, files: shares[i]! } satisfies Batch);
        }),
    );
    // The calling thread scans its own share while the workers run.
    const own = mine.map((f) => local.scanFile(f));
    const results = await Promise.all(pending);
    return [...results.flat(), ...own];
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
