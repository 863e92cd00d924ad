import type { RepoResult, RepoStatus } from './model.js';

/** Counts per status. */
export type StatusCounts = Record<RepoStatus, number>;

/** The results file one run (or one shard) writes. */
export interface BulkReport {
  organization: string;
  /** `i/n`, or `merged` for a merged report. */
  shard: string;
  runId: string;
  runAttempt: number;
  dryRun: boolean;
  counts: StatusCounts;
  repositories: RepoResult[];
  /** Repositories of the organization the selection left out, with the reason. */
  excluded: { name: string; reason: string }[];
  /** Requests this run spent, and GitHub's remaining budget at the end. */
  requests: { total: number; rest: number; graphql: number; rateLimitRemaining?: number };
  durationMs: number;
}

/** Counts results by status. */
export function countStatuses(results: RepoResult[]): StatusCounts {
  const counts: StatusCounts = { updated: 0, unchanged: 0, skipped: 0, failed: 0 };
  for (const r of results) counts[r.status]++;
  return counts;
}

/**
 * Combines the shards' results into one report. A repository reported by two shards (never, with a stable
 * partition, unless shards of different runs are mixed) keeps the later `runAttempt`'s row.
 */
export function mergeReports(reports: BulkReport[]): BulkReport {
  if (reports.length === 0) throw new Error('mergeReports: no reports to merge');
  const byRepo = new Map<string, { attempt: number; row: RepoResult }>();
  const excluded = new Map<string, string>();
  let total = 0;
  let rest = 0;
  let graphql = 0;
  let durationMs = 0;
  for (const r of reports) {
    for (const row of r.repositories) {
      const prev = byRepo.get(row.repo);
      if (!prev || prev.attempt <= r.runAttempt) byRepo.set(row.repo, { attempt: r.runAttempt, row });
    }
    for (const e of r.excluded) excluded.set(e.name, e.reason);
    total += r.requests.total;
    rest += r.requests.rest;
    graphql += r.requests.graphql;
    durationMs = Math.max(durationMs, r.durationMs);
  }
  const repositories = [...byRepo.values()].map((v) => v.row).sort((a, b) => a.repo.localeCompare(b.repo));
  // A repository excluded by one shard's listing but processed by another is not excluded.
  for (const row of repositories) excluded.delete(row.repo);
  const first = reports[0]!;
  return {
    organization: first.organization,
    shard: 'merged',
    runId: first.runId,
    runAttempt: Math.max(...reports.map((r) => r.runAttempt)),
    dryRun: reports.some((r) => r.dryRun),
    counts: countStatuses(repositories),
    repositories,
    excluded: [...excluded].map(([name, reason]) => ({ name, reason })).sort((a, b) => a.name.localeCompare(b.name)),
    requests: { total, rest, graphql },
    durationMs,
  };
}
