import type {
  IssueRecord,
  LabelRecord,
  OrgRecord,
  ProjectRecord,
  PullRecord,
  RepoRecord,
  TeamRecord,
} from '../model.js';
import { findLabel, labelsNamed } from '../label-ops.js';
import { repoHtml } from '../views-git.js';
import { canRead, connection, type GqlContext, type PageArgs } from './context.js';
import { objectByExpression, protectionRuleNode, refNode } from './git-nodes.js';
import { repositoryCounts } from './repository-counts.js';
import { graphqlSettings } from '../settings.js';
import { type OrderArgs, ordered, pullDeliveryFields, repositoryDeliveryFields } from './delivery-nodes.js';

const COLORS: Record<string, string> = {
  TypeScript: '#3178c6',
  JavaScript: '#f1e05a',
  Python: '#3572A5',
  Go: '#00ADD8',
  Java: '#b07219',
  Ruby: '#701516',
  PHP: '#4F5D95',
  Shell: '#89e051',
  Rust: '#dea584',
  'C#': '#178600',
};

/** A `User` node. */
export function userNode(ctx: GqlContext, login: string): Record<string, unknown> {
  const a = ctx.state.account(login);
  return {
    __typename: a.type === 'Bot' ? 'Bot' : 'User',
    id: a.node_id,
    login: a.login,
    databaseId: a.id,
    url: `${ctx.state.baseUrl}/${a.login}`,
    name: a.login,
  };
}

/** A `Label` node. */
export function labelNode(ctx: GqlContext, repo: RepoRecord, l: LabelRecord): Record<string, unknown> {
  return {
    __typename: 'Label',
    id: l.node_id,
    name: l.name,
    color: l.color,
    description: l.description,
    isDefault: l.default,
    url: `${repoHtml(ctx.state, repo)}/labels/${encodeURIComponent(l.name)}`,
    createdAt: repo.created_at,
    updatedAt: repo.updated_at,
  };
}

function labelsOf(ctx: GqlContext, repo: RepoRecord, names: string[]) {
  return labelsNamed(repo, names).map((l) => labelNode(ctx, repo, l));
}

function teamNode(t: TeamRecord): Record<string, unknown> {
  return {
    __typename: 'Team',
    id: t.node_id,
    databaseId: t.id,
    name: t.name,
    slug: t.slug,
    description: t.description,
  };
}

/** A `PullRequest` node. */
export function pullNode(ctx: GqlContext, repo: RepoRecord, p: PullRecord): Record<string, unknown> {
  const url = `${repoHtml(ctx.state, repo)}/pull/${p.number}`;
  return {
    __typename: 'PullRequest',
    id: p.node_id,
    databaseId: p.id,
    number: p.number,
    title: p.title,
    body: p.body ?? '',
    state: p.merged ? 'MERGED' : p.state.toUpperCase(),
    closed: p.state === 'closed',
    merged: p.merged,
    mergedAt: p.merged_at,
    closedAt: p.closed_at,
    isDraft: p.draft,
    url,
    permalink: url,
    resourcePath: `/${repo.owner}/${repo.name}/pull/${p.number}`,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    headRefName: p.head,
    baseRefName: p.base,
    headRefOid: p.head_sha,
    baseRefOid: repo.git?.refs.get(`refs/heads/${p.base}`) ?? p.head_sha,
    headRef: () => refNode(ctx, repo, `refs/heads/${p.head}`),
    baseRef: () => refNode(ctx, repo, `refs/heads/${p.base}`),
    mergeable: p.state === 'open' ? 'MERGEABLE' : 'UNKNOWN',
    maintainerCanModify: p.maintainer_can_modify,
    author: userNode(ctx, p.user),
    labels: (args: PageArgs) => connection(labelsOf(ctx, repo, p.labels), args, (l) => l),
    autoMergeRequest: p.auto_merge
      ? {
          mergeMethod: p.auto_merge.merge_method,
          enabledAt: p.updated_at,
          enabledBy: userNode(ctx, p.auto_merge.enabled_by),
        }
      : null,
    reviewRequests: (args: PageArgs) =>
      connection(
        [
          ...p.requested_reviewers.map((u) => ({ requestedReviewer: userNode(ctx, u) })),
          ...p.requested_teams.map((slug) => ({
            requestedReviewer: {
              __typename: 'Team',
              id: ctx.state.org(repo.owner)?.teams.find((t) => t.slug === slug)?.node_id ?? '',
              slug,
              name: slug,
            },
          })),
        ],
        args,
        (r) => r,
      ),
    repository: () => repositoryNode(ctx, repo),
    baseRepository: () => repositoryNode(ctx, repo),
    headRepository: () => repositoryNode(ctx, repo),
    ...pullDeliveryFields(ctx, repo, p),
  };
}

