import { errorMessage } from '../../../../shared/core/errors.js';
import { type BulkApi, gqlString } from './api.js';
import { graphqlFailure } from '../../../../shared/github/graphql-failure.js';
import type { BranchInfo, PullInfo, ReadNeeds, RepoState } from './model.js';
import type { RepoInfo } from './repos.js';

/** What one batched read asks for besides the operations' needs. */
export interface ReadOptions {
  /** Our head branch (pull-request delivery). */
  branch: string;
  /** Labels the delivery puts on pull requests. */
  deliveryLabels: string[];
  /** Repositories per GraphQL request. */
  batchSize?: number;
}

// REST setting name → GraphQL Repository field (same values, https://docs.github.com/graphql/reference/objects#repository).
export const SETTING_FIELDS: Record<string, string> = {
  allow_squash_merge: 'squashMergeAllowed',
  allow_merge_commit: 'mergeCommitAllowed',
  allow_rebase_merge: 'rebaseMergeAllowed',
  allow_auto_merge: 'autoMergeAllowed',
  allow_update_branch: 'allowUpdateBranch',
  delete_branch_on_merge: 'deleteBranchOnMerge',
  has_issues: 'hasIssuesEnabled',
  has_wiki: 'hasWikiEnabled',
  has_projects: 'hasProjectsEnabled',
  has_discussions: 'hasDiscussionsEnabled',
  web_commit_signoff_required: 'webCommitSignoffRequired',
};

function blob(alias: string, expression: string, text = false): string {
  return `${alias}: object(expression: ${gqlString(expression)}) { ... on Blob { oid${text ? ' text' : ''} } }`;
}

