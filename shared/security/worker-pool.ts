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

/** Declares the script workers start from (it must call `runScanWorkerIfWorker()` first thing). */
export function setScanWorkerScript(script: string | URL): void {
  workerScript = script;
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
 * Scans files on `threads` worker threads (capped at the machine's parallelism) in batches, keeping
 * the input order. Falls back to the calling thread when no worker script was declared.
 */
export async function scanInWorkers(
  files: WalkedFile[],
  config: ScanConfig,
  categories: readonly Category[],
  threads: number,
): Promise<FileResult[]> {
  const count = Math.min(threads, availableParallelism());
  if (!workerScript || count < 2) {
    const scanner = new FileScanner(config, categories);
    return files.map((f) => scanner.scanFile(f));
  }
  const batchSize = 64;
  const batches: Batch[] = [];
  for (let i = 0; i < files.length; i += batchSize)
    batches.push({ id: batches.length, files: files.slice(i, i + batchSize) });
  const results: FileResult[][] = new Array(batches.length);
  const data: ScanWorkerData = { mokoScanWorker: true, config, categories: [...categories] };
  const workers = Array.from({ length: count }, () => new Worker(workerScript as string | URL, { workerData: data }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const batch = batches.shift();
              if (!batch) return resolve();
              worker.postMessage(batch);
            };
            worker.on('message', (msg: { id: number; results: FileResult[] }) => {
              results[msg.id] = msg.results;
              next();
            });
            worker.on('error', reject);
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}
