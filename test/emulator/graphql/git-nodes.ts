import type { GitObject } from '../git.js';
import type { RepoRecord } from '../model.js';
import { repoHtml } from '../views-git.js';
import { connection, type GqlContext, type PageArgs } from './context.js';

type Commit = Extract<GitObject, { type: 'commit' }>;

/** The GraphQL `Ref` id, the same string REST's `git-ref.node_id` carries. */
export function refId(repo: RepoRecord, qualifiedName: string): string {
  return `REF_${Buffer.from(`${repo.id}:${qualifiedName}`).toString('base64url')}`;
}

/** A GitObject node (Commit, Tree, Blob or Tag) for a SHA. */
export function objectNode(ctx: GqlContext, repo: RepoRecord, sha: string, path = ''): Record<string, unknown> | null {
  const git = ctx.state.git(repo);
  const o = git.get(sha);
  if (!o) return null;
  const base = {
    id: `${o.type.toUpperCase()}_${sha.slice(0, 20)}`,
    oid: sha,
    abbreviatedOid: sha.slice(0, 7),
    commitUrl: `${repoHtml(ctx.state, repo)}/commit/${sha}`,
    commitResourcePath: `/${repo.owner}/${repo.name}/commit/${sha}`,
  };
  switch (o.type) {
    case 'blob': {
      const binary = o.data.includes(0);
      return {
        __typename: 'Blob',
        ...base,
        byteSize: o.data.length,
        isBinary: binary,
        isTruncated: false,
        text: binary ? null : o.data.toString('utf8'),
      };
    }
    case 'tree':
      return {
        __typename: 'Tree',
        ...base,
        entries: o.entries.map((e) => {
          const entryPath = path ? `${path}/${e.name}` : e.name;
          const child = git.get(e.sha);
          return {
            name: e.name,
            path: entryPath,
            type: e.type,
            mode: Number.parseInt(e.mode, 8),
            oid: e.sha,
            size: child?.type === 'blob' ? child.data.length : 0,
            extension: e.name.includes('.') ? `.${e.name.split('.').at(-1)}` : null,
            isGenerated: false,
            object: () => objectNode(ctx, repo, e.sha, entryPath),
          };
        }),
      };
    case 'commit':
      return commitNode(ctx, repo, sha, o);
    default:
      return {
        __typename: 'Tag',
        ...base,
        name: o.tag,
        message: o.message,
        target: () => objectNode(ctx, repo, o.object),
      };
  }
}

/** A `Commit` node; API commits made for a GitHub App carry a valid signature. */
export function commitNode(ctx: GqlContext, repo: RepoRecord, sha: string, c: Commit): Record<string, unknown> {
  const [headline, ...rest] = c.message.split('\n');
  const actor = (s: Commit['author']) => ({
    name: s.name,
    email: s.email,
    date: s.date,
    user: { __typename: 'User', login: s.name },
  });
  return {
    __typename: 'Commit',
    id: `C_${Buffer.from(sha.slice(0, 12), 'hex').toString('base64url')}`,
    oid: sha,
    abbreviatedOid: sha.slice(0, 7),
    message: c.message,
    messageHeadline: headline ?? '',
    messageBody: rest.join('\n').trim(),
    committedDate: c.committer.date,
    authoredDate: c.author.date,
    url: `${repoHtml(ctx.state, repo)}/commit/${sha}`,
    commitUrl: `${repoHtml(ctx.state, repo)}/commit/${sha}`,
    resourcePath: `/${repo.owner}/${repo.name}/commit/${sha}`,
    author: actor(c.author),
    committer: actor(c.committer),
    signature: c.verified
      ? {
          __typename: 'GpgSignature',
          isValid: true,
          state: 'VALID',
          wasSignedByGitHub: true,
          signature: '',
          payload: '',
          email: 'noreply@github.com',
          signer: null,
          keyId: '',
        }
      : null,
    tree: () => objectNode(ctx, repo, c.tree),
    parents: (args: PageArgs) => connection(c.parents, args, (p) => objectNode(ctx, repo, p)),
    history: (args: PageArgs & { path?: string }) => {
      const list: string[] = [];
      const git = ctx.state.git(repo);
      let cur: string | undefined = sha;
      // The whole first-parent chain, however long: `connection` pages it with real cursors, so a
      // walk past 1,000 commits gets hasNextPage: true instead of a silently shortened history.
      while (cur) {
        const obj = git.get(cur);
        if (obj?.type !== 'commit') break;
        const parent: string | undefined = obj.parents[0];
        if (!args.path || git.lookup(cur, args.path)?.sha !== (parent ? git.lookup(parent, args.path)?.sha : undefined))
          list.push(cur);
        cur = parent;
      }
      return connection(list, args, (s) => objectNode(ctx, repo, s));
    },
    file: ({ path }: { path: string }) => {
      const e = ctx.state.git(repo).lookup(sha, path);
      return e
        ? {
            name: e.name,
            path,
            type: e.type,
            mode: Number.parseInt(e.mode, 8),
            oid: e.sha,
            object: () => objectNode(ctx, repo, e.sha, path),
          }
        : null;
    },
    additions: 0,
    deletions: 0,
    changedFilesIfAvailable: null,
    repository: null,
  };
}

