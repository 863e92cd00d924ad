import type { DeploymentRecord, PullRecord, ReleaseRecord, RepoRecord } from '../model.js';
import { repoHtml } from '../views-git.js';
import { connection, type GqlContext, type PageArgs } from './context.js';

/** GitHub's `IssueOrder` / `ReleaseOrder` / `DeploymentOrder` input. */
export interface OrderArgs {
  orderBy?: { field: string; direction: string } | null;
}

const FIELD: Record<string, string> = {
  CREATED_AT: 'created_at',
  UPDATED_AT: 'updated_at',
  NAME: 'tag_name',
  COMMENTS: 'created_at',
};

/**
 * Items sorted as `orderBy` asks (by CREATED_AT, UPDATED_AT or NAME); without one GitHub lists
 * oldest first for issues and pull requests and newest first for releases and deployments.
 */
export function ordered<T extends object>(items: T[], args: OrderArgs, fallback: 'ASC' | 'DESC' = 'ASC'): T[] {
  const key = FIELD[args.orderBy?.field ?? 'CREATED_AT'] ?? 'created_at';
  const direction = args.orderBy?.direction ?? fallback;
  const value = (x: T) => String((x as Record<string, unknown>)[key] ?? '');
  const sorted = [...items].sort((a, b) => value(a).localeCompare(value(b)));
  return direction === 'DESC' ? sorted.reverse() : sorted;
}

/** A `Release` node. */
export function releaseNode(ctx: GqlContext, repo: RepoRecord, r: ReleaseRecord): Record<string, unknown> {
  return {
    __typename: 'Release',
    id: r.node_id,
    databaseId: r.id,
    name: r.name,
    tagName: r.tag_name,
    description: r.body,
    isDraft: r.draft,
    isPrerelease: r.prerelease,
    isLatest: false,
    isImmutable: r.immutable,
    createdAt: r.created_at,
    publishedAt: r.published_at,
    updatedAt: r.updated_at,
    url: `${repoHtml(ctx.state, repo)}/releases/tag/${encodeURIComponent(r.tag_name)}`,
  };
}

/** A `Deployment` node; `latestStatus` is the newest status, `statuses` newest first as on GitHub. */
export function deploymentNode(d: DeploymentRecord): Record<string, unknown> {
  const status = (s: DeploymentRecord['statuses'][number]) => ({
    __typename: 'DeploymentStatus',
    id: s.node_id,
    state: s.state.toUpperCase(),
    description: s.description,
    createdAt: s.created_at,
    updatedAt: s.created_at,
  });
  const latest = d.statuses.at(-1);
  return {
    __typename: 'Deployment',
    id: d.node_id,
    databaseId: d.id,
    environment: d.environment,
    originalEnvironment: d.environment,
    task: d.task,
    createdAt: d.created_at,
    updatedAt: d.updated_at,
    state: latest ? latest.state.toUpperCase().replace('SUCCESS', 'ACTIVE') : 'PENDING',
    latestStatus: latest ? status(latest) : null,
    statuses: (args: PageArgs) => connection([...d.statuses].reverse(), args, status),
  };
}

/**
 * The commits of a pull request, oldest first: the generated history's list, or the git commits
 * reachable from the head and not from the base.
 */
export function pullCommits(ctx: GqlContext, repo: RepoRecord, p: PullRecord): { oid: string; authored_at: string }[] {
  if (p.commits) return p.commits;
  const git = ctx.state.git(repo);
  const baseSha = git.refs.get(`refs/heads/${p.base}`);
  const inBase = new Set<string>();
  for (let s = baseSha; s && !inBase.has(s); ) {
    inBase.add(s);
    const c = git.get(s);
    s = c?.type === 'commit' ? c.parents[0] : undefined;
  }
  const out: { oid: string; authored_at: string }[] = [];
  for (let s: string | undefined = p.head_sha; s && !inBase.has(s); ) {
    const c = git.get(s);
    if (c?.type !== 'commit') break;
    out.unshift({ oid: s, authored_at: c.author.date });
    s = c.parents[0];
  }
  return out;
}

/** `PullRequest.reviews` and `PullRequest.commits`, added to the pull request node. */
export function pullDeliveryFields(ctx: GqlContext, repo: RepoRecord, p: PullRecord): Record<string, unknown> {
  return {
    reviews: (args: PageArgs & { states?: string[] }) =>
      connection(
        p.reviews.filter((r) => !args.states || args.states.includes(r.state)),
        args,
        (r) => ({
          __typename: 'PullRequestReview',
          id: r.node_id,
          databaseId: r.id,
          state: r.state,
          body: r.body,
          submittedAt: r.submitted_at,
          createdAt: r.submitted_at,
        }),
      ),
    commits: (args: PageArgs) =>
      connection(pullCommits(ctx, repo, p), args, (c) => ({
        __typename: 'PullRequestCommit',
        id: `PURC_${c.oid}`,
        commit: {
          __typename: 'Commit',
          id: `C_${c.oid}`,
          oid: c.oid,
          authoredDate: c.authored_at,
          committedDate: c.authored_at,
        },
      })),
  };
}

/** `Repository.releases` and `Repository.deployments`. */
export function repositoryDeliveryFields(ctx: GqlContext, repo: RepoRecord): Record<string, unknown> {
  return {
    releases: (args: PageArgs & OrderArgs) =>
      connection(ordered(repo.releases, args, 'DESC'), args, (r) => releaseNode(ctx, repo, r)),
    deployments: (args: PageArgs & OrderArgs & { environments?: string[] | null }) =>
      connection(
        ordered(
          (repo.deployments ?? []).filter((d) => !args.environments || args.environments.includes(d.environment)),
          args,
        ),
        args,
        (d) => deploymentNode(d),
      ),
  };
}
