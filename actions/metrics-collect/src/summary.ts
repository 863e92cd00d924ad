import { type Align, type Cell, JobSummary } from '../../../shared/summary/summary.js';
import { TOTAL_LABELS, type Snapshot, type Totals } from './engine/snapshot.js';
import { type Delta, historyChart, signed } from './engine/trends.js';

/** Rows listed in each collapsible list of repositories. */
const LIST = 25;

/** The job summary: totals with their change, languages, visibility, trend charts, stale and slow repositories. */
export function writeMetricsSummary(
  summary: JobSummary,
  snapshot: Snapshot,
  deltas: Delta[] | undefined,
  previousAt?: string,
): void {
  const t = snapshot.totals;
  summary.heading('Organization metrics', 2);
  summary.paragraph(
    `**${snapshot.organization}**: ${t.repositories} repositories (${t.archived} archived), collected ${snapshot.collectedAt}. ` +
      `Stale: no push for ${snapshot.settings.staleDays} days; old pull requests: open for more than ${snapshot.settings.prAgeDays} days.` +
      (deltas && previousAt ? ` Changes are since ${previousAt}.` : ' No earlier snapshot to compare with.'),
  );
  const keys = Object.keys(TOTAL_LABELS) as (keyof Totals)[];
  const rows: Cell[][] = keys.map((k) => {
    const d = deltas?.find((x) => x.key === k);
    return d ? [TOTAL_LABELS[k], t[k], signed(d.change)] : [TOTAL_LABELS[k], t[k]];
  });
  summary.table(deltas ? ['metric', 'value', 'change'] : ['metric', 'value'], rows, ['left', 'right', 'right']);
  if (Object.keys(snapshot.byLanguage).length > 0) summary.pieChart('Repositories by language', snapshot.byLanguage);
  summary.table(
    ['visibility', 'repositories'],
    Object.entries(snapshot.byVisibility).map(([v, n]) => [v, n]),
    ['left', 'right'],
  );
  for (const key of ['openPullRequests', 'stale'] as const) {
    const chart = historyChart(snapshot, key);
    if (chart) summary.mermaid(chart);
  }
  const stale = snapshot.repositories
    .filter((r) => r.stale)
    .sort((a, b) => (a.pushedAt ?? '').localeCompare(b.pushedAt ?? ''));
  detailsTable(
    summary,
    `Stale repositories (${stale.length})`,
    ['repository', 'last push'],
    stale.map((r) => [r.name, r.pushedAt?.slice(0, 10) ?? 'never']),
  );
  const slow = snapshot.repositories
    .filter((r) => r.oldPullRequests > 0)
    .sort((a, b) => b.oldPullRequests - a.oldPullRequests || a.name.localeCompare(b.name));
  detailsTable(
    summary,
    `Repositories with old pull requests (${slow.length})`,
    ['repository', 'old open pull requests', 'open pull requests'],
    slow.map((r) => [r.name, `${r.oldPullRequestsAtLeast ? '≥ ' : ''}${r.oldPullRequests}`, r.openPullRequests]),
    ['left', 'right', 'right'],
  );
}

/** A collapsible table of the first LIST rows and a count of the rest; nothing when there are no rows. */
function detailsTable(summary: JobSummary, title: string, headers: string[], rows: Cell[][], align?: Align[]): void {
  if (rows.length === 0) return;
  const body = new JobSummary().table(headers, rows.slice(0, LIST), align);
  if (rows.length > LIST) body.paragraph(`_${rows.length - LIST} more._`);
  summary.details(title, body);
}
