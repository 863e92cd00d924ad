import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { errorMessage } from '../../../../shared/core/errors.js';
import type { Logger } from '../../../../shared/core/logger.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import { type ActionRunReport, readActionRuns } from './action-artifacts.js';
import { computeDelivery } from './delivery.js';
import { readPreviousSnapshot } from './previous.js';
import { openMetricsText, snapshotMetrics } from './prometheus.js';
import { type ListedRepo, listRepositories } from './repo-query.js';
import { listRuns } from './runs.js';
import { ALERT_TOOLS, type AlertReading, type AlertTool, readAlerts } from './security.js';
import {
  type Coverage,
  computeHeadline,
  computeTotals,
  countBy,
  isStale,
  nextHistory,
  type PreviousSnapshot,
  type Snapshot,
} from './snapshot.js';
import { restoreSnapshotArtifact } from './snapshot-chain.js';
import { mapLimit } from './stats.js';
import { compareSnapshots, type Delta } from './trends.js';
import type { RepoState, RunEvent } from './types.js';

const DAY = 86_400_000;
/** Every quiet repository's runs are re-listed once in this many days (see needsRuns). */
const REFRESH_DAYS = 7;

function rotationDay(name: string): number {
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h % REFRESH_DAYS;
}

/** Read a little before the previous collection, so an item updated while it ran is not missed (merging dedups). */
const OVERLAP_MS = 3_600_000;

/** Plain options of one collection (no input names: the adapter resolved them). */
export interface CollectionOptions {
  organization: string;
  staleDays: number;
  prAgeDays: number;
  windowDays: number;
  prometheusFile: string;
  /** Also write the OpenMetrics text here. */
  openMetricsFile?: string | undefined;
  jsonFile: string;
  previousFile: string;
  nowMs: number;
  /** Where the collection's actions upload their metrics artifacts (usually the calling repository). */
  artifactsRepository?: { owner: string; repo: string } | undefined;
  /** Read the actions' metrics artifacts of `artifactsRepository` (default true when it is set). */
  readActionMetrics?: boolean;
  /** Repositories listed per GraphQL request (at most 100). */
  pageSize?: number;
  /** Run listings in flight at once. Default 8. */
  concurrency?: number;
  /** Without a previous file, restore it from this artifact of `artifactsRepository` (the artifact chain). */
  snapshotArtifact?: string | undefined;
}

/** What one collection produced. */
export interface CollectionResult {
  snapshot: Snapshot;
  previousAt?: string | undefined;
  deltas: Delta[] | undefined;
  /** Notices for the summary and log: unreadable alerts, hidden repositories. */
  notices: string[];
  /** Pushes the metrics to a Pushgateway (the adapter decides whether to, e.g. not in dry-run). */
  push(url: string, job: string): Promise<void>;
}

