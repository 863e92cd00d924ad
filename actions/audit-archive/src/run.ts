import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import type { ActionContext, ActionResult } from '../../../shared/action/define-action.js';
import { uploadArtifact } from '../../../shared/artifacts/upload.js';
import { type Clock, systemClock } from '../../../shared/core/clock.js';
import { JobSummary } from '../../../shared/summary/summary.js';
import { type ArchiveResult, runArchive } from './engine/archive-run.js';
import { reportCsv } from './engine/report-csv.js';
import { createStores } from './engine/stores/create-stores.js';
import { STORE_KINDS } from './engine/stores/store.js';
import type { IntegrityProblem } from './engine/verify-log.js';
import { verifyArchive } from './engine/verify-run.js';
import { type AuditArchiveInputs, parseSettings } from './settings.js';
import { renderArchiveSummary, renderVerifySummary } from './summary.js';

/**
 * The adapter from the action context to the engine: settings from the inputs, the stores, then
 * either the weekly archive or the verification of an existing archive; writes the report files,
 * summary, annotations, audit events and metrics, and fails on integrity problems when asked to.
 */
export async function runAuditArchive(
  ctx: ActionContext<AuditArchiveInputs>,
  clock: Clock = systemClock,
): Promise<ActionResult> {
  const { env, logger } = ctx;
  const s = parseSettings(ctx.inputs, env, clock.now());
  const root = join(env.tempDir, 'audit-archive');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  // A downloaded archive is verified offline: no token, no request.
  const offline = s.verify !== undefined && 'path' in s.verify;
  const github = offline ? undefined : await ctx.github();
  const { stores, index } = github
    ? createStores({
        github,
        logger,
        home: s.home,
        // Verify mode reads whichever store it is pointed at; archive mode writes the configured ones.
        kinds: s.mode === 'verify' ? [...STORE_KINDS] : s.stores,
        branch: s.branch,
        releaseTag: s.releaseTag,
        retentionDays: s.retentionDays,
        stagingDir: join(root, 'staging'),
        upload: (name, files, dir, retentionDays) => uploadArtifact(name, files, dir, { logger, retentionDays }),
      })
    : { stores: [], index: undefined };

  if (s.mode === 'verify') {
    const verdict = await verifyArchive(s.verify!, stores);
    renderVerifySummary(ctx.summary, verdict);
    flag(ctx, verdict.problems);
    const n = verdict.problems.length;
    ctx.audit.event(
      'audit-archive.verify',
      { source: verdict.source, parts: verdict.parts.length, problems: n },
      n ? 'failure' : 'success',
    );
    return {
      outputs: {
        status: n === 0 ? 'verified' : 'failed',
        logs: verdict.parts.reduce((t, p) => t + p.logs, 0),
        records: verdict.parts.reduce((t, p) => t + p.records, 0),
        broken: n,
      },
      ...(s.failOnProblem && n > 0
        ? { failure: `${n} integrity problem${n === 1 ? '' : 's'} in ${verdict.source}` }
        : {}),
    };
  }

  const result = await runArchive({
    github: github!,
    logger,
    now: new Date(clock.now()),
    window: s.window,
    scope: s.scope,
    self: { repository: `${s.home.owner}/${s.home.repo}`, runId: Number(env.runId), runAttempt: env.runAttempt },
    stores,
    ...(index ? { index } : {}),
    dryRun: ctx.dryRun,
  });
  const files = writeLocalCopies(root, result);
  renderArchiveSummary(ctx.summary, result, ctx.dryRun);
  writeFileSync(
    join(root, 'compliance-report.md'),
    renderArchiveSummary(new JobSummary(), result, ctx.dryRun).toString(),
  );
  const problems = result.report.problemList;
  flag(ctx, problems);
  const t = result.report.totals;
  ctx.audit.event('audit-archive.report', {
    ...t,
    archived: result.parts.map((p) => p.dir),
    unchanged: result.unchanged,
    dryRun: ctx.dryRun,
  });
  for (const p of problems.slice(0, 100)) ctx.audit.security('audit.integrity-problem', { ...p }, 'high');
  const m = ctx.metrics.gauge('audit_archive_logs', 'Audit logs of the window, by integrity.', ['status']);
  m.set({ status: 'intact' }, t.intact);
  m.set({ status: 'problem' }, t.problems);
  m.set({ status: 'missing' }, t.missing);
  const status = ctx.dryRun ? 'dry-run' : result.unchanged ? 'unchanged' : 'archived';
  const bad = t.problems + t.missing;
  return {
    outputs: {
      status,
      runs: t.runs,
      logs: t.logs,
      verified: t.intact,
      broken: t.problems,
      missing: t.missing,
      records: t.records,
      failures: t.failures,
      'security-events': t.securityEvents,
      archived: ctx.dryRun ? '' : result.parts.map((p) => p.dir).join(','),
      'report-file': files.report,
      'archive-file': files.archive,
    },
    ...(s.failOnProblem && bad > 0
      ? {
          failure: `${problems.length} integrity problem${problems.length === 1 ? '' : 's'} (${t.problems} logs, ${t.missing} missing): see the report`,
        }
      : {}),
  };
}

/** One error annotation per problem (the framework caps them at GitHub's limits). */
function flag(ctx: ActionContext<AuditArchiveInputs>, problems: readonly IntegrityProblem[]): void {
  for (const p of problems)
    ctx.annotations.add(
      'error',
      `${p.log}${p.record === undefined ? '' : ` record ${p.record}`}: ${p.kind}: ${p.what}`,
      {
        title: 'Audit integrity',
      },
    );
}

/** The report (JSON, CSV) and a zip of the parts written, under `root`. */
function writeLocalCopies(root: string, result: ArchiveResult): { report: string; archive: string } {
  const report = join(root, 'compliance-report.json');
  writeFileSync(report, `${JSON.stringify(result.report, null, 2)}\n`);
  writeFileSync(join(root, 'compliance-report.csv'), reportCsv(result.report));
  if (result.parts.length === 0) return { report, archive: '' };
  const mtime = new Date('1980-01-01T00:00:00Z');
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const p of result.parts)
    for (const [path, data] of p.built.files) {
      const file = join(root, 'parts', p.dir, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, data);
      entries[`${p.dir}/${path}`] = [data, { mtime }];
    }
  const archive = join(root, 'audit-archive.zip');
  writeFileSync(archive, zipSync(entries));
  return { report, archive };
}
