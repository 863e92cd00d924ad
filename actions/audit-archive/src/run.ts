import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ActionContext, ActionResult } from '../../../shared/action/define-action.js';
import type { InputValues } from '../../../shared/action/inputs.js';
import type { auditArchiveInputs } from './settings.js';
import { UserError } from '../../../shared/core/errors.js';
import { uploadArtifact } from '../../../shared/artifacts/upload.js';
import { type Clock, systemClock } from '../../../shared/core/clock.js';
import { JobSummary } from '../../../shared/summary/summary.js';
import { filesUnder, writeZip } from './engine/archive.js';
import { type AuditArtifact, listAuditArtifacts, repositoriesInScope } from './engine/collect.js';
import { downloadAuditArtifact } from './engine/download.js';
import { buildReport } from './engine/report.js';
import { renderReport } from './summary.js';
import { type LogVerdict, verifyLog } from './engine/verify.js';
import { parseSince } from './engine/window.js';

/** The typed inputs of the audit-archive action. */
export type AuditArchiveInputs = InputValues<typeof auditArchiveInputs>;

/** Days the archive artifact is kept: GitHub's maximum (capped further by repository or organization settings). */
export const ARCHIVE_RETENTION_DAYS = 90;

/**
 * The whole action: gather the audit artifacts of the window, download and verify each log's hash
 * chain, write the compliance report (JSON and Markdown), pack logs and report into one zip, upload
 * it as `audit-archive-<run_id>`, and fail on a broken chain when asked to.
 */
export async function runAuditArchive(
  ctx: ActionContext<AuditArchiveInputs>,
  clock: Clock = systemClock,
): Promise<ActionResult> {
  const { inputs, env, logger } = ctx;
  const now = clock.now();
  const since = parseSince(inputs.since, now);
  if (!inputs.organization && !env.repository)
    throw new UserError('no repository to archive: set organization, or run in a repository (GITHUB_REPOSITORY)');
  const github = ctx.github();
  const repos = await repositoriesInScope(github, {
    ...(inputs.organization ? { organization: inputs.organization } : {}),
    ...(env.repository ? { repository: env.repository } : {}),
  });
  const artifacts = await listAuditArtifacts(github, repos, since, logger);
  logger.info(`${artifacts.length} audit artifacts in ${repos.length} repositories since ${since.toISOString()}.`);

  const root = join(env.tempDir, 'audit-archive');
  rmSync(root, { recursive: true, force: true });
  const logsDir = join(root, 'logs');
  mkdirSync(logsDir, { recursive: true });
  const logs: LogVerdict[] = [];
  const unreadable: { artifact: AuditArtifact; reason: string }[] = [];
  for (const a of artifacts) {
    const dest = join(logsDir, a.owner, a.repo, a.name);
    const extracted = await downloadAuditArtifact(github, a, dest);
    if (!extracted.ok || extracted.logs.length === 0) {
      const reason = extracted.ok ? 'no audit log (.jsonl) inside' : extracted.reason;
      unreadable.push({ artifact: a, reason });
      logger.warning(`${a.repository} ${a.name}: ${reason}`);
      continue;
    }
    for (const log of extracted.logs) {
      const verdict = verifyLog(a, log, (p) => relative(root, p));
      logs.push(verdict);
    }
  }

  const report = buildReport({
    generatedAt: new Date(now),
    since,
    repositories: repos.map((r) => `${r.owner}/${r.repo}`),
    artifacts,
    logs,
    unreadable,
  });
  const artifactName = `audit-archive-${env.runId}`;
  const reportFile = join(root, 'compliance-report.json');
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  const note = ctx.dryRun
    ? 'Dry run: the archive was written locally and not uploaded.'
    : `Logs and this report are archived as artifact \`${artifactName}\` (kept ${ARCHIVE_RETENTION_DAYS} days at most).`;
  const markdown = new JobSummary();
  renderReport(markdown, report, note);
  writeFileSync(join(root, 'compliance-report.md'), markdown.toString());
  const files = filesUnder(root);
  const archiveFile = join(env.tempDir, `${artifactName}.zip`);
  writeZip(root, files, archiveFile);
  if (!ctx.dryRun) {
    const uploaded = await uploadArtifact(artifactName, files, root, { logger, retentionDays: ARCHIVE_RETENTION_DAYS });
    if (!uploaded.uploaded)
      logger.warning(`Archive artifact ${artifactName} not uploaded: ${uploaded.reason}; it is at ${archiveFile}.`);
  }
  renderReport(ctx.summary, report, note);
  const brokenChains = report.findings.filter((x) => x.ruleId === 'audit/broken-chain');
  for (const f of brokenChains) ctx.annotations.add('error', f.message, { title: 'Broken audit chain' });
  ctx.audit.event('audit-archive.report', { ...report.totals, findings: report.findings.length, dryRun: ctx.dryRun });
  for (const f of brokenChains) ctx.audit.security('audit.chain-broken', { message: f.message }, 'high');
  const m = ctx.metrics.gauge('audit_archive_logs', 'Audit logs archived, by chain status.', ['status']);
  m.set({ status: 'verified' }, report.totals.verified);
  m.set({ status: 'broken' }, report.totals.broken);
  m.set({ status: 'unreadable' }, report.totals.unreadable);
  const broken = report.totals.broken;
  return {
    outputs: {
      runs: report.totals.runs,
      logs: report.totals.logs,
      verified: report.totals.verified,
      broken,
      'report-file': reportFile,
      'archive-file': archiveFile,
    },
    ...(inputs['fail-on-broken-chain'] && broken > 0
      ? { failure: `${broken} audit log${broken === 1 ? ' has' : 's have'} a broken hash chain (see the findings)` }
      : {}),
  };
}
