import { diffCommits, isAncestor, mergeBase } from './git-diff.js';
import type { PullRecord, RepoRecord } from './model.js';
import { HttpError, type HandlerContext } from './route-kit.js';
import type { EmulatorState } from './state.js';

/** Throws GitHub's 422 `Validation Failed` with one error entry. */
export function validationFailed(resource: string, message: string, code = 'custom'): never {
  throw new HttpError(422, 'Validation Failed', { errors: [{ resource, code, message }] });
}

/** Opens a pull request; shared by REST `pulls/create` and GraphQL `createPullRequest`. */
export function openPull(
  ctx: Pick<HandlerContext, 'state' | 'login'>,
  repo: RepoRecord,
  input: {
    title: string;
    head: string;
    base: string;
    body?: string | null;
    draft?: boolean;
    maintainerCanModify?: boolean;
  },
): PullRecord {
  const git = ctx.state.git(repo);
  const head = input.head.includes(':') ? input.head.split(':').slice(1).join(':') : input.head;
  const headSha = git.refs.get(`refs/heads/${head}`);
  const baseSha = git.refs.get(`refs/heads/${input.base}`);
  if (!headSha) validationFailed('PullRequest', `head: ${input.head} is not a valid branch`, 'invalid');
  if (!baseSha) validationFailed('PullRequest', `base: ${input.base} is not a valid branch`, 'invalid');
  if (repo.pulls.some((p) => p.state === 'open' && p.head === head && p.base === input.base)) {
    validationFailed('PullRequest', `A pull request already exists for ${repo.owner}:${head}.`);
  }
  if (isAncestor(git, headSha, baseSha))
    validationFailed('PullRequest', `No commits between ${input.base} and ${head}`);
  return addPull(ctx.state, repo, {
    title: input.title,
    body: input.body ?? null,
    user: ctx.login,
    at: ctx.state.now(),
    head,
    base: input.base,
    headSha,
    draft: input.draft ?? false,
    maintainerCanModify: input.maintainerCanModify ?? true,
  });
}

/** Adds an open pull request, numbered next in the repository; shared with the generator's seeded pull requests. */
export function addPull(
  state: EmulatorState,
  repo: RepoRecord,
  f: {
    title: string;
    body: string | null;
    user: string;
    at: string;
    head: string;
    base: string;
    headSha: string;
    draft: boolean;
    maintainerCanModify: boolean;
  },
): PullRecord {
  const id = state.nextId();
  const pull: PullRecord = {
    id,
    node_id: state.nodeId('PR', id),
    number: repo.nextNumber++,
    title: f.title,
    body: f.body,
    state: 'open',
    labels: [],
    assignees: [],
    user: f.user,
    created_at: f.at,
    updated_at: f.at,
    closed_at: null,
    head: f.head,
    base: f.base,
    head_sha: f.headSha,
    draft: f.draft,
    merged: false,
    merged_at: null,
    merge_commit_sha: null,
    requested_reviewers: [],
    requested_teams: [],
    reviews: [],
    auto_merge: null,
    maintainer_can_modify: f.maintainerCanModify,
  };
  repo.pulls.push(pull);
  return pull;
}

/** Merges a pull request into its base with a merge, squash or rebase commit; returns the new base SHA. */
export function mergePull(
  ctx: Pick<HandlerContext, 'state' | 'login'>,
  repo: RepoRecord,
  pull: PullRecord,
  method: string,
  title?: string,
): string {
  const git = ctx.state.git(repo);
  const baseRef = `refs/heads/${pull.base}`;
  const baseSha = git.refs.get(baseRef)!;
  const headSha = git.refs.get(`refs/heads/${pull.head}`) ?? pull.head_sha;
  const changes = diffCommits(git, mergeBase(git, baseSha, headSha), headSha).map((f) => ({
    path: f.path,
    data: f.sha ? (git.get(f.sha) as { data: Buffer }).data : null,
  }));
  const squash = git.commitChanges(baseSha, changes, {
    message: title ?? `${pull.title} (#${pull.number})`,
    author: ctx.state.signature(ctx.login),
    verified: true,
  });
  let sha = squash;
  if (method === 'merge') {
    const c = git.get(squash) as Extract<ReturnType<typeof git.get>, { type: 'commit' }>;
    sha = git.writeCommit({
      ...c,
      parents: [baseSha, headSha],
      message: title ?? `Merge pull request #${pull.number} from ${repo.owner}/${pull.head}`,
    });
  }
  git.refs.set(baseRef, sha);
  const now = ctx.state.now();
  Object.assign(pull, {
    state: 'closed',
    merged: true,
    merged_at: now,
    closed_at: now,
    updated_at: now,
    merge_commit_sha: sha,
    auto_merge: null,
  });
  return sha;
}