/** A `Ref` node (`refs/heads/main`). */
export function refNode(ctx: GqlContext, repo: RepoRecord, qualifiedName: string): Record<string, unknown> | null {
  const sha = ctx.state.git(repo).refs.get(qualifiedName);
  if (!sha) return null;
  const m = /^(refs\/(?:heads|tags)\/)(.+)$/.exec(qualifiedName);
  return {
    __typename: 'Ref',
    id: refId(repo, qualifiedName),
    name: m ? m[2] : qualifiedName,
    prefix: m ? m[1] : 'refs/',
    target: () => objectNode(ctx, repo, sha),
    branchProtectionRule: () =>
      m?.[1] === 'refs/heads/' && repo.protections.has(m[2]!) ? protectionRuleNode(ctx, repo, m[2]!) : null,
    associatedPullRequests: (args: PageArgs & { states?: string[] }) => {
      const branch = m?.[2];
      const list = repo.pulls.filter(
        (p) => p.head === branch && (!args.states || args.states.includes(p.merged ? 'MERGED' : p.state.toUpperCase())),
      );
      return connection(list, args, (p) => ({
        __typename: 'PullRequest',
        id: p.node_id,
        number: p.number,
        title: p.title,
        state: p.merged ? 'MERGED' : p.state.toUpperCase(),
        url: `${repoHtml(ctx.state, repo)}/pull/${p.number}`,
      }));
    },
  };
}

/** A `BranchProtectionRule` for a protected branch (pattern = the branch name), from the REST protection record. */
export function protectionRuleNode(ctx: GqlContext, repo: RepoRecord, branch: string): Record<string, unknown> | null {
  const p = repo.protections.get(branch);
  if (!p) return null;
  const reviews = p.required_pull_request_reviews as
    | {
        required_approving_review_count?: number;
        require_code_owner_reviews?: boolean;
        dismiss_stale_reviews?: boolean;
      }
    | null
    | undefined;
  const checks = p.required_status_checks as { strict?: boolean; contexts?: string[] } | null | undefined;
  const admins = p.enforce_admins as { enabled?: boolean } | boolean | null | undefined;
  let hash = repo.id;
  for (const ch of branch) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return {
    __typename: 'BranchProtectionRule',
    id: ctx.state.nodeId('BPR', hash),
    pattern: branch,
    requiresApprovingReviews: Boolean(reviews),
    requiredApprovingReviewCount: reviews?.required_approving_review_count ?? null,
    requiresCodeOwnerReviews: reviews?.require_code_owner_reviews ?? false,
    dismissesStaleReviews: reviews?.dismiss_stale_reviews ?? false,
    requiresStatusChecks: Boolean(checks),
    requiresStrictStatusChecks: checks?.strict ?? false,
    requiredStatusCheckContexts: checks?.contexts ?? [],
    isAdminEnforced: typeof admins === 'boolean' ? admins : (admins?.enabled ?? false),
    allowsForcePushes: Boolean(p.allow_force_pushes),
    allowsDeletions: Boolean(p.allow_deletions),
    requiresLinearHistory: Boolean(p.required_linear_history),
    restrictsPushes: Boolean(p.restrictions),
    lockBranch: Boolean(p.lock_branch),
  };
}

/** Resolves `Repository.object(expression:)`: `rev:path`, `rev` (branch, tag, SHA or HEAD), or `oid`. */
export function objectByExpression(
  ctx: GqlContext,
  repo: RepoRecord,
  expression?: string,
  oid?: string,
): Record<string, unknown> | null {
  const git = ctx.state.git(repo);
  if (oid) return objectNode(ctx, repo, oid);
  if (!expression) return null;
  const colon = expression.indexOf(':');
  const rev = colon === -1 ? expression : expression.slice(0, colon);
  const path = colon === -1 ? undefined : expression.slice(colon + 1);
  const commit = git.resolveCommit(rev === 'HEAD' || rev === '' ? repo.default_branch : rev);
  if (!commit) return null;
  if (path === undefined) return objectNode(ctx, repo, commit);
  const entry = git.lookup(commit, path);
  return entry ? objectNode(ctx, repo, entry.sha, path.replace(/\/+$/, '')) : null;
}
