import { between, type Distribution, distribution, inWindow } from './stats.js';
import { FAILED_CONCLUSIONS, type RepoState, type RunEvent } from './types.js';

/** Runs of one workflow of one repository in the window. */
export interface WorkflowSummary {
  repository: string;
  workflow: string;
  /** Completed runs by conclusion. */
  conclusions: Record<string, number>;
  scheduled: boolean;
  /** Time the last scheduled run was created (scheduled workflows only). */
  lastScheduledAt?: string;
  lastConclusion?: string | null;
  /** A scheduled workflow whose latest completed run failed. */
  failing: boolean;
}

/** The organization's delivery figures over the window. */
export interface Delivery {
  windowDays: number;
  runs: {
    total: number;
    byConclusion: Record<string, number>;
    /** success / (success + failure + timed_out + startup_failure); undefined without such runs. */
    successRate?: number | undefined;
    duration: Distribution;
    queue: Distribution;
    /** Raw durations and queue times in seconds (for the histograms; not kept in the snapshot). */
    durationSeconds: number[];
    queueSeconds: number[];
    workflows: WorkflowSummary[];
    /** Mean time from a scheduled workflow's first failure to its next success. */
    scheduledRecovery: Distribution;
    scheduledFailing: number;
  };
  pulls: { opened: number; merged: number; leadTime: Distribution; firstReview: Distribution; open: number };
  issues: { opened: number; closed: number; timeToClose: Distribution; open: number };
  dora: {
    deployments: number;
    /** Deployments (or releases, in repositories without deployments) per day. */
    deploymentsPerDay: number;
    leadTime: Distribution;
    failures: number;
    changeFailureRate?: number | undefined;
    timeToRestore: Distribution;
  };
}

const SECOND = 1000;

/** Recoveries of one scheduled workflow: first failure to next success, in ms; and whether it is failing now. */
function recoveries(runs: RunEvent[]): { times: number[]; failing: boolean } {
  const done = runs
    .filter((r) => r.status === 'completed' && r.conclusion)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const times: number[] = [];
  let failedAt: string | undefined;
  for (const r of done) {
    if (FAILED_CONCLUSIONS.has(r.conclusion!)) failedAt ??= r.updatedAt;
    else if (r.conclusion === 'success' && failedAt) {
      const t = between(failedAt, r.updatedAt);
      if (t !== undefined) times.push(t);
      failedAt = undefined;
    }
  }
  return { times, failing: failedAt !== undefined };
}

function workflowSummaries(repo: RepoState, sinceMs: number) {
  const byWorkflow = new Map<string, RunEvent[]>();
  for (const r of repo.runs)
    if (inWindow(r.createdAt, sinceMs)) byWorkflow.set(r.workflow, [...(byWorkflow.get(r.workflow) ?? []), r]);
  const out: { summary: WorkflowSummary; recovery: number[] }[] = [];
  for (const [workflow, runs] of byWorkflow) {
    const conclusions: Record<string, number> = {};
    for (const r of runs)
      if (r.status === 'completed')
        conclusions[r.conclusion ?? 'none'] = (conclusions[r.conclusion ?? 'none'] ?? 0) + 1;
    const scheduledRuns = runs.filter((r) => r.event === 'schedule');
    const scheduled = scheduledRuns.length > 0;
    const rec = scheduled ? recoveries(scheduledRuns) : { times: [], failing: false };
    const last = scheduledRuns.reduce<RunEvent | undefined>(
      (a, r) => (!a || r.createdAt > a.createdAt ? r : a),
      undefined,
    );
    out.push({
      summary: {
        repository: repo.name,
        workflow,
        conclusions,
        scheduled,
        ...(last ? { lastScheduledAt: last.createdAt, lastConclusion: last.conclusion } : {}),
        failing: rec.failing,
      },
      recovery: rec.times,
    });
  }
  return out;
}

/** Deployments of a repository, or its releases when it records no deployments (one per release). */
function changesOf(repo: RepoState, sinceMs: number): { at: string; failed: boolean; environment: string }[] {
  const deployments = repo.deployments.filter((d) => inWindow(d.createdAt, sinceMs));
  if (repo.deployments.length > 0)
    return deployments
      .filter((d) => ['success', 'failure', 'error', 'inactive'].includes(d.state))
      .map((d) => ({
        at: d.createdAt,
        failed: d.state === 'failure' || d.state === 'error',
        environment: d.environment,
      }));
  return repo.releases
    .filter((r) => inWindow(r.publishedAt, sinceMs))
    .map((r) => ({ at: r.publishedAt, failed: false, environment: 'release' }));
}

