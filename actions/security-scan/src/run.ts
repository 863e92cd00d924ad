import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, relative } from 'node:path';
import type { ActionContext, ActionResult } from '../../../shared/action/define-action.js';
import { scan } from './engine/scanner.js';
import { setScanWorkerScript } from './engine/worker-pool.js';
import { buildSarif } from './engine/sarif.js';
import { countBySeverity, meetsThreshold, SEVERITIES } from '../../../shared/core/finding.js';
import { changedLinesFor } from './changed-lines.js';
import { annotate, writeSummary } from './summary.js';
import { resolveSettings, type ScanInputs } from './settings.js';
import { auditRefConfusion } from './ref-confusion.js';
import { uploadSarif } from './upload.js';
import { bundledWorkerScript } from './worker-entry.js';

/** Version reported as the SARIF tool's semanticVersion. */
export const TOOL_VERSION = '3.0.0';

/** `security-scan.sarif` → `security-scan-2.sarif` for the second file of a split result. */
export function nthSarifFile(file: string, n: number): string {
  if (n === 0) return file;
  const dot = file.lastIndexOf('.');
  return dot > file.lastIndexOf('/') ? `${file.slice(0, dot)}-${n + 1}${file.slice(dot)}` : `${file}-${n + 1}`;
}

/** The action's run: resolve settings, scan, write SARIF, report, upload, decide pass or fail. */
export async function runScan(ctx: ActionContext<ScanInputs>): Promise<ActionResult> {
  const workerScript = bundledWorkerScript(import.meta.url);
  if (workerScript) setScanWorkerScript(workerScript);
  const settings = await resolveSettings(ctx);
  const { logger } = ctx;
  const changed = settings.mode === 'diff' ? await changedLinesFor(ctx, settings) : undefined;
  const masked = new Set<string>();
  const result = await scan({
    root: settings.root,
    config: settings.config,
    categories: settings.categories,
    ...(settings.baseline ? { baseline: settings.baseline } : {}),
    ...(changed ? { changed } : {}),
    logger,
    // Scan workers only on 4+ cores and large trees (scanner default: 32 MiB): on 2 cores each
    // worker's start-up (bundle, rules, cold JIT) ate most of the gain. There one thread scans while
    // a second reads files ahead (the scanner's default from 2 cores; bench/scan: +20% on 100 MB).
    workers: availableParallelism() >= 4 ? availableParallelism() : 1,
    // Defence in depth: values are never logged, but mask them should any tool print them later.
    onSecret: (value) => {
      if (!masked.has(value)) {
        masked.add(value);
        ctx.mask(value);
      }
    },
  });
  await auditRefConfusion(ctx, settings, result, changed);
  const { findings, stats } = result;
  logger.info(
    `Scanned ${stats.scannedFiles} file(s), ${(stats.bytes / 1024 / 1024).toFixed(1)} MiB, with ${result.rules.length} rules: ${findings.length} finding(s).`,
  );

  const sarif = buildSarif(findings, result.rules, {
    toolVersion: TOOL_VERSION,
    root: settings.root,
    category: settings.category,
  });
  for (const w of sarif.warnings) logger.warning(w);
  const files: string[] = [];
  for (const [n, log] of sarif.logs.entries()) {
    const file = nthSarifFile(settings.sarifFile, n);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(log, null, 2)}\n`);
    files.push(file);
  }
  const base = {
    serverUrl: ctx.env.serverUrl,
    rootFromWorkspace: settings.rootFromWorkspace,
    ...(ctx.env.repository ? { repository: ctx.env.repository } : {}),
    ...(ctx.env.sha ? { sha: ctx.env.sha } : {}),
  };
  const configuration = settings.configFile
    ? relative(ctx.env.workspace, settings.configFile).split('\\').join('/')
    : undefined;
  if (configuration) logger.info(`Configuration: ${configuration}.`);
  writeSummary(ctx.summary, findings, stats, base, sarif.warnings, { configuration, category: settings.category });
  annotate(ctx.annotations, findings, settings.rootFromWorkspace);

  const counts = countBySeverity(findings);
  const gauge = ctx.metrics.gauge('security_scan_findings', 'Findings after suppressions and baseline, by severity', [
    'severity',
  ]);
  for (const s of SEVERITIES) gauge.set({ severity: s }, counts[s]);
  ctx.audit.event('security-scan.results', {
    findings: findings.length,
    ...counts,
    files: stats.scannedFiles,
    mode: settings.mode,
  });

  if (settings.upload) {
    const ids = await uploadSarif(ctx, sarif.logs);
    if (ids.length > 0) logger.info(`Uploaded SARIF to code scanning: ${ids.join(', ')}.`);
  }

  const failing = findings.filter((f) => meetsThreshold(f.severity, settings.failOn));
  const outputs = {
    findings: findings.length,
    'sarif-file': relative(ctx.env.workspace, files[0]!) || files[0]!,
    ...counts,
  };
  if (failing.length > 0) {
    return {
      outputs,
      failure: `${failing.length} finding(s) at or above fail-on: ${settings.failOn} (see the job summary and ${outputs['sarif-file']}).`,
    };
  }
  return { outputs };
}