/** The GraphQL selection for one repository (exported for tests). */
export function repoFragment(repo: RepoInfo, needs: ReadNeeds, opts: ReadOptions): string {
  const files = [...needs.files];
  const parts = [
    'id',
    'defaultBranchRef { name target { oid } branchProtectionRule { id } }',
    ...files.map((p, i) => blob(`f${i}`, `HEAD:${p}`)),
    ...files.map((p, i) => blob(`b${i}`, `${opts.branch}:${p}`)),
    ...[...needs.texts].map((p, i) => blob(`t${i}`, `HEAD:${p}`, true)),
    ...[...needs.dirs].map(
      (d, i) =>
        `d${i}: object(expression: ${gqlString(`HEAD:${d}`)}) { ... on Tree { entries { path type object { ... on Blob { oid } } } } }`,
    ),
    `head: ref(qualifiedName: ${gqlString(`refs/heads/${opts.branch}`)}) { id target { oid } }`,
    `pullRequests(headRefName: ${gqlString(opts.branch)}, states: [OPEN, CLOSED, MERGED], first: 5, orderBy: { field: CREATED_AT, direction: DESC }) { nodes { id number url state baseRefName } }`,
    ...opts.deliveryLabels.map((l, i) => `l${i}: label(name: ${gqlString(l)}) { id }`),
  ];
  if (needs.labels) parts.push('labels(first: 100) { nodes { id name color description } }');
  if (needs.settings) parts.push(...Object.values(SETTING_FIELDS));
  if (needs.branches) {
    parts.push(
      'refs(refPrefix: "refs/heads/", first: 100) { nodes { name branchProtectionRule { id } target { ... on Commit { committedDate } } associatedPullRequests(first: 5, states: [OPEN, MERGED]) { nodes { state } } } }',
    );
  }
  return `repository(owner: ${gqlString(repo.owner)}, name: ${gqlString(repo.name)}) { ${parts.join(' ')} }`;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (typeof v === 'object' && v !== null ? (v as Obj) : null);
const nodes = (v: unknown): Obj[] => (obj(v)?.nodes as Obj[] | undefined) ?? [];
const oidOf = (v: unknown): string | null => (obj(v)?.oid as string | undefined) ?? null;

/** Turns one repository's GraphQL answer into RepoState (exported for tests). */
export function parseRepoState(data: Obj, needs: ReadNeeds, opts: ReadOptions): RepoState {
  const files = [...needs.files];
  const def = obj(data.defaultBranchRef);
  const head = obj(data.head);
  const state: RepoState = {
    id: String(data.id),
    defaultBranch: (def?.name as string | undefined) ?? '',
    headOid: oidOf(def?.target),
    defaultProtected: obj(def?.branchProtectionRule) !== null,
    files: new Map(files.map((p, i) => [p, oidOf(data[`f${i}`])])),
    texts: new Map([...needs.texts].map((p, i) => [p, (obj(data[`t${i}`])?.text as string | undefined) ?? null])),
    dirs: new Map(
      [...needs.dirs].map((d, i) => {
        const tree = obj(data[`d${i}`]);
        const entries = (tree?.entries as Obj[] | undefined) ?? null;
        return [
          d,
          entries
            ? entries
                .filter((e) => e.type === 'blob')
                .map((e) => ({ path: String(e.path), oid: oidOf(e.object) ?? '' }))
            : null,
        ];
      }),
    ),
    branch: head
      ? {
          id: String(head.id),
          oid: oidOf(head.target) ?? '',
          files: new Map(files.map((p, i) => [p, oidOf(data[`b${i}`])])),
        }
      : null,
    // Newest first, whatever order the server used.
    pulls: (nodes(data.pullRequests) as unknown as PullInfo[]).sort((a, b) => b.number - a.number),
    deliveryLabels: new Map(
      opts.deliveryLabels.map((l, i) => [l, (obj(data[`l${i}`])?.id as string | undefined) ?? null]),
    ),
  };
  if (needs.labels) state.labels = nodes(data.labels) as unknown as RepoState['labels'];
  if (needs.settings) {
    state.settings = Object.fromEntries(
      Object.entries(SETTING_FIELDS).map(([rest, gql]) => [rest, Boolean(data[gql])]),
    );
  }
  if (needs.branches) {
    state.branches = nodes(data.refs).map(
      (r): BranchInfo => ({
        name: String(r.name),
        committedDate: (obj(r.target)?.committedDate as string | undefined) ?? null,
        protected: obj(r.branchProtectionRule) !== null,
        openPulls: nodes(r.associatedPullRequests).filter((p) => p.state === 'OPEN').length,
        mergedPulls: nodes(r.associatedPullRequests).filter((p) => p.state === 'MERGED').length,
      }),
    );
  }
  return state;
}

/** A repository's state, or why it could not be read (e.g. the token has no access). */
export type ReadOutcome = { ok: true; state: RepoState } | { ok: false; reason: string };

/**
 * Reads many repositories per GraphQL request with aliases (`r0: repository(...) { … }`):
 * blob ids instead of contents, so an unchanged repository costs 1/batchSize of a request.
 * A repository the token cannot see comes back null with an error naming its alias; that
 * repository fails alone (https://docs.github.com/graphql/guides/forming-calls-with-graphql).
 */
export async function readStates(
  api: BulkApi,
  repos: RepoInfo[],
  needs: ReadNeeds,
  opts: ReadOptions,
): Promise<Map<string, ReadOutcome>> {
  const out = new Map<string, ReadOutcome>();
  const size = opts.batchSize ?? 40;
  for (let start = 0; start < repos.length; start += size) {
    const batch = repos.slice(start, start + size);
    const query = `query BulkRead { ${batch.map((r, i) => `r${i}: ${repoFragment(r, needs, opts)}`).join('\n')} }`;
    let data: Obj | null;
    let errors: Obj[] = [];
    try {
      data = obj(await api.graphql(query));
    } catch (error) {
      const partial = graphqlFailure(error);
      if (!partial) {
        for (const r of batch) out.set(r.name, { ok: false, reason: `read failed: ${errorMessage(error)}` });
        continue;
      }
      data = partial.data;
      errors = partial.errors;
    }
    batch.forEach((r, i) => {
      const alias = `r${i}`;
      const repoData = obj(data?.[alias]);
      const err = errors.find((e) => Array.isArray(e.path) && e.path[0] === alias);
      if (!repoData) {
        const why = err ? `${String(err.type ?? 'ERROR')}: ${String(err.message)}` : 'not found or no access';
        out.set(r.name, { ok: false, reason: `cannot read repository (${why})` });
      } else {
        out.set(r.name, { ok: true, state: parseRepoState(repoData, needs, opts) });
      }
    });
  }
  return out;
}

/** Texts of files on the default branch for many repositories at once (dry-run diffs). */
export async function readTexts(
  api: BulkApi,
  wanted: { repo: RepoInfo; paths: string[] }[],
  batchSize = 40,
): Promise<Map<string, Map<string, string | null>>> {
  const out = new Map<string, Map<string, string | null>>();
  const todo = wanted.filter((w) => w.paths.length > 0);
  for (let start = 0; start < todo.length; start += batchSize) {
    const batch = todo.slice(start, start + batchSize);
    const query = `query BulkTexts { ${batch
      .map(
        (w, i) =>
          `r${i}: repository(owner: ${gqlString(w.repo.owner)}, name: ${gqlString(w.repo.name)}) { ${w.paths.map((p, j) => blob(`t${j}`, `HEAD:${p}`, true)).join(' ')} }`,
      )
      .join('\n')} }`;
    let data: Obj | null;
    try {
      data = obj(await api.graphql(query));
    } catch (error) {
      data = graphqlFailure(error)?.data ?? null;
    }
    batch.forEach((w, i) => {
      const r = obj(data?.[`r${i}`]);
      out.set(
        w.repo.name,
        new Map(w.paths.map((p, j) => [p, (obj(r?.[`t${j}`])?.text as string | undefined) ?? null])),
      );
    });
  }
  return out;
}
