import type { Logger } from '../../../../shared/core/logger.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import { parseAuditArtifactName } from './artifact-name.js';

/** A repository by owner and name. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** An audit artifact of one action run, as GitHub lists it. */
export interface AuditArtifact {
  repository: string;
  owner: string;
  repo: string;
  id: number;
  name: string;
  action: string;
  /** The run GitHub filed the artifact under (`workflow_run.id`), not what its name claims. */
  runId: number;
  /** The run id in the name; differs from runId only when an artifact was forged or misfiled. */
  nameRunId: number;
  runAttempt: number;
  /** `-<job>[-N]` added by the uploader when the name was taken in the run. */
  suffix?: string;
  createdAt: string;
  sizeInBytes: number;
  expired: boolean;
  /** GitHub's `sha256:<hex>` of the artifact zip, recorded at upload; absent for artifacts older than the field. */
  digest?: string;
}

/** Where to look: the organization's repositories, a list, or the calling repository. */
export interface Scope {
  organization?: string;
  repositories?: readonly RepoRef[];
  repository?: RepoRef;
}

/** The repositories in scope: the organization's (all of them, archived included: their runs still count), the list, or the calling one. */
export async function repositoriesInScope(github: GitHubClient, scope: Scope): Promise<RepoRef[]> {
  if (scope.organization) {
    const repos = await github.paginate(github.rest.repos.listForOrg, {
      org: scope.organization,
      type: 'all',
      per_page: 100,
    });
    return repos.map((r) => ({ owner: r.owner.login, repo: r.name }));
  }
  if (scope.repositories && scope.repositories.length > 0) return [...scope.repositories];
  return scope.repository ? [scope.repository] : [];
}

/**
 * The audit artifacts created in [since, until) in each repository, every page of
 * https://docs.github.com/rest/actions/artifacts#list-artifacts-for-a-repository (newest first), stopping
 * at the first page that reaches before the window. Cheaper than listing each run's artifacts (one
 * request per run), and it finds the same artifacts. Artifacts of `excludeRun` (this archive run, every
 * attempt) are left out: they are archived by the next run, so a re-run never counts its own log.
 */
export async function listAuditArtifacts(
  github: GitHubClient,
  repos: readonly RepoRef[],
  window: { since: Date; until: Date },
  logger: Logger,
  excludeRun?: { repository: string; runId: number },
): Promise<AuditArtifact[]> {
  const out: AuditArtifact[] = [];
  for (const r of repos) {
    const repository = `${r.owner}/${r.repo}`;
    let found = 0;
    const pages = github.paginate.iterator(github.rest.actions.listArtifactsForRepo, {
      owner: r.owner,
      repo: r.repo,
      per_page: 100,
    });
    listing: for await (const page of pages) {
      for (const a of page.data) {
        const created = a.created_at ? Date.parse(a.created_at) : Number.NaN;
        if (created < window.since.getTime()) break listing;
        if (created >= window.until.getTime()) continue;
        const parsed = parseAuditArtifactName(a.name);
        if (!parsed) continue;
        const runId = a.workflow_run?.id ?? parsed.runId;
        if (excludeRun && excludeRun.repository === repository && excludeRun.runId === runId) continue;
        found++;
        out.push({
          repository,
          owner: r.owner,
          repo: r.repo,
          id: a.id,
          name: a.name,
          action: parsed.action,
          runId,
          nameRunId: parsed.runId,
          runAttempt: parsed.runAttempt,
          ...(parsed.suffix ? { suffix: parsed.suffix } : {}),
          createdAt: a.created_at ?? '',
          sizeInBytes: a.size_in_bytes,
          expired: a.expired,
          ...(a.digest ? { digest: a.digest } : {}),
        });
      }
    }
    logger.debug(`${repository}: ${found} audit artifacts in the window`);
  }
  return out.sort(
    (a, b) => a.repository.localeCompare(b.repository) || a.runId - b.runId || a.name.localeCompare(b.name),
  );
}