async function write(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

function mergeBy<T>(
  old: readonly T[],
  fresh: readonly T[],
  key: (x: T) => string | number,
  keep: (x: T) => boolean,
): T[] {
  const map = new Map<string | number, T>();
  for (const x of old) map.set(key(x), x);
  for (const x of fresh) map.set(key(x), x);
  return [...map.values()].filter(keep);
}

/** Previous repository states, when the previous snapshot can be continued (same organization and window). */
function continuable(previous: PreviousSnapshot | undefined, opts: CollectionOptions, windowStart: number) {
  if (previous?.schema !== 2 || previous.organization !== opts.organization) return undefined;
  if (previous.settings?.windowDays !== opts.windowDays) return undefined;
  if (Date.parse(previous.collectedAt) <= windowStart || !previous.repositories) return undefined;
  return new Map((previous.repositories as unknown as RepoState[]).map((r) => [r.name, r]));
}

/**
 * Whether a repository's runs must be listed: new to the snapshot, pushed to, with pull requests,
 * releases or deployments since (their workflows run without a push to the repository), with a
 * scheduled workflow, or with runs still going. A quiet repository costs nothing.
 */
function needsRuns(listed: ListedRepo, prev: RepoState | undefined, windowStart: number, nowMs: number): boolean {
  if (listed.archived) return false;
  if (!prev?.runsReadAt) return true;
  // Runs no push announces (workflow_dispatch, repository_dispatch, workflow_run): each repository
  // is re-listed on its day of a weekly rotation, so none is missed for more than a week.
  if (rotationDay(listed.name) === Math.floor(nowMs / DAY) % REFRESH_DAYS) return true;
  const readAt = Date.parse(prev.runsReadAt) - OVERLAP_MS;
  if (listed.pushedAt && Date.parse(listed.pushedAt) > readAt) return true;
  if (listed.pulls.length > 0 || listed.releases.length > 0 || listed.deployments.length > 0) return true;
  return prev.runs.some(
    (r) => r.status !== 'completed' || (r.event === 'schedule' && Date.parse(r.createdAt) >= windowStart),
  );
}

/** When to list a repository's runs from: the window, or the previous listing (earlier for unfinished runs). */
function runsSince(prev: RepoState | undefined, windowStart: number): number {
  if (!prev?.runsReadAt) return windowStart;
  const unfinished = prev.runs.filter((r) => r.status !== 'completed').map((r) => Date.parse(r.createdAt));
  return Math.max(windowStart, Math.min(Date.parse(prev.runsReadAt) - OVERLAP_MS, ...unfinished));
}

/** The organization's size as GitHub reports it to this token (public + private), when it does. */
async function organizationReported(client: GitHubClient, org: string): Promise<number | undefined> {
  const { data } = await client.rest.orgs.get({ org });
  if (typeof data.total_private_repos !== 'number') return undefined;
  return data.public_repos + data.total_private_repos;
}

/**
 * One collection: read the previous snapshot; list the repositories with their recent pull requests,
 * issues, releases and deployments (GraphQL, 100 repositories a request); list the runs of the
 * repositories where something can have happened since; read the open security alerts (conditional
 * requests) and the other actions' metrics artifacts; compute; write the Prometheus and JSON files.
 * A first run reads the whole window; a later one only what changed since the previous snapshot.
 */
export async function runCollection(
  client: GitHubClient,
  opts: CollectionOptions,
  logger: Logger,
): Promise<CollectionResult> {
  const requestsBefore = client.moko.stats().requests;
  const windowStart = opts.nowMs - opts.windowDays * DAY;
  if (opts.snapshotArtifact && opts.artifactsRepository && !existsSync(opts.previousFile))
    await restoreSnapshotArtifact(client, opts.artifactsRepository, opts.snapshotArtifact, opts.previousFile, logger);
  // Read before json-file is overwritten: by default it is the previous snapshot.
  const previous = await readPreviousSnapshot(opts.previousFile, logger);
  const prevRepos = continuable(previous, opts, windowStart);
  const since = prevRepos ? Math.max(windowStart, Date.parse(previous!.collectedAt) - OVERLAP_MS) : windowStart;
  const notices: string[] = [];

  const listed = await listRepositories(client, opts.organization, {
    sinceMs: since,
    prCutoffMs: opts.nowMs - opts.prAgeDays * DAY,
    ...(opts.pageSize ? { pageSize: opts.pageSize } : {}),
  });
  const inWindow = (at: string | null) => !!at && Date.parse(at) >= windowStart;
  let restRequests = 0;
  let runsListed = 0;
  const nowIso = new Date(opts.nowMs).toISOString();
  const repos: RepoState[] = await mapLimit(listed.repos, opts.concurrency ?? 8, async (l) => {
    const prev = prevRepos?.get(l.name);
    const state: RepoState = {
      ...l,
      pulls: mergeBy(
        prev?.pulls ?? [],
        l.pulls,
        (p) => p.number,
        (p) => inWindow(p.updatedAt),
      ),
      issues: mergeBy(
        prev?.issues ?? [],
        l.issues,
        (i) => i.number,
        (i) => inWindow(i.updatedAt),
      ),
      releases: mergeBy(
        prev?.releases ?? [],
        l.releases,
        (r) => r.tag,
        (r) => inWindow(r.publishedAt),
      ),
      deployments: mergeBy(
        prev?.deployments ?? [],
        l.deployments,
        (d) => d.id,
        (d) => inWindow(d.createdAt),
      ),
      runs: (prev?.runs ?? []).filter((r) => inWindow(r.createdAt)),
      ...(prev?.runsReadAt ? { runsReadAt: prev.runsReadAt } : {}),
    };
    const calling = opts.artifactsRepository?.owner === opts.organization && opts.artifactsRepository.repo === l.name;
    if (!calling && !needsRuns(l, prev, windowStart, opts.nowMs)) return state;
    runsListed++;
    const read = await listRuns(
      client,
      opts.organization,
      l.name,
      new Date(runsSince(prev, windowStart)).toISOString(),
    );
    restRequests += read.requests;
    if (!read.ok) return { ...state, unreadable: read.reason };
    state.runs = mergeBy<RunEvent>(
      state.runs,
      read.runs,
      (r) => r.id,
      (r) => inWindow(r.createdAt),
    );
    state.runsReadAt = nowIso;
    return state;
  });

  const previousSecurity = new Map(
    ((previous?.schema === 2 ? previous.security : undefined) as AlertReading[] | undefined)?.map((s) => [s.tool, s]) ??
      [],
  );
  const security: AlertReading[] = [];
  for (const tool of Object.keys(ALERT_TOOLS) as AlertTool[]) {
    const { reading, requests } = await readAlerts(client, opts.organization, tool, previousSecurity.get(tool));
    restRequests += requests;
    security.push(reading);
    if (reading.notice) notices.push(reading.notice);
  }

  let actionRuns: ActionRunReport[] = prevRepos
    ? ((previous?.actions?.runs ?? []) as unknown as ActionRunReport[])
    : [];
  if (opts.artifactsRepository && opts.readActionMetrics !== false) {
    const { owner, repo } = opts.artifactsRepository;
    try {
      const read = await readActionRuns(client, owner, repo, new Date(since).toISOString(), logger);
      restRequests += read.requests;
      actionRuns = mergeBy(
        actionRuns,
        read.runs,
        (r) => `${r.action}#${r.runId}#${r.runAttempt}`,
        (r) => inWindow(r.createdAt),
      );
    } catch (error) {
      notices.push(`Metrics artifacts of ${owner}/${repo} not read: ${errorMessage(error)} (needs actions: read)`);
    }
  }

  let organizationReportedCount: number | undefined;
  try {
    organizationReportedCount = await organizationReported(client, opts.organization);
    restRequests++;
  } catch (error) {
    logger.debug(`GET /orgs/${opts.organization}: ${errorMessage(error)}`);
  }
  const unreadable = repos.filter((r) => r.unreadable).map((r) => ({ repository: r.name, reason: r.unreadable! }));
  const coverage: Coverage = {
    seen: repos.length,
    read: repos.length - unreadable.length,
    unreadable,
    organizationReported: organizationReportedCount,
  };
  if (organizationReportedCount !== undefined && organizationReportedCount > repos.length)
    notices.push(
      `${organizationReportedCount - repos.length} of the organization's ${organizationReportedCount} repositories are not visible to this token: they are not counted (use a token that can read them, e.g. a GitHub App installed on all repositories).`,
    );
  for (const u of unreadable)
    notices.push(`${opts.organization}/${u.repository}: workflow runs not read (${u.reason}).`);

  const delivery = computeDelivery(repos, opts.nowMs, opts.windowDays);
  const totals = computeTotals(repos, opts.nowMs, opts.staleDays);
  const headline = computeHeadline(delivery, security);
  const active = repos.filter((r) => !r.archived);
  const collectedAt = nowIso;
  const { durationSeconds: _d, queueSeconds: _q, ...runsKept } = delivery.runs;
  const graphql = listed.requests;
  const snapshot: Snapshot = {
    schema: 2,
    organization: opts.organization,
    collectedAt,
    settings: { staleDays: opts.staleDays, prAgeDays: opts.prAgeDays, windowDays: opts.windowDays },
    totals,
    headline,
    byLanguage: countBy(active, (r) => r.language ?? 'none'),
    byVisibility: countBy(active, (r) => r.visibility),
    coverage,
    collection: {
      mode: prevRepos ? 'incremental' : 'first',
      since: new Date(since).toISOString(),
      requests: { graphql, rest: Math.max(restRequests, client.moko.stats().requests - requestsBefore - graphql) },
      runsListed,
    },
    delivery: { ...delivery, runs: runsKept },
    security,
    actions: { runs: actionRuns },
    history: nextHistory(previous, opts.organization, { collectedAt, totals, headline }),
    repositories: repos.map((r) => ({ ...r, stale: isStale(r, opts.nowMs, opts.staleDays) })),
  };
  const metrics = snapshotMetrics(snapshot, delivery);
  await write(opts.prometheusFile, await metrics.prometheus());
  if (opts.openMetricsFile) await write(opts.openMetricsFile, await openMetricsText(metrics));
  await write(opts.jsonFile, `${JSON.stringify(snapshot)}\n`);
  return {
    snapshot,
    previousAt: previous?.collectedAt,
    deltas: compareSnapshots(previous, snapshot),
    notices,
    push: (url, job) => metrics.push(url, job),
  };
}
