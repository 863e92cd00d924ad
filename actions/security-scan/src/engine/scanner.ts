import type { Logger } from '../../../../shared/core/logger.js';
import type { ScanConfig } from './config.js';
import { type ChangedLines, inChangedLines } from './diff.js';
import { availableParallelism } from 'node:os';
import { emptyTally, FileScanner, type ScanTally } from './file-scanner.js';
import { prepareReadAhead, READ_AHEAD_LARGE_BYTES, READ_AHEAD_MIN_FILES, scanWithReadAhead } from './read-ahead.js';
import { type AnyRule, CATEGORIES, type Category, type SecurityFinding } from './rule.js';
import { type WalkedFile, walk } from './walk.js';
import { scanInWorkers } from './worker-pool.js';
import { isWorkflowFile } from './workflow-check.js';

/** What to scan and how. */
export interface ScanOptions {
  /** Absolute directory to scan. */
  root: string;
  config: ScanConfig;
  categories?: readonly Category[];
  /** Accepted fingerprints: matching findings are dropped and counted. */
  baseline?: ReadonlySet<string>;
  /** Diff mode: only findings on these lines (paths relative to root). */
  changed?: ChangedLines;
  logger?: Logger;
  /** Receives each secret value found, so the caller can mask it (core.setSecret). */
  onSecret?: (value: string) => void;
  /** Threads to use (calling thread included); 0 or 1 scans on the calling thread. Default 1. */
  workers?: number;
  /**
   * Below this many files the scan stays on one thread (starting workers costs more). Default 4000,
   * about 32 MiB of source files. The walk does not stat files, so the tree's size is not known yet.
   */
  parallelMinFiles?: number;
  /**
   * On one thread: a second thread opens and reads files ahead (read-ahead.ts), for trees of
   * READ_AHEAD_MIN_FILES files or more, or for the files after a large one. Default: on machines
   * with 2 or more cores.
   */
  readAhead?: boolean;
}

/** Counters describing a scan. */
export interface ScanStats {
  files: number;
  scannedFiles: number;
  bytes: number;
  skippedBinary: number;
  skippedLarge: number;
  suppressed: number;
  baselined: number;
  outsideDiff: number;
}

/** Findings sorted by file and line, the active rules and the counters. */
export interface ScanResult {
  findings: SecurityFinding[];
  rules: AnyRule[];
  stats: ScanStats;
  /** The workflow and action files the scan walked (diff mode: the changed ones), for the online audits. */
  workflowFiles: WalkedFile[];
}

/** Scans `files` on the calling thread, with the reader thread reading ahead when `readAhead`. */
function scanHere(
  scanner: FileScanner,
  files: readonly WalkedFile[],
  maxFileSize: number,
  readAhead: boolean,
  logger: Logger | undefined,
): ScanTally {
  const tally = emptyTally();
  // Read-ahead for a tree of many files, or once a large file shows that the files after it are
  // worth it: its thread then starts while this one scans that file.
  let large = false;
  let i = 0;
  for (; i < files.length; i++) {
    const left = files.length - i;
    if (readAhead && (left >= READ_AHEAD_MIN_FILES || (large && left >= 2))) break;
    const read = scanner.read(files[i]!);
    if (readAhead && !large && read.size > READ_AHEAD_LARGE_BYTES && left >= 3) {
      large = true;
      prepareReadAhead();
    }
    scanner.scanRead(files[i]!, read, tally);
  }
  if (i < files.length) {
    const read = scanWithReadAhead(scanner, files.slice(i), maxFileSize, tally);
    logger?.debug(
      `Read ahead: the second thread read ${read.slots + read.areas} of ${files.length} files, and prefiltered ${read.areas} large ones.`,
    );
  }
  return tally;
}

/** Walks `root` and runs every active rule over it (the security-scan engine's entry point). */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const categories = options.categories ?? CATEGORIES;
  const readAhead = options.readAhead ?? availableParallelism() >= 2;
  const scanner = new FileScanner(options.config, categories);
  let files = walk(options.root, options.config.ignore);
  if (options.changed) {
    const changed = options.changed;
    files = files.filter((f) => changed.has(f.path));
  }
  const threads = options.workers ?? 1;
  const tally =
    threads > 1 && files.length >= (options.parallelMinFiles ?? 4000)
      ? await scanInWorkers(scanner, files, options.config, categories, threads)
      : scanHere(scanner, files, options.config.maxFileSize, readAhead, options.logger);
  const stats: ScanStats = {
    files: files.length,
    scannedFiles: tally.scannedFiles,
    bytes: tally.bytes,
    skippedBinary: tally.skippedBinary,
    skippedLarge: tally.skippedLarge,
    suppressed: tally.suppressed,
    baselined: 0,
    outsideDiff: 0,
  };
  if (options.onSecret) for (const s of tally.secrets) options.onSecret(s);
  const findings: SecurityFinding[] = [];
  for (const f of tally.findings) {
    if (options.baseline?.has(f.fingerprint)) {
      stats.baselined++;
      continue;
    }
    if (options.changed && !inChangedLines(options.changed, f.file, f.line, f.category === 'file-permission')) {
      stats.outsideDiff++;
      continue;
    }
    findings.push(f);
  }
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
  if (stats.skippedBinary + stats.skippedLarge > 0) {
    options.logger?.info(
      `Skipped ${stats.skippedBinary} binary and ${stats.skippedLarge} oversized file(s) (limit ${options.config.maxFileSize} bytes).`,
    );
  }
  return { findings, rules: scanner.rules, stats, workflowFiles: files.filter((f) => isWorkflowFile(f.path)) };
}
