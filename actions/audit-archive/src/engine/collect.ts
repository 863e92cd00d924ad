import type { Logger } from '../../../../shared/core/logger.js';
import type { GitHubClient } from '../../../../shared/github/client.js';

/** A repository by owner and name. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** An audit artifact of one action run: `audit-<action>-<run_id>-<run_attempt>` (shared/action/execute.ts). */
export interface AuditArtifact {
  repository: string;
  owner: string;
  repo: string;
  id: number;
  name: string;
  action: string;
  runId: number;
  runAttempt: number;
  createdAt: string;
  sizeInBytes: number;
  expired: boolean;
}

const NAME = /^audit-(.+)-(\d+)-(\d+)$/;

/** Action, run id and attempt of an audit artifact name; undefined for any other artifact. */
export function parseAuditArtifactName(
  name: string,
): { action: string; runId: number; runAttempt: number } | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  return { action: m[1]!, runId: Number(m[2]), runAttempt: Number(m[3]) };
}

/** The repositories in scope: the organization's (all of them, archived included: their runs still count), or the calling one. */
export async function repositoriesInScope(
  github: GitHubClient,
  scope: { organization?: string; repository?: RepoRef },
): Promise<RepoRef[]> {
  if (!scope.organization) return scope.repository ? [scope.repository] : [];
  const repos = await github.paginate(github.rest.repos.listForOrg, {
    org: scope.organization,
    type: 'all',
    per_page: 100,
  });
  return repos.map((r) => ({ owner: r.owner.login, repo: r.name }));
}

/**
 * The audit artifacts created since `since` in each repository. One list request per 100 artifacts of
 * the repository (https://docs.github.com/rest/actions/artifacts#list-artifacts-for-a-repository),
 * newest first, stopping at the first one older than the window: cheaper than listing every workflow
 * run and then each run's artifacts (one request per run), and it finds the same logs because every
 * audit artifact carries its run in its name and `workflow_run`.
 */
export async function listAuditArtifacts(
  github: GitHubClient,
  repos: readonly RepoRef[],
  since: Date,
  logger: Logger,
): Promise<AuditArtifact[]> {
  const out: AuditArtifact[] = [];
  for (const r of repos) {
    let found = 0;
    const pages = github.paginate.iterator(github.rest.actions.listArtifactsForRepo, {
      owner: r.owner,
      repo: r.repo,
      per_page: 100,
    });
    listing: for await (const page of pages) {
      for (const a of page.data) {
        if (a.created_at && Date.parse(a.created_at) < since.getTime()) break listing;
        const parsed = parseAuditArtifactName(a.name);
        if (!parsed) continue;
        found++;
        out.push({
          repository: `${r.owner}/${r.repo}`,
          owner: r.owner,
          repo: r.repo,
          id: a.id,
          name: a.name,
          ...parsed,
          createdAt: a.created_at ?? '',
          sizeInBytes: a.size_in_bytes,
          expired: a.expired,
        });
      }
    }
    logger.debug(`${r.owner}/${r.repo}: ${found} audit artifacts since ${since.toISOString()}`);
  }
  return out;
}