/** An `Issue` node. */
export function issueNode(ctx: GqlContext, repo: RepoRecord, i: IssueRecord): Record<string, unknown> {
  return {
    __typename: 'Issue',
    id: i.node_id,
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: i.state.toUpperCase(),
    url: `${repoHtml(ctx.state, repo)}/issues/${i.number}`,
    createdAt: i.created_at,
    updatedAt: i.updated_at,
    closedAt: i.closed_at,
    closed: i.state === 'closed',
    labels: (args: PageArgs) => connection(labelsOf(ctx, repo, i.labels), args, (l) => l),
    repository: () => repositoryNode(ctx, repo),
  };
}

/** A `Repository` node backed by the same record REST serves. */
export function repositoryNode(ctx: GqlContext, repo: RepoRecord): Record<string, unknown> {
  return {
    __typename: 'Repository',
    id: repo.node_id,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    description: repo.description,
    url: repoHtml(ctx.state, repo),
    isArchived: repo.archived,
    isFork: repo.fork,
    isPrivate: repo.visibility !== 'public',
    isDisabled: false,
    isEmpty: false,
    isTemplate: false,
    isLocked: false,
    visibility: repo.visibility.toUpperCase(),
    createdAt: repo.created_at,
    updatedAt: repo.updated_at,
    pushedAt: repo.pushed_at,
    ...repositoryCounts(repo),
    viewerPermission: ctx.state.covers(ctx.grant, repo) ? (ctx.grant.permission === 'read' ? 'READ' : 'ADMIN') : 'READ',
    owner: () => ({
      __typename: ctx.state.org(repo.owner) ? 'Organization' : 'User',
      id: ctx.state.org(repo.owner)?.node_id ?? ctx.state.account(repo.owner).node_id,
      login: repo.owner,
    }),
    primaryLanguage: repo.language
      ? { id: `LANG_${repo.language}`, name: repo.language, color: COLORS[repo.language] ?? null }
      : null,
    repositoryTopics: (args: PageArgs) =>
      connection(repo.topics, args, (t) => ({
        id: `RT_${t}`,
        topic: { id: `T_${t}`, name: t },
        url: `${ctx.state.baseUrl}/topics/${t}`,
      })),
    defaultBranchRef: () => refNode(ctx, repo, `refs/heads/${repo.default_branch}`),
    ref: ({ qualifiedName }: { qualifiedName: string }) =>
      refNode(ctx, repo, qualifiedName.startsWith('refs/') ? qualifiedName : `refs/heads/${qualifiedName}`),
    refs: (args: PageArgs & { refPrefix: string; query?: string }) => {
      const names = [...ctx.state.git(repo).refs.keys()]
        .filter((r) => r.startsWith(args.refPrefix) && (!args.query || r.includes(args.query)))
        .sort();
      return connection(names, args, (r) => refNode(ctx, repo, r));
    },
    object: ({ expression, oid }: { expression?: string; oid?: string }) =>
      objectByExpression(ctx, repo, expression, oid),
    pullRequests: (
      args: PageArgs & OrderArgs & { states?: string[]; headRefName?: string; baseRefName?: string; labels?: string[] },
    ) => {
      ctx.state.git(repo);
      const list = repo.pulls.filter(
        (p) =>
          (!args.states || args.states.includes(p.merged ? 'MERGED' : p.state.toUpperCase())) &&
          (!args.headRefName || p.head === args.headRefName) &&
          (!args.baseRefName || p.base === args.baseRefName) &&
          (!args.labels || args.labels.some((l) => p.labels.includes(l))),
      );
      return connection(ordered(list, args), args, (p) => pullNode(ctx, repo, p));
    },
    pullRequest: ({ number }: { number: number }) => {
      ctx.state.git(repo);
      const p = repo.pulls.find((x) => x.number === number);
      return p ? pullNode(ctx, repo, p) : null;
    },
    issues: (args: PageArgs & OrderArgs & { states?: string[]; filterBy?: { since?: string; states?: string[] } }) => {
      const states = args.states ?? args.filterBy?.states;
      const since = args.filterBy?.since ? Date.parse(args.filterBy.since) : undefined;
      const list = repo.issues.filter(
        (i) =>
          (!states || states.includes(i.state.toUpperCase())) &&
          (since === undefined || Date.parse(i.updated_at) >= since),
      );
      return connection(ordered(list, args), args, (i) => issueNode(ctx, repo, i));
    },
    labels: (args: PageArgs & { query?: string }) =>
      connection(
        repo.labels.filter((l) => !args.query || l.name.toLowerCase().includes(args.query.toLowerCase())),
        args,
        (l) => labelNode(ctx, repo, l),
      ),
    label: ({ name }: { name: string }) => {
      const l = findLabel(repo, name);
      return l ? labelNode(ctx, repo, l) : null;
    },
    ...graphqlSettings(repo),
    branchProtectionRules: (args: PageArgs) =>
      connection([...repo.protections.keys()], args, (b) => protectionRuleNode(ctx, repo, b)),
    ...repositoryDeliveryFields(ctx, repo),
  };
}