/** Time from each failed deployment to the next successful one of the same environment, in ms. */
function restoreTimes(changes: { at: string; failed: boolean; environment: string }[]): number[] {
  const sorted = [...changes].sort((a, b) => a.at.localeCompare(b.at));
  const out: number[] = [];
  const failedSince = new Map<string, string>();
  for (const c of sorted) {
    if (c.failed) {
      if (!failedSince.has(c.environment)) failedSince.set(c.environment, c.at);
    } else if (failedSince.has(c.environment)) {
      const t = between(failedSince.get(c.environment), c.at);
      if (t !== undefined) out.push(t);
      failedSince.delete(c.environment);
    }
  }
  return out;
}

/**
 * Delivery over the window `[nowMs - windowDays, nowMs]` from the repositories' kept events:
 * workflow runs, pull requests, issues and the four DORA keys. Change failure rate counts failed
 * deployments plus merged reverts (`Revert "…"`) in repositories that deploy or release, over their changes.
 */
export function computeDelivery(repos: readonly RepoState[], nowMs: number, windowDays: number): Delivery {
  const sinceMs = nowMs - windowDays * 86_400_000;
  const active = repos.filter((r) => !r.archived);
  const runs = active.flatMap((r) => r.runs.filter((x) => inWindow(x.createdAt, sinceMs)));
  const done = runs.filter((r) => r.status === 'completed');
  const byConclusion: Record<string, number> = {};
  for (const r of done) byConclusion[r.conclusion ?? 'none'] = (byConclusion[r.conclusion ?? 'none'] ?? 0) + 1;
  const counted = done.filter((r) => r.conclusion === 'success' || FAILED_CONCLUSIONS.has(r.conclusion ?? ''));
  const durations = done.map((r) => between(r.startedAt, r.updatedAt)).filter((x): x is number => x !== undefined);
  const queues = runs.map((r) => between(r.createdAt, r.startedAt)).filter((x): x is number => x !== undefined);
  const wf = active.flatMap((r) => workflowSummaries(r, sinceMs));

  const pulls = active.flatMap((r) => r.pulls);
  const merged = pulls.filter((p) => inWindow(p.mergedAt, sinceMs));
  const reviewed = pulls.filter((p) => inWindow(p.createdAt, sinceMs) && p.firstReviewAt);
  const issues = active.flatMap((r) => r.issues);
  const closed = issues.filter((i) => inWindow(i.closedAt, sinceMs));

  const delivering = active.filter((r) => r.deployments.length > 0 || r.releases.length > 0);
  const changes = delivering.flatMap((r) => changesOf(r, sinceMs));
  const reverts = delivering.flatMap((r) => r.pulls.filter((p) => p.revert && inWindow(p.mergedAt, sinceMs)));
  const failures = changes.filter((c) => c.failed).length + reverts.length;
  const restore = delivering.flatMap((r) => restoreTimes(changesOf(r, sinceMs)));
  const leadTimes = merged
    .map((p) => between(p.firstCommitAt ?? p.createdAt, p.mergedAt))
    .filter((x): x is number => x !== undefined);

  return {
    windowDays,
    runs: {
      total: runs.length,
      byConclusion,
      successRate:
        counted.length > 0 ? counted.filter((r) => r.conclusion === 'success').length / counted.length : undefined,
      duration: distribution(durations),
      queue: distribution(queues),
      durationSeconds: durations.map((d) => d / SECOND),
      queueSeconds: queues.map((d) => d / SECOND),
      workflows: wf.map((w) => w.summary),
      scheduledRecovery: distribution(wf.flatMap((w) => w.recovery)),
      scheduledFailing: wf.filter((w) => w.summary.failing).length,
    },
    pulls: {
      opened: pulls.filter((p) => inWindow(p.createdAt, sinceMs)).length,
      merged: merged.length,
      leadTime: distribution(
        merged.map((p) => between(p.createdAt, p.mergedAt)).filter((x): x is number => x !== undefined),
      ),
      firstReview: distribution(
        reviewed.map((p) => between(p.createdAt, p.firstReviewAt)).filter((x): x is number => x !== undefined),
      ),
      open: active.reduce((n, r) => n + r.openPullRequests, 0),
    },
    issues: {
      opened: issues.filter((i) => inWindow(i.createdAt, sinceMs)).length,
      closed: closed.length,
      timeToClose: distribution(
        closed.map((i) => between(i.createdAt, i.closedAt)).filter((x): x is number => x !== undefined),
      ),
      open: active.reduce((n, r) => n + r.openIssues, 0),
    },
    dora: {
      deployments: changes.length,
      deploymentsPerDay: Math.round((changes.length / windowDays) * 1000) / 1000,
      leadTime: distribution(leadTimes),
      failures,
      changeFailureRate: changes.length > 0 ? Math.min(1, failures / changes.length) : undefined,
      timeToRestore: distribution(restore),
    },
  };
}
