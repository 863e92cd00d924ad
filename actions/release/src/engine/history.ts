import { UserError } from '../../../../shared/core/errors.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import type { RawCommit } from './conventional.js';
import { hasTrailer } from './markers.js';
import { versionOfTag } from './version.js';

/** A repository as the release code addresses it. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** A release tag and the commit it points at (annotated tags peeled). */
export interface ReleaseTag {
  name: string;
  version: string;
  commit: string;
  /** True for an annotated tag whose message carries this action's trailer (see markers.ts). */
  ours: boolean;
}

type GraphqlClient = Pick<GitHubClient, 'graphql'>;

const TAGS = `query ReleaseTags($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    refs(refPrefix: "refs/tags/", first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { name target { __typename oid ... on Tag { message target { oid } } } }
    }
  }
}`;

interface TagsData {
  repository: {
    refs: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: {
        name: string;
        target: { __typename: string; oid: string; message?: string; target?: { oid: string } };
      }[];
    };
  } | null;
}

/** Every `v<semver>` tag of the repository with its commit: one GraphQL request per 100 tags. */
export async function readReleaseTags(github: GraphqlClient, repo: RepoRef, prefix?: string): Promise<ReleaseTag[]> {
  const out: ReleaseTag[] = [];
  let after: string | null = null;
  do {
    const data: TagsData = await github.graphql<TagsData>(TAGS, { owner: repo.owner, name: repo.repo, after });
    if (!data.repository) throw new UserError(`repository ${repo.owner}/${repo.repo} not found or not readable`);
    for (const n of data.repository.refs.nodes) {
      const version = versionOfTag(n.name, prefix);
      if (!version) continue;
      out.push({
        name: n.name,
        version,
        commit: n.target.target?.oid ?? n.target.oid,
        ours: hasTrailer(n.target.message),
      });
    }
    after = data.repository.refs.pageInfo.hasNextPage ? data.repository.refs.pageInfo.endCursor : null;
  } while (after);
  return out;
}

const HISTORY = `query ReleaseHistory($owner: String!, $name: String!, $oid: GitObjectID!, $after: String, $path: String) {
  repository(owner: $owner, name: $name) {
    object(oid: $oid) {
      ... on Commit {
        history(first: 100, after: $after, path: $path) {
          pageInfo { hasNextPage endCursor }
          nodes { oid message url author { user { login } } }
        }
      }
    }
  }
}`;

interface HistoryData {
  repository: {
    object: {
      history?: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: { oid: string; message: string; url: string; author: { user: { login: string } | null } | null }[];
      };
    } | null;
  } | null;
}

/**
 * The history from `head`, newest first (GitHub's `Commit.history`, git log order), 100 commits per
 * GraphQL request, read lazily so the caller stops at the previous release and pays only for the
 * commits since. A merge brings its branch's commits in; commits of a merged branch that are older than
 * the previous release tag in log order are not reached (release-please has the same boundary).
 */
export async function* walkHistory(
  github: GraphqlClient,
  repo: RepoRef,
  head: string,
  path?: string,
): AsyncGenerator<RawCommit> {
  let after: string | null = null;
  do {
    const data: HistoryData = await github.graphql<HistoryData>(HISTORY, {
      owner: repo.owner,
      name: repo.repo,
      oid: head,
      after,
      path: path ?? null,
    });
    const history = data.repository?.object?.history;
    if (!history) throw new UserError(`commit ${head} not found in ${repo.owner}/${repo.repo}`);
    for (const n of history.nodes)
      yield { sha: n.oid, message: n.message, url: n.url, ...(n.author?.user ? { author: n.author.user.login } : {}) };
    after = history.pageInfo.hasNextPage ? history.pageInfo.endCursor : null;
  } while (after);
}

/**
 * The history from `head` with the commits that do not touch `path` marked `outside`: the plan still
 * sees every commit (so it stops at the previous release tag wherever that tag points) but counts only
 * the package's own. Both walks are in the same git log order, read lazily side by side.
 */
export async function* walkPackageHistory(
  github: GraphqlClient,
  repo: RepoRef,
  head: string,
  path: string,
): AsyncGenerator<RawCommit> {
  const touching = walkHistory(github, repo, head, path);
  let next = await touching.next();
  for await (const c of walkHistory(github, repo, head)) {
    if (!next.done && next.value.sha === c.sha) {
      yield c;
      next = await touching.next();
    } else yield { ...c, outside: true };
  }
}

const FILE = `query ChangelogFile($owner: String!, $name: String!, $expression: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $expression) { __typename ... on Blob { text isBinary } }
  }
}`;

interface FileData {
  repository: { object: { __typename: string; text?: string | null; isBinary?: boolean } | null } | null;
}

/** Text of `path` at commit `sha`, or undefined when the file does not exist there. */
export async function readFileAt(
  github: GraphqlClient,
  repo: RepoRef,
  sha: string,
  path: string,
): Promise<string | undefined> {
  const data = await github.graphql<FileData>(FILE, {
    owner: repo.owner,
    name: repo.repo,
    expression: `${sha}:${path}`,
  });
  const o = data.repository?.object;
  if (!o) return undefined;
  if (o.__typename !== 'Blob' || o.isBinary || o.text == null)
    throw new UserError(`${path} is not a text file at ${sha}; cannot add the changelog to it`);
  return o.text;
}