/** A `ProjectV2` node. */
export function projectNode(ctx: GqlContext, org: OrgRecord, p: ProjectRecord): Record<string, unknown> {
  return {
    __typename: 'ProjectV2',
    id: p.node_id,
    databaseId: p.id,
    number: p.number,
    title: p.title,
    url: `${ctx.state.baseUrl}/orgs/${org.login}/projects/${p.number}`,
    closed: false,
    public: false,
    createdAt: org.created_at,
    updatedAt: org.created_at,
    owner: () => organizationNode(ctx, org),
    repositories: (args: PageArgs) =>
      connection(
        p.repositories.map((id) => ctx.state.reposById.get(id)).filter((r): r is RepoRecord => r !== undefined),
        args,
        (r) => repositoryNode(ctx, r),
      ),
  };
}

/** An `Organization` node with repositories and Projects (v2). */
export function organizationNode(ctx: GqlContext, org: OrgRecord): Record<string, unknown> {
  return {
    __typename: 'Organization',
    id: org.node_id,
    databaseId: org.id,
    login: org.login,
    name: org.name,
    description: org.description,
    url: `${ctx.state.baseUrl}/${org.login}`,
    createdAt: org.created_at,
    repositories: (
      args: PageArgs & {
        isArchived?: boolean;
        isFork?: boolean;
        visibility?: string;
        orderBy?: { field: string; direction: string };
      },
    ) => {
      let list = ctx.state
        .reposOf(org.login)
        .filter((r) => canRead(ctx, r))
        .filter(
          (r) =>
            (args.isArchived == null || r.archived === args.isArchived) &&
            (args.isFork == null || r.fork === args.isFork) &&
            (!args.visibility || r.visibility.toUpperCase() === args.visibility),
        );
      if (args.orderBy?.field === 'NAME') list = [...list].sort((a, b) => a.name.localeCompare(b.name));
      if (args.orderBy?.direction === 'DESC') list = [...list].reverse();
      return connection(list, args, (r) => repositoryNode(ctx, r));
    },
    repository: ({ name }: { name: string }) => {
      const r = ctx.state.repo(org.login, name);
      return r && canRead(ctx, r) ? repositoryNode(ctx, r) : null;
    },
    team: ({ slug }: { slug: string }) => {
      const t = org.teams.find((x) => x.slug === slug);
      return t ? teamNode(t) : null;
    },
    teams: (args: PageArgs) => connection(org.teams, args, teamNode),
    projectsV2: (args: PageArgs & { query?: string }) =>
      connection(
        org.projects.filter((p) => !args.query || p.title.includes(args.query)),
        args,
        (p) => projectNode(ctx, org, p),
      ),
    projectV2: ({ number }: { number: number }) => {
      const p = org.projects.find((x) => x.number === number);
      return p ? projectNode(ctx, org, p) : null;
    },
  };
}
