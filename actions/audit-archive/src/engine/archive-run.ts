import type { Logger } from '../../../../shared/core/logger.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import { listAuditArtifacts, type RepoRef, repositoriesInScope, type Scope } from './collect.js';
import { type GatheredArtifact, gatherArtifacts } from './gather.js';
import { isoWeek } from './iso-week.js';
import { type CompletedRun, findMissingLogs, listCompletedRuns, type MissingLog } from './missing.js';
import { type ArchivePart, buildPart } from './part.js';
import { buildReport, type ComplianceReport } from './report.js';
import { reportCsv } from './report-csv.js';
import { type ArchiveStore, artifactKey, type PutResult, type StoredPart } from './stores/store.js';

/** Everything the archive run needs: plain values and services, no action context. */
export interface ArchiveOptions {
  github: GitHubClient;
  logger: Logger;
  now: Date;
  window: { since: Date; until: Date };
  scope: Scope;
  /** This run: its own artifacts are left for the next run, so re-runs never count their own log. */
  self: { repository: string; runId: number; runAttempt: number };
  /** The stores in the order given; the index is read from `index` (one of them). */
  stores: readonly ArchiveStore[];
  index?: ArchiveStore;
  dryRun: boolean;
}

/** What happened to one part in each store. */
export interface PartOutcome {
  week: string;
  part: string;
  dir: string;
  logs: number;
  records: number;
  stores: { kind: string; location: string; result: PutResult | 'dry-run' }[];
  built: ArchivePart;
}

/** The result of an archive run. */
export interface ArchiveResult {
  repositories: RepoRef[];
  report: ComplianceReport;
  /** Weeks the window touched, with what was already archived of each. */
  weeks: { week: string; logs: number; alreadyArchived: number; parts: string[] }[];
  parts: PartOutcome[];
  /** True when every log of the window was already archived: nothing was written. */
  unchanged: boolean;
}

/**
 * The weekly archive: collect every audit artifact of the window (and the runs that should have one),
 * verify each, then per ISO week of the artifacts write what the index does not hold yet: the week's
 * main part when the week is new, else an addendum, to every store (the index store last, so a run
 * killed half way is completed, not duplicated, by the next one).
 */
export async function runArchive(o: ArchiveOptions): Promise<ArchiveResult> {
  const { github, logger } = o;
  const repositories = await repositoriesInScope(github, o.scope);
  const artifacts = await listAuditArtifacts(github, repositories, o.window, logger, o.self);
  logger.info(
    `${artifacts.length} audit artifacts in ${repositories.length} repositories since ${o.window.since.toISOString()}.`,
  );
  const runs: CompletedRun[] = [];
  for (const r of repositories)
    runs.push(
      ...(await listCompletedRuns(github, r, o.window.since, o.window.until)).filter(
        (run) => !(run.repository === o.self.repository && run.runId === o.self.runId),
      ),
    );
  const missing = await findMissingLogs(github, runs, artifacts, logger);
  const gathered = await gatherArtifacts(github, artifacts, logger);
  const report = buildReport({
    generatedAt: o.now,
    window: o.window,
    repositories: repositories.map((r) => `${r.owner}/${r.repo}`),
    gathered,
    missing,
  });

  const byWeek = new Map<string, GatheredArtifact[]>();
  for (const g of gathered) {
    const week = isoWeek(Date.parse(g.artifact.createdAt)).id;
    byWeek.set(week, [...(byWeek.get(week) ?? []), g]);
  }
  const weekIds = [...byWeek.keys()].sort();
  const index: StoredPart[] = o.index ? await o.index.index(weekIds) : [];
  const weeks: ArchiveResult['weeks'] = [];
  const parts: PartOutcome[] = [];
  for (const week of weekIds) {
    const stored = index.filter((p) => p.week === week);
    const held = new Set(stored.flatMap((p) => p.artifacts));
    const all = byWeek.get(week)!;
    const fresh = all.filter(
      (g) => g.zip && !held.has(artifactKey({ repository: g.artifact.repository, artifactId: g.artifact.id })),
    );
    weeks.push({
      week,
      logs: all.length,
      alreadyArchived: all.length - fresh.length,
      parts: stored.map((p) => p.part).sort(),
    });
    if (fresh.length === 0) continue;
    const addenda = stored.map((p) => /^addendum-(\d+)$/.exec(p.part)).map((m) => (m ? Number(m[1]) : 0));
    const part = stored.length === 0 ? 'main' : `addendum-${Math.max(0, ...addenda) + 1}`;
    const w = isoWeek(Date.parse(fresh[0]!.artifact.createdAt));
    const weekMissing = missing.filter((m) => isoWeek(Date.parse(runCreated(m, runs))).id === week);
    const partReport = buildReport({
      generatedAt: o.now,
      window: { since: w.start, until: w.end },
      repositories: [...new Set(fresh.map((g) => g.artifact.repository))],
      gathered: fresh,
      missing: weekMissing,
    });
    const built = buildPart(fresh, {
      week,
      part,
      createdAt: o.now,
      createdBy: o.self,
      window: o.window,
      report: { json: `${JSON.stringify(partReport, null, 2)}\n`, csv: reportCsv(partReport) },
    });
    parts.push({
      week,
      part,
      dir: built.dir,
      logs: built.manifest.logs.length,
      records: built.manifest.records,
      stores: [],
      built,
    });
  }

  const ordered = o.index ? [...o.stores.filter((s) => s !== o.index), o.index] : [...o.stores];
  for (const p of parts)
    for (const store of ordered) {
      const result = o.dryRun ? 'dry-run' : await store.put(p.built);
      if (result === 'written' || result === 'present')
        logger.info(`${p.dir}: ${result === 'written' ? 'written to' : 'already in'} ${store.location}`);
      p.stores.push({ kind: store.kind, location: store.location, result });
    }
  return { repositories, report, weeks, parts, unchanged: parts.length === 0 };
}

function runCreated(m: MissingLog, runs: readonly { repository: string; runId: number; createdAt: string }[]): string {
  return runs.find((r) => r.repository === m.repository && r.runId === m.runId)?.createdAt ?? new Date(0).toISOString();
}
