import { z } from 'zod';
import type { RepoMetrics } from './collect.js';

const DAY = 86_400_000;
/** Collections kept in a snapshot's `history`, for the trend chart: a quarter of daily runs. */
export const HISTORY_LENGTH = 90;

/** Organization-wide numbers; every field a count. */
export const totalsSchema = z.object({
  repositories: z.number(),
  archived: z.number(),
  forkedRepositories: z.number(),
  stale: z.number(),
  unprotected: z.number(),
  stars: z.number(),
  forks: z.number(),
  openIssues: z.number(),
  openPullRequests: z.number(),
  oldPullRequests: z.number(),
});
/** Organization-wide numbers. */
export type Totals = z.infer<typeof totalsSchema>;

/** Display names of the totals, in summary order. */
export const TOTAL_LABELS: Record<keyof Totals, string> = {
  repositories: 'repositories',
  archived: 'archived',
  forkedRepositories: 'forked repositories',
  stale: 'stale repositories',
  unprotected: 'default branch unprotected',
  stars: 'stars',
  forks: 'forks',
  openIssues: 'open issues',
  openPullRequests: 'open pull requests',
  oldPullRequests: 'old open pull requests',
};

const historySchema = z.array(z.object({ collectedAt: z.string(), totals: totalsSchema }));

/** The JSON file: what a later run compares with (only the fields it needs are validated). */
export const snapshotSchema = z.looseObject({
  schema: z.literal(1),
  organization: z.string(),
  collectedAt: z.string(),
  totals: totalsSchema,
  byLanguage: z.record(z.string(), z.number()),
  byVisibility: z.record(z.string(), z.number()),
  history: historySchema,
});

/** The part of a snapshot a later run reads back. */
export type PreviousSnapshot = z.infer<typeof snapshotSchema>;

/** A metrics-collect snapshot (the `json-file`). */
export interface Snapshot extends PreviousSnapshot {
  settings: { staleDays: number; prAgeDays: number };
  repositories: (RepoMetrics & { stale: boolean })[];
}

/** True when a non-archived repository has had no push for `staleDays` (or never one). */
export function isStale(repo: RepoMetrics, nowMs: number, staleDays: number): boolean {
  if (repo.archived) return false;
  if (!repo.pushedAt) return true;
  return nowMs - Date.parse(repo.pushedAt) > staleDays * DAY;
}

function countBy(repos: readonly RepoMetrics[], key: (r: RepoMetrics) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of repos) out[key(r)] = (out[key(r)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/**
 * The organization's snapshot: totals (archived repositories count in `repositories` and `archived`
 * only; activity numbers cover the others), repositories by language and visibility (non-archived),
 * and the history of earlier totals carried over from `previous`.
 */
export function buildSnapshot(
  organization: string,
  repos: readonly RepoMetrics[],
  opts: { nowMs: number; staleDays: number; prAgeDays: number; previous?: PreviousSnapshot | undefined },
): Snapshot {
  const repositories = repos.map((r) => ({ ...r, stale: isStale(r, opts.nowMs, opts.staleDays) }));
  const active = repos.filter((r) => !r.archived);
  const sum = (f: (r: RepoMetrics) => number) => active.reduce((n, r) => n + f(r), 0);
  const totals: Totals = {
    repositories: repos.length,
    archived: repos.length - active.length,
    forkedRepositories: active.filter((r) => r.fork).length,
    // isStale is false for archived repositories, so this counts active ones only.
    stale: repositories.filter((r) => r.stale).length,
    unprotected: active.filter((r) => r.defaultBranch !== null && !r.protectedDefaultBranch).length,
    stars: sum((r) => r.stars),
    forks: sum((r) => r.forks),
    openIssues: sum((r) => r.openIssues),
    openPullRequests: sum((r) => r.openPullRequests),
    oldPullRequests: sum((r) => r.oldPullRequests),
  };
  const collectedAt = new Date(opts.nowMs).toISOString();
  const earlier = opts.previous?.organization === organization ? opts.previous.history : [];
  return {
    schema: 1,
    organization,
    collectedAt,
    settings: { staleDays: opts.staleDays, prAgeDays: opts.prAgeDays },
    totals,
    byLanguage: countBy(active, (r) => r.language ?? 'none'),
    byVisibility: countBy(active, (r) => r.visibility),
    history: [...earlier, { collectedAt, totals }].slice(-HISTORY_LENGTH),
    repositories,
  };
}
