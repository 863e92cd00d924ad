import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { git } from '../harness/workspace.js';

/** Where and how the demo reads GitHub: a REST base URL and a token. */
export interface ApiTarget {
  url: string;
  token: string;
}

/** A repository as `GET /orgs/{org}/repos` lists it (the fields the demo uses). */
export interface OrgRepository {
  name: string;
  full_name: string;
  default_branch: string;
  archived: boolean;
  fork: boolean;
}

/** GETs a REST path and returns its JSON; a non-2xx answer throws with status and message. */
export async function getJson<T>(api: ApiTarget, path: string): Promise<T> {
  const res = await fetch(`${api.url}${path}`, {
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${api.token}`,
      'x-github-api-version': '2022-11-28',
      'user-agent': 'moko-start',
    },
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${text.slice(0, 200)}`);
  return JSON.parse(text) as T;
}

/** The first page (up to 100) of an organization's repositories. */
export function listOrgRepositories(api: ApiTarget, org: string): Promise<OrgRepository[]> {
  return getJson<OrgRepository[]>(api, `/orgs/${encodeURIComponent(org)}/repos?per_page=100&sort=full_name`);
}

interface TreeEntry {
  path: string;
  type: string;
  sha: string;
  mode: string;
  size?: number;
}

/** What checkoutRepository produced. */
export interface Checkout {
  branch: string;
  /** The remote commit checked out: GITHUB_SHA for the run, so API calls that name it find it. */
  sha: string;
  files: number;
}

/**
 * Checks out the default branch of `owner/repo` into `dir` through the git database API
 * (ref → commit → recursive tree → blobs), then commits it locally so the workspace is a git
 * repository as actions/checkout leaves it. Files above `maxBytes` and beyond `maxFiles` are skipped;
 * `overlay` files (the demo's own) are written over the checkout before the commit.
 */
export async function checkoutRepository(
  api: ApiTarget,
  owner: string,
  repo: string,
  dir: string,
  opts: { maxFiles?: number; maxBytes?: number; overlay?: Record<string, string> } = {},
): Promise<Checkout> {
  const base = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
  const info = await getJson<{ default_branch: string }>(api, base);
  const branch = info.default_branch;
  const ref = await getJson<{ object: { sha: string } }>(api, `${base}/git/ref/heads/${encodeURIComponent(branch)}`);
  const sha = ref.object.sha;
  const commit = await getJson<{ tree: { sha: string } }>(api, `${base}/git/commits/${sha}`);
  const tree = await getJson<{ tree: TreeEntry[] }>(api, `${base}/git/trees/${commit.tree.sha}?recursive=1`);
  const blobs = tree.tree
    .filter((e) => e.type === 'blob' && (e.size ?? 0) <= (opts.maxBytes ?? 256 * 1024))
    .slice(0, opts.maxFiles ?? 300);
  await mkdir(dir, { recursive: true });
  for (const entry of blobs) {
    const path = normalize(join(dir, entry.path));
    // A tree path is remote data: keep it inside the workspace whatever it says.
    if (!path.startsWith(dir + sep)) continue;
    const blob = await getJson<{ content: string; encoding: string }>(api, `${base}/git/blobs/${entry.sha}`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, Buffer.from(blob.content, blob.encoding === 'base64' ? 'base64' : 'utf8'), {
      mode: entry.mode === '100755' ? 0o755 : 0o644,
    });
  }
  for (const [rel, content] of Object.entries(opts.overlay ?? {})) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), content);
  }
  await git(dir, ['init', '--quiet', '--initial-branch', branch]);
  await git(dir, ['add', '--all']);
  await git(dir, [
    'commit',
    '--quiet',
    '--allow-empty',
    '--no-gpg-sign',
    '--message',
    `Checkout of ${owner}/${repo}@${sha}`,
  ]);
  return { branch, sha, files: blobs.length };
}
