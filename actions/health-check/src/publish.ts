import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ActionContext } from '../../../shared/action/define-action.js';
import { errorMessage } from '../../../shared/core/errors.js';
import type { GitHubClient } from '../../../shared/github/client.js';
import { resolveWorkspacePath } from '../../../shared/paths/workspace-path.js';
import { issueTargets } from './engine/issues/targets.js';
import { type IssueOutcome, trackIssues } from './engine/issues/tracker.js';
import { commitToBranch } from './engine/report/badge-commit.js';
import { healthBadge } from './engine/report/badge.js';
import { jsonReport } from './engine/report/json-report.js';
import type { HealthReport } from './engine/run-health.js';
import type { HealthTarget } from './engine/types.js';
import type { HealthInputs } from './settings.js';

type Ctx = ActionContext<HealthInputs>;

/**
 * Keeps the tracking issues (`issues: on`) or says what it would do (`issues: preview`, dry-run).
 * Skipped while the API is unreachable: nothing can be read or written, and trying would break the
 * outage bound. A failed write is a warning: the health result must not be lost to it.
 */
export async function publishIssues(
  ctx: Ctx,
  client: GitHubClient,
  report: HealthReport,
  target: HealthTarget,
  at: string,
): Promise<IssueOutcome[]> {
  const i = ctx.inputs;
  const own = ctx.env.repository;
  const owner = target.kind === 'organization' ? target.org : target.owner;
  const home = i['issue-repository']
    ? { owner, repo: i['issue-repository'] }
    : (own ?? (target.kind === 'repository' ? { owner: target.owner, repo: target.repo } : undefined));
  if (!home) {
    ctx.logger.warning('Tracking issues skipped: set issue-repository (no calling repository).');
    return [];
  }
  if (report.observations.apiUnreachable) {
    ctx.logger.warning('Tracking issues skipped: the GitHub API is unreachable.');
    return [];
  }
  const preview = i.issues === 'preview' || ctx.dryRun;
  const runUrl = own ? `${ctx.env.serverUrl}/${own.owner}/${own.repo}/actions/runs/${ctx.env.runId}` : undefined;
  const issues = await trackIssues({
    client,
    targets: issueTargets({
      target,
      scope: i['issue-scope'],
      home,
      status: report.status,
      findings: report.findings,
      repositories: report.observations.repositoryNames ?? [],
    }),
    issuesOn: i['issues-on'],
    labels: i['issue-labels'].length > 0 ? i['issue-labels'] : ['health-check'],
    preview,
    at,
    ...(runUrl ? { reportUrl: runUrl } : {}),
    onWrite: (w) => ctx.audit.event(`health-check.${w.type}`, { target: w.target, ...w.detail }),
  }).catch((error: unknown): IssueOutcome[] => {
    ctx.logger.warning(`Tracking issues: ${errorMessage(error)}`);
    return [];
  });
  for (const o of issues)
    if (o.action !== 'none')
      ctx.logger.info(
        `Tracking issue ${o.repository}${o.number ? `#${o.number}` : ''}: ${preview ? 'would ' : ''}${o.action}.`,
      );
  return issues;
}

/**
 * Writes the JSON report and the badge files (Shields endpoint JSON and SVG), and commits the badge to
 * `badge-branch` when asked (not in dry-run, not during an outage; audited). Returns their paths.
 */
export async function writeReportFiles(
  ctx: Ctx,
  client: GitHubClient,
  report: HealthReport,
  target: HealthTarget,
  at: string,
  issues: readonly IssueOutcome[],
): Promise<{ reportFile: string; badgeFile?: string }> {
  const i = ctx.inputs;
  const reportFile = resolveWorkspacePath(ctx.env.workspace, i['report-file'], { inputName: 'report-file' });
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, `${JSON.stringify(jsonReport(report, target, at, issues), null, 2)}\n`);
  if (!i['badge-dir']) return { reportFile };
  const dir = resolveWorkspacePath(ctx.env.workspace, i['badge-dir'], { inputName: 'badge-dir' });
  mkdirSync(dir, { recursive: true });
  const badge = healthBadge(report.status);
  const json = `${JSON.stringify(badge.endpoint)}\n`;
  writeFileSync(join(dir, 'health.json'), json);
  writeFileSync(join(dir, 'health.svg'), badge.svg);
  const branch = i['badge-branch'];
  const own = ctx.env.repository;
  if (branch && own && !report.observations.apiUnreachable) {
    if (ctx.dryRun) ctx.logger.info(`Dry run: badge not committed to ${branch}.`);
    else {
      const files = [
        { path: 'health.json', content: json },
        { path: 'health.svg', content: badge.svg },
      ];
      const committed = await commitToBranch(client, own, branch, files, `health-check: ${report.status}`);
      if (committed.length > 0)
        ctx.audit.event('health-check.badge.committed', { branch, files: committed, status: report.status });
    }
  }
  return { reportFile, badgeFile: join(dir, 'health.svg') };
}
