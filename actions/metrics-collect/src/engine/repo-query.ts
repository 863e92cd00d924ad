import type { GitHubClient } from '../../../../shared/github/client.js';
import { withNotFoundAsUserError } from '../../../../shared/github/not-found.js';
import type { DeploymentEvent, IssueEvent, PullEvent, ReleaseEvent, RepoState } from './types.js';

/** Open pull requests read per repository to date them; oldest first, so the old ones come first. */
export const PULLS_PER_REPO = 100;
/** Recently updated items read per repository in the page query; more come from follow-up queries. */
export const RECENT = 10;

interface Connection<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: (T | null)[];
}

interface RawPull {
  number: number;
  title: string;
  createdAt: string;
  updatedAt: string;
  mergedAt: string | null;
  closedAt: string | null;
  reviews: { nodes: ({ submittedAt: string | null } | null)[] };
  commits: { nodes: ({ commit: { authoredDate: string } } | null)[] };
}
interface RawIssue {
  number: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}
interface RawRelease {
  tagName: string;
  publishedAt: string | null;
  isDraft: boolean;
  isPrerelease: boolean;
}
interface RawDeployment {
  databaseId: number | null;
  environment: string | null;
  createdAt: string;
  latestStatus: { state: string; createdAt: string } | null;
}

/** The activity connections, shared by the page query and the follow-ups. */
interface RawActivity {
  recentPulls?: Connection<RawPull>;
  recentIssues?: Connection<RawIssue>;
  releases?: Connection<RawRelease>;
  deployments?: Connection<RawDeployment>;
}

interface RawRepo extends RawActivity {
  name: string;
  isArchived: boolean;
  isFork: boolean;
  visibility: string;
  pushedAt: string | null;
  stargazerCount: number;
  forkCount: number;
  primaryLanguage: { name: string } | null;
  defaultBranchRef: { name: string; branchProtectionRule: { id: string } | null } | null;
  openIssues: { totalCount: number };
  openPulls: { totalCount: number; nodes: ({ createdAt: string } | null)[] };
}

const PULL_FIELDS = `number title createdAt updatedAt mergedAt closedAt
  reviews(first: 1) { nodes { submittedAt } }
  commits(first: 1) { nodes { commit { authoredDate } } }`;
const ISSUE_FIELDS = 'number createdAt updatedAt closedAt';
const RELEASE_FIELDS = 'tagName publishedAt isDraft isPrerelease';
const DEPLOYMENT_FIELDS = 'databaseId environment createdAt latestStatus { state createdAt }';
const PAGE = 'pageInfo { hasNextPage endCursor }';

/** The four activity connections, newest first, `n` each, after the given cursors. */
function activity(n: number, cursors: Partial<Record<Kind, string>> = {}, only?: Kind[]): string {
  const after = (k: Kind) => (cursors[k] ? `, after: ${JSON.stringify(cursors[k])}` : '');
  const want = (k: Kind) => !only || only.includes(k);
  return [
    want('recentPulls')
      ? `recentPulls: pullRequests(first: ${n}${after('recentPulls')}, orderBy: { field: UPDATED_AT, direction: DESC }) { ${PAGE} nodes { ${PULL_FIELDS} } }`
      : '',
    want('recentIssues')
      ? `recentIssues: issues(first: ${n}${after('recentIssues')}, orderBy: { field: UPDATED_AT, direction: DESC }, filterBy: { since: $since }) { ${PAGE} nodes { ${ISSUE_FIELDS} } }`
      : '',
    want('releases')
      ? `releases(first: ${n}${after('releases')}, orderBy: { field: CREATED_AT, direction: DESC }) { ${PAGE} nodes { ${RELEASE_FIELDS} } }`
      : '',
    want('deployments')
      ? `deployments(first: ${n}${after('deployments')}, orderBy: { field: CREATED_AT, direction: DESC }) { ${PAGE} nodes { ${DEPLOYMENT_FIELDS} } }`
      : '',
  ].join('\n');
}

/**
 * One page of repositories with their counts and their most recently changed pull requests, issues,
 * releases and deployments: 100 repositories and everything the delivery metrics need in one request
 * (https://docs.github.com/en/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api).
 */
