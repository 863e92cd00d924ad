import { z } from 'zod';
import type { ActionRunReport } from './action-artifacts.js';
import type { Delivery } from './delivery.js';
import type { AlertReading } from './security.js';
import type { RepoState } from './types.js';

const DAY = 86_400_000;
/** Collections kept in a snapshot's `history`, for the trend charts: a quarter of daily runs. */
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

/** The headline figures (also the action's outputs); a figure without data is null. */
export const headlineSchema = z.object({
  successRate: z.number().nullable(),
  leadTimeSeconds: z.number().nullable(),
  mttrSeconds: z.number().nullable(),
  criticalAlerts: z.number().nullable(),
  deploymentsPerDay: z.number(),
  changeFailureRate: z.number().nullable(),
});
/** The headline figures. */
export type Headline = z.infer<typeof headlineSchema>;

/** Display names of the headline figures. */
export const HEADLINE_LABELS: Record<keyof Headline, string> = {
  successRate: 'workflow success rate',
  leadTimeSeconds: 'lead time for changes, median (s)',
  mttrSeconds: 'scheduled workflow MTTR, mean (s)',
  criticalAlerts: 'open critical security alerts',
  deploymentsPerDay: 'deployments per day',
  changeFailureRate: 'change failure rate',
};

const historySchema = z.array(
  z.object({ collectedAt: z.string(), totals: totalsSchema, headline: headlineSchema.optional() }),
);

/** The JSON file: what a later run compares with and continues from (only what it needs is validated). */
export const snapshotSchema = z.looseObject({
  schema: z.union([z.literal(1), z.literal(2)]),
  organization: z.string(),
  collectedAt: z.string(),
  totals: totalsSchema,
  byLanguage: z.record(z.string(), z.number()),
  byVisibility: z.record(z.string(), z.number()),
  history: historySchema,
  settings: z.looseObject({ windowDays: z.number().optional() }).optional(),
  repositories: z.array(z.looseObject({ name: z.string() })).optional(),
  security: z.array(z.looseObject({ tool: z.string(), status: z.string() })).optional(),
  actions: z.looseObject({ runs: z.array(z.looseObject({ action: z.string() })) }).optional(),
});

/** The part of a snapshot a later run reads back. */
export type PreviousSnapshot = z.infer<typeof snapshotSchema>;

/** Coverage: what the collection could and could not read. */
export interface Coverage {
  /** Repositories listed (the token sees them). */
  seen: number;
  /** Repositories whose activity was read completely. */
  read: number;
  /** Repositories listed but not readable, with GitHub's answer. */
  unreadable: { repository: string; reason: string }[];
  /** What the organization reports (public + private) when GitHub tells this token; more than `seen` means hidden ones. */
  organizationReported?: number | undefined;
}

/** How this collection went. */
export interface CollectionInfo {
  mode: 'first' | 'incremental';
  /** Activity read from this time on (the window start, or the previous collection). */
  since: string;
  requests: { graphql: number; rest: number };
  /** Repositories whose runs were listed this time (the others had nothing new to list). */
  runsListed: number;
}

/** A metrics-collect snapshot (the `json-file`), schema 2. */
export interface Snapshot {
  schema: 2;
  organization: string;
  collectedAt: string;
  settings: { staleDays: number; prAgeDays: number; windowDays: number };
  totals: Totals;
  headline: Headline;
  byLanguage: Record<string, number>;
  byVisibility: Record<string, number>;
  coverage: Coverage;
  collection: CollectionInfo;
  delivery: Omit<Delivery, 'runs'> & { runs: Omit<Delivery['runs'], 'durationSeconds' | 'queueSeconds'> };
  security: AlertReading[];
  actions: { runs: ActionRunReport[] };
  history: { collectedAt: string; totals: Totals; headline?: Headline | undefined }[];
  repositories: (RepoState & { stale: boolean })[];
}

/** True when a non-archived repository has had no push for `staleDays` (or never one). */
export function isStale(repo: Pick<RepoState, 'archived' | 'pushedAt'>, nowMs: number, staleDays: number): boolean {
  if (repo.archived) return false;
  if (!repo.pushedAt) return true;
  return nowMs - Date.parse(repo.pushedAt) > staleDays * DAY;
}

/** Counts by key, largest first. */
export function countBy<T>(items: readonly T[], key: (r: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of items) out[key(r)] = (out[key(r)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/** Organization totals (archived repositories count in `repositories` and `archived` only). */
export function computeTotals(repos: readonly RepoState[], nowMs: number, staleDays: number): Totals {
  const active = repos.filter((r) => !r.archived);
  const sum = (f: (r: RepoState) => number) => active.reduce((n, r) => n + f(r), 0);
  return {
    repositories: repos.length,
    archived: repos.length - active.length,
    forkedRepositories: active.filter((r) => r.fork).length,
    stale: repos.filter((r) => isStale(r, nowMs, staleDays)).length,
    unprotected: active.filter((r) => r.defaultBranch !== null && !r.protectedDefaultBranch).length,
    stars: sum((r) => r.stars),
    forks: sum((r) => r.forks),
    openIssues: sum((r) => r.openIssues),
    openPullRequests: sum((r) => r.openPullRequests),
    oldPullRequests: sum((r) => r.oldPullRequests),
  };
}

/** The headline figures of a collection. */
export function computeHeadline(delivery: Delivery, security: readonly AlertReading[]): Headline {
  const readable = security.filter((s) => s.status === 'read');
  return {
    successRate: delivery.runs.successRate === undefined ? null : Math.round(delivery.runs.successRate * 10000) / 10000,
    leadTimeSeconds: delivery.dora.leadTime.p50 ?? null,
    mttrSeconds: delivery.runs.scheduledRecovery.mean ?? null,
    criticalAlerts: readable.length === 0 ? null : readable.reduce((n, s) => n + (s.bySeverity.critical ?? 0), 0),
    deploymentsPerDay: delivery.dora.deploymentsPerDay,
    changeFailureRate:
      delivery.dora.changeFailureRate === undefined
        ? null
        : Math.round(delivery.dora.changeFailureRate * 10000) / 10000,
  };
}

/** The history carried over from `previous` (same organization) plus this collection, last 90 kept. */
export function nextHistory(
  previous: PreviousSnapshot | undefined,
  organization: string,
  entry: Snapshot['history'][number],
): Snapshot['history'] {
  const earlier = previous?.organization === organization ? previous.history : [];
  return [...earlier, entry].slice(-HISTORY_LENGTH);
}
