import type { Logger } from '../action/logger.js';
import type { ScanConfig } from './config.js';
import { type ChangedLines, inChangedLines } from './diff.js';
import { FileScanner } from './file-scanner.js';
import { type AnyRule, CATEGORIES, type Category, type SecurityFinding } from './rule.js';
import { walk } from './walk.js';
import { scanInWorkers } from './worker-pool.js';

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
  /** Below this many bytes the scan stays on one thread (starting workers costs more). Default 32 MiB. */
  parallelThreshold?: number;
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
}

/** Walks `root` and runs every active rule over it (the security-scan engine's entry point). */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const categories = options.categories ?? CATEGORIES;
  const scanner = new FileScanner(options.config, categories);
  let files = walk(options.root, options.config.ignore);
  if (options.changed) {
    const changed = options.changed;
    files = files.filter((f) => changed.has(f.path));
  }
  const stats: ScanStats = {
    files: files.length,
    scannedFiles: 0,
    bytes: 0,
    skippedBinary: 0,
    skippedLarge: 0,
    suppressed: 0,
    baselined: 0,
    outsideDiff: 0,
  };
  const results =
    (options.workers ?? 1) > 1 &&
    files.reduce((n, f) => n + f.size, 0) >= (options.parallelThreshold ?? 32 * 1024 * 1024)
      ? await scanInWorkers(files, options.config, categories, options.workers ?? 1)
      : files.map((f) => scanner.scanFile(f));
  const findings: SecurityFinding[] = [];
  for (const r of results) {
    stats.bytes += r.bytes;
    stats.suppressed += r.suppressed;
    if (options.onSecret) for (const s of r.secrets) options.onSecret(s);
    if (r.skipped === 'binary') stats.skippedBinary++;
    else if (r.skipped === 'large') stats.skippedLarge++;
    else stats.scannedFiles++;
    for (const f of r.findings) {
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
  }
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
  if (stats.skippedBinary + stats.skippedLarge > 0) {
    options.logger?.info(
      `Skipped ${stats.skippedBinary} binary and ${stats.skippedLarge} oversized file(s) (limit ${options.config.maxFileSize} bytes).`,
    );
  }
  return { findings, rules: scanner.rules, stats };
}