export const ORG_DELIVERY_QUERY = `query OrgDelivery($org: String!, $first: Int!, $after: String, $since: DateTime!) {
  organization(login: $org) {
    repositories(first: $first, after: $after, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        name isArchived isFork visibility pushedAt stargazerCount forkCount
        primaryLanguage { name }
        defaultBranchRef { name branchProtectionRule { id } }
        openIssues: issues(states: OPEN) { totalCount }
        openPulls: pullRequests(states: OPEN, first: ${PULLS_PER_REPO}, orderBy: { field: CREATED_AT, direction: ASC }) {
          totalCount
          nodes { createdAt }
        }
        ${activity(RECENT)}
      }
    }
  }
}`;

type Kind = 'recentPulls' | 'recentIssues' | 'releases' | 'deployments';

const dateOf: Record<Kind, (n: never) => string | null> = {
  recentPulls: (n: RawPull) => n.updatedAt,
  recentIssues: (n: RawIssue) => n.updatedAt,
  releases: (n: RawRelease) => n.publishedAt,
  deployments: (n: RawDeployment) => n.createdAt,
};

/** The items of a repository gathered so far, before conversion. */
interface Gathered {
  pulls: RawPull[];
  issues: RawIssue[];
  releases: RawRelease[];
  deployments: RawDeployment[];
}

const KEY: Record<Kind, keyof Gathered> = {
  recentPulls: 'pulls',
  recentIssues: 'issues',
  releases: 'releases',
  deployments: 'deployments',
};

/** Adds a connection's nodes; returns the cursor to continue from when older items may still be in range. */
function gather(g: Gathered, kind: Kind, conn: Connection<unknown> | undefined, sinceMs: number): string | undefined {
  if (!conn) return undefined;
  const nodes = conn.nodes.filter((n) => n !== null);
  (g[KEY[kind]] as unknown[]).push(...nodes);
  const last = nodes.at(-1);
  const lastAt = last ? (dateOf[kind] as (n: unknown) => string | null)(last) : null;
  // Newest first: once the last node is older than the window, so is everything after it.
  if (conn.pageInfo.hasNextPage && conn.pageInfo.endCursor && (!lastAt || Date.parse(lastAt) >= sinceMs))
    return conn.pageInfo.endCursor;
  return undefined;
}

function toPull(p: RawPull): PullEvent {
  return {
    number: p.number,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    mergedAt: p.mergedAt,
    closedAt: p.closedAt,
    firstReviewAt: p.reviews.nodes.find((r) => r?.submittedAt)?.submittedAt ?? null,
    firstCommitAt: p.commits.nodes[0]?.commit.authoredDate ?? null,
    revert: /^Revert "/.test(p.title),
  };
}

function toDeployment(d: RawDeployment): DeploymentEvent {
  return {
    id: d.databaseId ?? 0,
    environment: d.environment ?? 'unknown',
    createdAt: d.createdAt,
    state: d.latestStatus?.state.toLowerCase() ?? 'pending',
    statusAt: d.latestStatus?.createdAt ?? null,
  };
}

/** What the page query read about a repository, activity limited to items changed since `sinceMs`. */
export type ListedRepo = Omit<RepoState, 'runs' | 'runsReadAt' | 'unreadable'>;

function toListed(raw: RawRepo, g: Gathered, prCutoffMs: number, sinceMs: number): ListedRepo {
  const dated = raw.openPulls.nodes.filter((n): n is { createdAt: string } => n !== null);
  const old = dated.filter((n) => Date.parse(n.createdAt) < prCutoffMs).length;
  const visibility = raw.visibility.toLowerCase();
  const recent = (at: string | null) => !!at && Date.parse(at) >= sinceMs;
  return {
    name: raw.name,
    archived: raw.isArchived,
    fork: raw.isFork,
    visibility: visibility === 'public' || visibility === 'internal' ? visibility : 'private',
    language: raw.primaryLanguage?.name ?? null,
    stars: raw.stargazerCount,
    forks: raw.forkCount,
    openIssues: raw.openIssues.totalCount,
    openPullRequests: raw.openPulls.totalCount,
    oldPullRequests: old,
    oldPullRequestsAtLeast: raw.openPulls.totalCount > dated.length && old === dated.length,
    oldestOpenPullRequestAt: dated[0]?.createdAt ?? null,
    pushedAt: raw.pushedAt,
    defaultBranch: raw.defaultBranchRef?.name ?? null,
    protectedDefaultBranch: raw.defaultBranchRef?.branchProtectionRule != null,
    pulls: g.pulls.filter((p) => recent(p.updatedAt)).map(toPull),
    issues: g.issues.filter((i) => recent(i.updatedAt)).map((i) => ({ ...i })) as IssueEvent[],
    releases: g.releases
      .filter((r) => !r.isDraft && !r.isPrerelease && recent(r.publishedAt))
      .map((r): ReleaseEvent => ({ tag: r.tagName, publishedAt: r.publishedAt! })),
    deployments: g.deployments.filter((d) => recent(d.createdAt)).map(toDeployment),
  };
}

