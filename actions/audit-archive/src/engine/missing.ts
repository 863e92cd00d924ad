import type { Logger } from '../../../../shared/core/logger.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import { COLLECTION_ACTIONS, regexLiteral } from './artifact-name.js';
import type { AuditArtifact, RepoRef } from './collect.js';

/** A completed workflow run in the window. */
export interface CompletedRun {
  repository: string;
  runId: number;
  /** The latest attempt: attempts 1…attempt all ran. */
  attempt: number;
  workflowPath: string;
  headSha: string;
  conclusion: string | null;
  url: string;
  createdAt: string;
}

/** A run (or one attempt of it) whose audit log should exist and does not. */
export interface MissingLog {
  repository: string;
  runId: number;
  /** The attempt without a log; absent when the run has no audit artifact at all. */
  attempt?: number;
  workflow: string;
  url: string;
  reason: string;
}

/** GitHub answers at most 1,000 runs to a filtered list (docs: "returns a maximum of 1,000 workflow runs"). */
const FILTERED_RUNS_CAP = 1000;

/**
 * The completed runs created in [since, until): every page of
 * https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-repository filtered with
 * `created=<from>..<to>`; a range holding more runs than GitHub answers for a filter is halved until
 * each half fits, so no run is dropped silently.
 */
export async function listCompletedRuns(
  github: GitHubClient,
  r: RepoRef,
  since: Date,
  until: Date,
): Promise<CompletedRun[]> {
  const range = `${iso(since)}..${iso(new Date(until.getTime() - 1000))}`;
  const first = await github.rest.actions.listWorkflowRunsForRepo({
    owner: r.owner,
    repo: r.repo,
    status: 'completed',
    created: range,
    per_page: 100,
  });
  if (first.data.total_count > FILTERED_RUNS_CAP && until.getTime() - since.getTime() > 2000) {
    const mid = new Date(Math.floor((since.getTime() + until.getTime()) / 2000) * 1000);
    return [...(await listCompletedRuns(github, r, since, mid)), ...(await listCompletedRuns(github, r, mid, until))];
  }
  const runs = await github.paginate(github.rest.actions.listWorkflowRunsForRepo, {
    owner: r.owner,
    repo: r.repo,
    status: 'completed',
    created: range,
    per_page: 100,
  });
  return runs
    .filter((run) => run.status === 'completed')
    .map((run) => ({
      repository: `${r.owner}/${r.repo}`,
      runId: run.id,
      attempt: run.run_attempt ?? 1,
      workflowPath: run.path,
      headSha: run.head_sha,
      conclusion: run.conclusion,
      url: run.html_url,
      createdAt: run.created_at,
    }));
}

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** `uses: <owner>/<repo>/actions/<name>@ref` or `uses: ./actions/<name>`: a step running one of our actions. */
const USES_OURS = new RegExp(
  `^\\s*-?\\s*uses:\\s*['"]?(?:[\\w.-]+/[\\w.-]+|\\.)/actions/(?:${COLLECTION_ACTIONS.map(regexLiteral).join('|')})(?:@|['"]?\\s*(?:#|$))`,
  'm',
);

/** True when a workflow file's text runs one of the collection's actions. */
export function workflowUsesCollection(yaml: string): boolean {
  return USES_OURS.test(yaml);
}

/**
 * The missing logs among `runs`: an attempt without any audit artifact in a run that has some, and a
 * run without any audit artifact whose workflow file (at the run's commit, else on the default branch)
 * runs one of our actions. A workflow file that cannot be read is not guessed about: logged, skipped.
 */
export async function findMissingLogs(
  github: GitHubClient,
  runs: readonly CompletedRun[],
  artifacts: readonly AuditArtifact[],
  logger: Logger,
): Promise<MissingLog[]> {
  const attemptsByRun = new Map<string, Set<number>>();
  for (const a of artifacts) {
    const key = `${a.repository}#${a.runId}`;
    const set = attemptsByRun.get(key) ?? new Set<number>();
    set.add(a.runAttempt);
    attemptsByRun.set(key, set);
  }
  const usesCache = new Map<string, Promise<boolean | undefined>>();
  const out: MissingLog[] = [];
  for (const run of runs) {
    const present = attemptsByRun.get(`${run.repository}#${run.runId}`);
    const base = { repository: run.repository, runId: run.runId, workflow: run.workflowPath, url: run.url };
    if (present) {
      const latest = Math.max(run.attempt, ...present);
      for (let n = 1; n <= latest; n++)
        if (!present.has(n))
          out.push({
            ...base,
            attempt: n,
            url: `${run.url}/attempts/${n}`,
            reason: `attempt ${n} has no audit artifact`,
          });
      continue;
    }
    const key = `${run.repository}:${run.workflowPath}@${run.headSha}`;
    let uses = usesCache.get(key);
    if (!uses) {
      uses = workflowUses(github, run, logger);
      usesCache.set(key, uses);
    }
    if (await uses)
      out.push({
        ...base,
        reason: `completed run of ${run.workflowPath}, which uses the collection's actions, has no audit artifact`,
      });
  }
  return out;
}

async function workflowUses(github: GitHubClient, run: CompletedRun, logger: Logger): Promise<boolean | undefined> {
  const [owner, repo] = run.repository.split('/') as [string, string];
  for (const ref of [run.headSha, undefined]) {
    try {
      const { data } = await github.rest.repos.getContent({
        owner,
        repo,
        path: run.workflowPath,
        ...(ref ? { ref } : {}),
      });
      if (!Array.isArray(data) && data.type === 'file' && 'content' in data)
        return workflowUsesCollection(Buffer.from(data.content, 'base64').toString('utf8'));
    } catch (error) {
      if ((error as { status?: number }).status !== 404 && (error as { status?: number }).status !== 422) throw error;
    }
  }
  logger.debug(`${run.repository}: cannot read ${run.workflowPath} of run ${run.runId}; not counted as missing`);
  return undefined;
}
