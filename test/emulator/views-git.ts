import { type ChangedFile, filePatch } from './git-diff.js';
import type { GitObject, GitStore, Signature } from './git.js';
import type { RepoRecord } from './model.js';
import type { EmulatorState } from './state.js';

type Commit = Extract<GitObject, { type: 'commit' }>;

/** The API URL of a repository. */
export function repoApi(state: EmulatorState, repo: RepoRecord): string {
  return `${state.baseUrl}/repos/${repo.owner}/${repo.name}`;
}

/** The web URL of a repository. */
export function repoHtml(state: EmulatorState, repo: RepoRecord): string {
  return `${state.baseUrl}/${repo.owner}/${repo.name}`;
}

function verification(verified: boolean, date: string): Record<string, unknown> {
  return verified
    ? {
        verified: true,
        reason: 'valid',
        signature: '-----BEGIN PGP SIGNATURE-----\n…',
        payload: 'tree …',
        verified_at: date,
      }
    : { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };
}

/** `git-commit` (https://docs.github.com/rest/git/commits). */
export function gitCommitJson(state: EmulatorState, repo: RepoRecord, sha: string, c: Commit): Record<string, unknown> {
  const api = repoApi(state, repo);
  return {
    sha,
    node_id: `C_${Buffer.from(sha.slice(0, 12), 'hex').toString('base64url')}`,
    url: `${api}/git/commits/${sha}`,
    html_url: `${repoHtml(state, repo)}/commit/${sha}`,
    author: c.author,
    committer: c.committer,
    message: c.message,
    tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/git/commits/${p}`,
      html_url: `${repoHtml(state, repo)}/commit/${p}`,
    })),
    verification: verification(c.verified, c.committer.date),
  };
}

function loginOf(s: Signature): string {
  const m = /^\d+\+([^@]+)@users\.noreply/.exec(s.email);
  return m ? m[1]! : s.name;
}

/** `commit` as returned by `GET /repos/{owner}/{repo}/commits/{ref}`. */
export function commitJson(state: EmulatorState, repo: RepoRecord, sha: string, c: Commit): Record<string, unknown> {
  const api = repoApi(state, repo);
  const git = gitCommitJson(state, repo, sha, c);
  return {
    sha,
    node_id: git.node_id,
    url: `${api}/commits/${sha}`,
    html_url: git.html_url,
    comments_url: `${api}/commits/${sha}/comments`,
    commit: {
      url: git.url,
      author: c.author,
      committer: c.committer,
      message: c.message,
      comment_count: 0,
      tree: git.tree,
      verification: git.verification,
    },
    author: { login: loginOf(c.author) },
    committer: { login: loginOf(c.committer) },
    parents: git.parents,
  };
}

/** `git-ref` (https://docs.github.com/rest/git/refs). */
export function refJson(state: EmulatorState, repo: RepoRecord, ref: string, sha: string): Record<string, unknown> {
  const obj = repo.git?.get(sha);
  const type = obj?.type ?? 'commit';
  const api = repoApi(state, repo);
  return {
    ref,
    node_id: `REF_${Buffer.from(`${repo.id}:${ref}`).toString('base64url')}`,
    url: `${api}/git/${ref}`,
    object: { type, sha, url: `${api}/git/${type}s/${sha}` },
  };
}

/** `Content-Type`-independent file entry of the contents API. */
export function contentEntry(
  state: EmulatorState,
  repo: RepoRecord,
  path: string,
  sha: string,
  type: 'file' | 'dir' | 'symlink' | 'submodule',
  size: number,
  ref: string,
): Record<string, unknown> {
  const api = repoApi(state, repo);
  const self = `${api}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const gitUrl = `${api}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`;
  const html = `${repoHtml(state, repo)}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${path}`;
  return {
    type,
    size,
    name: path.split('/').at(-1) ?? path,
    path,
    sha,
    url: self,
    git_url: gitUrl,
    html_url: html,
    download_url: type === 'file' ? `${state.baseUrl}/_emulator/raw/${repo.owner}/${repo.name}/${ref}/${path}` : null,
    _links: { self, git: gitUrl, html },
  };
}

/** A changed file as pull request file lists and comparisons show it, at commit `head`. */
export function diffEntryJson(state: EmulatorState, repo: RepoRecord, git: GitStore, f: ChangedFile, head: string) {
  const { additions, deletions, patch } = filePatch(git, f);
  return {
    sha: f.sha ?? f.before,
    filename: f.path,
    status: f.status,
    additions,
    deletions,
    changes: additions + deletions,
    patch,
    blob_url: `${repoHtml(state, repo)}/blob/${head}/${f.path}`,
    raw_url: `${repoHtml(state, repo)}/raw/${head}/${f.path}`,
    contents_url: `${repoApi(state, repo)}/contents/${f.path}?ref=${head}`,
  };
}
