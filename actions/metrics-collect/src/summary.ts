import { type Align, type Cell, JobSummary } from '../../../shared/summary/summary.js';
import { SEVERITIES } from './engine/security.js';
import { HEADLINE_LABELS, type Headline, type Snapshot, TOTAL_LABELS, type Totals } from './engine/snapshot.js';
import type { Distribution } from './engine/stats.js';
import { type Delta, headlineChart, historyChart, previousHeadline, signed } from './engine/trends.js';

/** Rows listed in each collapsible list of repositories. */
const LIST = 25;

/** `3h 12m`, `4m 10s`, `12s`; `–` for none. */
export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '–';
  const s = Math.round(seconds);
  if (s >= 86_400) return `${Math.floor(s / 86_400)}d ${Math.round((s % 86_400) / 3600)}h`;
  if (s >= 3600) return `${Math.floor(s / 3600)}h ${Math.round((s % 3600) / 60)}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m ${s % 60}s`;
  return `${s}s`;
}

const percent = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${(v * 100).toFixed(1)}%`);
const dist = (d: Distribution): Cell[] => [d.count, duration(d.p50), duration(d.p90), duration(d.p99)];

function headlineCell(key: keyof Headline, v: number | null): string {
  if (v === null) return '–';
  if (key === 'successRate' || key === 'changeFailureRate') return percent(v);
  if (key === 'leadTimeSeconds' || key === 'mttrSeconds') return duration(v);
  return String(v);
}

/**
 * The job summary: headline figures with their change, coverage and notices, runs, delivery (DORA,
 * pull requests, issues), security alerts, the collection's own actions, inventory totals, trend
 * charts, and the stale and slow repositories.
 */
export function writeMetricsSummary(
  summary: JobSummary,
  snapshot: Snapshot,
  deltas: Delta[] | undefined,
  previousAt: string | undefined,
  notices: readonly string[] = [],
): void {
  const t = snapshot.totals;
  const { coverage, collection, delivery: d } = snapshot;
  summary.heading('Organization metrics', 2);
  summary.paragraph(
    `**${snapshot.organization}**: ${t.repositories} repositories (${t.archived} archived), collected ${snapshot.collectedAt} ` +
      `over the last ${snapshot.settings.windowDays} days (${collection.mode} collection: ${collection.requests.graphql} GraphQL and ` +
      `${collection.requests.rest} REST requests, runs listed for ${collection.runsListed} repositories).` +
      (deltas && previousAt ? ` Changes are since ${previousAt}.` : ' No earlier snapshot to compare with.'),
  );
  const before = previousHeadline(snapshot);
  const keys = Object.keys(HEADLINE_LABELS) as (keyof Headline)[];
  summary.table(
    before ? ['headline', 'value', 'change'] : ['headline', 'value'],
    keys.map((k) => {
      const now = snapshot.headline[k];
      const was = before?.[k];
      const row: Cell[] = [HEADLINE_LABELS[k], headlineCell(k, now)];
      if (before) row.push(now !== null && was !== null && was !== undefined ? signed(now - was) : '–');
      return row;
    }),
    ['left', 'right', 'right'],
  );

  summary.heading('Coverage', 3);
  summary.paragraph(
    `Repositories seen: ${coverage.seen}; read: ${coverage.read}; not readable: ${coverage.unreadable.length}` +
      (coverage.organizationReported !== undefined
        ? `; the organization reports ${coverage.organizationReported}.`
        : '.'),
  );
  if (notices.length > 0) summary.list(notices.map((n) => `⚠️ ${n}`));

  summary.heading('Workflow runs', 3);
  summary.paragraph(
    `${d.runs.total} runs; success rate ${percent(d.runs.successRate)}; ` +
      Object.entries(d.runs.byConclusion)
        .map(([c, n]) => `${c}: ${n}`)
        .join(', '),
  );
  summary.table(
    ['measure', 'runs', 'p50', 'p90', 'p99'],
    [
      ['duration', ...dist(d.runs.duration)],
      ['queue time', ...dist(d.runs.queue)],
      ['scheduled workflow recovery (MTTR)', ...dist(d.runs.scheduledRecovery)],
    ],
    ['left', 'right', 'right', 'right', 'right'],
  );
  const failing = d.runs.workflows.filter((w) => w.failing);
  detailsTable(
    summary,
    `Scheduled workflows failing now (${failing.length})`,
    ['repository', 'workflow', 'last scheduled run'],
    failing.map((w) => [w.repository, w.workflow, w.lastScheduledAt ?? '']),
  );

  summary.heading('Delivery', 3);
  summary.table(
    ['measure', 'count', 'p50', 'p90', 'p99'],
    [
      ['lead time for changes (first commit → merge)', ...dist(d.dora.leadTime)],
      ['pull request open → merge', ...dist(d.pulls.leadTime)],
      ['time to first review', ...dist(d.pulls.firstReview)],
      ['issue time to close', ...dist(d.issues.timeToClose)],
      ['time to restore (failed → next good deployment)', ...dist(d.dora.timeToRestore)],
    ],
    ['left', 'right', 'right', 'right', 'right'],
  );
  summary.paragraph(
    `Deployments: ${d.dora.deployments} (${d.dora.deploymentsPerDay} a day), change failure rate ${percent(d.dora.changeFailureRate)}. ` +
      `Pull requests: ${d.pulls.opened} opened, ${d.pulls.merged} merged, ${d.pulls.open} open. Issues: ${d.issues.opened} opened, ${d.issues.closed} closed, ${d.issues.open} open.`,
  );

  summary.heading('Security alerts (open)', 3);
  const readable = snapshot.security.filter((s) => s.status === 'read');
  if (readable.length > 0)
    summary.table(
      ['tool', ...SEVERITIES],
      readable.map((s) => [s.tool.replace('_', ' '), ...SEVERITIES.map((v) => s.bySeverity[v] ?? 0)]),
      ['left', 'right', 'right', 'right', 'right', 'right'],
    );
  const unread = snapshot.security.filter((s) => s.status !== 'read');
  if (unread.length > 0) summary.list(unread.map((s) => `Not read: ${s.notice ?? s.tool}`));

  if (snapshot.actions.runs.length > 0) {
    summary.heading("The collection's actions", 3);
    const byAction = new Map<string, Snapshot['actions']['runs']>();
    for (const r of snapshot.actions.runs) byAction.set(r.action, [...(byAction.get(r.action) ?? []), r]);
    summary.table(
      ['action', 'runs', 'failed', 'success rate', 'mean duration', 'API calls', 'breaker openings'],
      [...byAction].map(([action, list]) => {
        const failed = list.filter((r) => r.outcome === 'failure').length;
        return [
          action,
          list.length,
          failed,
          percent((list.length - failed) / list.length),
          duration(list.reduce((n, r) => n + r.durationSeconds, 0) / list.length),
          list.reduce((n, r) => n + r.apiRequests, 0),
          list.reduce((n, r) => n + r.breakerOpenings, 0),
        ];
      }),
      ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
    );
  }

  summary.heading('Inventory', 3);
  const totalKeys = Object.keys(TOTAL_LABELS) as (keyof Totals)[];
  const rows: Cell[][] = totalKeys.map((k) => {
    const delta = deltas?.find((x) => x.key === k);
    return delta ? [TOTAL_LABELS[k], t[k], signed(delta.change)] : [TOTAL_LABELS[k], t[k]];
  });
  summary.table(deltas ? ['metric', 'value', 'change'] : ['metric', 'value'], rows, ['left', 'right', 'right']);
  if (Object.keys(snapshot.byLanguage).length > 0) summary.pieChart('Repositories by language', snapshot.byLanguage);
  summary.table(
    ['visibility', 'repositories'],
    Object.entries(snapshot.byVisibility).map(([v, n]) => [v, n]),
    ['left', 'right'],
  );
  for (const key of ['successRate', 'leadTimeSeconds'] as const) {
    const c = headlineChart(snapshot, key);
    if (c) summary.mermaid(c);
  }
  for (const key of ['openPullRequests', 'stale'] as const) {
    const c = historyChart(snapshot, key);
    if (c) summary.mermaid(c);
  }
  detailsTable(
    summary,
    `Repositories not readable (${coverage.unreadable.length})`,
    ['repository', 'why'],
    coverage.unreadable.map((u) => [u.repository, u.reason]),
  );
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
