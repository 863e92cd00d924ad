import { JobSummary } from '../../../shared/summary/summary.js';
import type { RepoResult } from './engine/model.js';
import type { BulkReport } from './engine/results.js';

const ICON: Record<RepoResult['status'], string> = { updated: '✅', unchanged: '➖', skipped: '⏭️', failed: '❌' };

function detail(r: RepoResult): string {
  if (r.status === 'updated' && r.pullRequest)
    return `[#${r.pullRequest.number}](${r.pullRequest.url})${r.reason ? ` ${r.reason}` : ''}`;
  if (r.status === 'updated' && r.commit) return `commit ${r.commit.slice(0, 7)}`;
  return r.reason ?? (r.changes.length > 0 ? r.changes.join(', ') : '');
}

/**
 * The results table: updated with their pull request link, unchanged, skipped and failed with the reason.
 * Failed and skipped rows come first so they are seen; dry-run diffs go in collapsed sections.
 */
export function writeReportSummary(summary: JobSummary, report: BulkReport): void {
  const { counts } = report;
  summary.heading(`bulk-update: ${report.organization}${report.dryRun ? ' (dry run)' : ''}`);
  summary.paragraph(
    `Shard ${report.shard}: ${counts.updated} ${report.dryRun ? 'would be updated' : 'updated'}, ${counts.unchanged} unchanged, ` +
      `${counts.skipped} skipped, ${counts.failed} failed; ${report.requests.total} API requests` +
      `${report.requests.rateLimitRemaining !== undefined ? ` (rate limit remaining ${report.requests.rateLimitRemaining})` : ''}.`,
  );
  const order: RepoResult['status'][] = ['failed', 'skipped', 'updated', 'unchanged'];
  const rows = [...report.repositories]
    .sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status) || a.repo.localeCompare(b.repo))
    .map((r) => [r.repo, `${ICON[r.status]} ${r.status}`, detail(r)]);
  if (rows.length > 0) summary.table(['Repository', 'Status', 'Detail'], rows);
  for (const r of report.repositories) {
    // The shared code block picks a fence longer than any backtick run in the diff.
    if (r.diff) summary.details(`Diff for ${r.repo}`, new JobSummary().code(r.diff, 'diff'));
  }
  if (report.excluded.length > 0) {
    summary.details(
      `${report.excluded.length} repositories left out by the selection`,
      report.excluded.map((e) => `${e.name}: ${e.reason}`).join('<br>'),
    );
  }
}