interface OrgPage {
  organization: {
    repositories: { totalCount: number; pageInfo: Connection<unknown>['pageInfo']; nodes: (RawRepo | null)[] };
  } | null;
}

/** Follow-ups batched per request: one alias per repository still needing older items. */
const FOLLOW_UP_BATCH = 20;

/**
 * Every repository of `org` the token can read, 100 per GraphQL request, with the pull requests and
 * issues updated and the releases and deployments made since `sinceMs`. A repository with more such
 * items than one page holds is completed by follow-up queries that batch up to 20 repositories each,
 * so nothing in the window is silently dropped.
 */
export async function listRepositories(
  client: GitHubClient,
  org: string,
  opts: { sinceMs: number; prCutoffMs: number; pageSize?: number },
): Promise<{ repos: ListedRepo[]; totalCount: number; requests: number }> {
  const since = new Date(opts.sinceMs).toISOString();
  const raws: { raw: RawRepo; g: Gathered; cursors: Partial<Record<Kind, string>> }[] = [];
  let after: string | null = null;
  let requests = 0;
  let totalCount = 0;
  do {
    const vars = { org, first: Math.min(100, opts.pageSize ?? 100), after, since };
    const data: OrgPage = await withNotFoundAsUserError(() => client.graphql<OrgPage>(ORG_DELIVERY_QUERY, vars));
    requests++;
    const page = data.organization?.repositories;
    if (!page) break;
    totalCount = page.totalCount;
    for (const raw of page.nodes) {
      if (!raw) continue;
      const g: Gathered = { pulls: [], issues: [], releases: [], deployments: [] };
      const cursors: Partial<Record<Kind, string>> = {};
      for (const kind of Object.keys(KEY) as Kind[]) {
        const next = gather(g, kind, raw[kind] as Connection<unknown> | undefined, opts.sinceMs);
        if (next) cursors[kind] = next;
      }
      raws.push({ raw, g, cursors });
    }
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);

  // Follow-ups until no repository has older items left in the window.
  for (;;) {
    const pending = raws.filter((r) => Object.keys(r.cursors).length > 0);
    if (pending.length === 0) break;
    for (let i = 0; i < pending.length; i += FOLLOW_UP_BATCH) {
      const batch = pending.slice(i, i + FOLLOW_UP_BATCH);
      const fields = batch
        .map(
          (r, k) =>
            `r${k}: repository(name: ${JSON.stringify(r.raw.name)}) { ${activity(100, r.cursors, Object.keys(r.cursors) as Kind[])} }`,
        )
        .join('\n');
      const query = `query OrgDeliveryMore($org: String!, $since: DateTime!) { organization(login: $org) { ${fields} } }`;
      const data = await client.graphql<{ organization: Record<string, RawActivity | null> | null }>(query, {
        org,
        since,
      });
      requests++;
      batch.forEach((r, k) => {
        const more = data.organization?.[`r${k}`];
        const cursors: Partial<Record<Kind, string>> = {};
        for (const kind of Object.keys(r.cursors) as Kind[]) {
          const next = more
            ? gather(r.g, kind, more[kind] as Connection<unknown> | undefined, opts.sinceMs)
            : undefined;
          if (next) cursors[kind] = next;
        }
        r.cursors = cursors;
      });
    }
  }
  return {
    repos: raws.map((r) => toListed(r.raw, r.g, opts.prCutoffMs, opts.sinceMs)),
    totalCount,
    requests,
  };
}
