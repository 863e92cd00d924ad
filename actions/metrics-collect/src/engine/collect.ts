import type { GitHubClient } from '../../../../shared/github/client.js';
import { withNotFoundAsUserError } from '../../../../shared/github/not-found.js';

/** What metrics-collect keeps about one repository. */
export interface RepoMetrics {
  name: string;
  archived: boolean;
  fork: boolean;
  visibility: 'public' | 'private' | 'internal';
  /** Primary language, or null when GitHub detected none. */
  language: string | null;
  stars: number;
  forks: number;
  openIssues: number;
  openPullRequests: number;
  /** Open pull requests created before the `pr-age-days` cutoff (a lower bound when `oldPullRequestsAtLeast`). */
  oldPullRequests: number;
  /** True when more than one page of open pull requests exists and all of the first page were old. */
  oldPullRequestsAtLeast: boolean;
  /** ISO time of the last push, or null for a repository never pushed to. */
  pushedAt: string | null;
  defaultBranch: string | null;
  /** A branch protection rule applies to the default branch. */
  protectedDefaultBranch: boolean;
}

interface RawRepo {
  name: string;
  isArchived: boolean;
  isFork: boolean;
  visibility: string;
  pushedAt: string | null;
  stargazerCount: number;
  forkCount: number;
  primaryLanguage: { name: string } | null;
  defaultBranchRef: { name: string; branchProtectionRule: { id: string } | null } | null;
  issues: { totalCount: number };
  pullRequests: { totalCount: number; nodes: ({ createdAt: string } | null)[] };
}

interface OrgPage {
  organization: {
    repositories: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: (RawRepo | null)[];
    };
  } | null;
}

/** Open pull requests read per repository to date them; oldest first, so the old ones come first. */
export const PULLS_PER_REPO = 100;

/**
 * One page of repositories with everything counted server-side (`totalCount`), so 100 repositories
 * cost one request and a couple of points
 * (https://docs.github.com/en/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api).
 */
export const ORG_METRICS_QUERY = `query OrgMetrics($org: String!, $first: Int!, $after: String) {
  organization(login: $org) {
    repositories(first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        name isArchived isFork visibility pushedAt stargazerCount forkCount
        primaryLanguage { name }
        defaultBranchRef { name branchProtectionRule { id } }
        issues(states: OPEN) { totalCount }
        pullRequests(states: OPEN, first: ${PULLS_PER_REPO}, orderBy: { field: CREATED_AT, direction: ASC }) {
          totalCount
          nodes { createdAt }
        }
      }
    }
  }
}`;

function toRepoMetrics(raw: RawRepo, prCutoffMs: number): RepoMetrics {
  const dated = raw.pullRequests.nodes.filter((n): n is { createdAt: string } => n !== null);
  const old = dated.filter((n) => Date.parse(n.createdAt) < prCutoffMs).length;
  const visibility = raw.visibility.toLowerCase();
  return {
    name: raw.name,
    archived: raw.isArchived,
    fork: raw.isFork,
    visibility: visibility === 'public' || visibility === 'internal' ? visibility : 'private',
    language: raw.primaryLanguage?.name ?? null,
    stars: raw.stargazerCount,
    forks: raw.forkCount,
    openIssues: raw.issues.totalCount,
    openPullRequests: raw.pullRequests.totalCount,
    oldPullRequests: old,
    oldPullRequestsAtLeast: raw.pullRequests.totalCount > dated.length && old === dated.length,
    pushedAt: raw.pushedAt,
    defaultBranch: raw.defaultBranchRef?.name ?? null,
    protectedDefaultBranch: raw.defaultBranchRef?.branchProtectionRule != null,
  };
}

/** Every repository of `org` the token can read, `pageSize` per GraphQL request (at most 100). */
export async function collectRepoMetrics(
  client: GitHubClient,
  org: string,
  opts: { prCutoffMs: number; pageSize?: number },
): Promise<{ repos: RepoMetrics[]; requests: number }> {
  const repos: RepoMetrics[] = [];
  let after: string | null = null;
  let requests = 0;
  do {
    const vars = { org, first: Math.min(100, opts.pageSize ?? 100), after };
    const data: OrgPage = await withNotFoundAsUserError(() => client.graphql<OrgPage>(ORG_METRICS_QUERY, vars));
    requests++;
    const page = data.organization?.repositories;
    if (!page) break;
    for (const raw of page.nodes) if (raw) repos.push(toRepoMetrics(raw, opts.prCutoffMs));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { repos, requests };
}
