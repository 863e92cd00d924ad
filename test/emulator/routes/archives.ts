import { zipSync } from 'fflate';
import { HttpError, type RouteTable } from '../route-kit.js';
import type { EmulatorState } from '../state.js';
import { repoApi } from '../views-git.js';
import { gitFor } from './git-data.js';

/** The zip GitHub's codeload serves: every file under one `owner-repo-sha7/` folder. */
export function zipball(state: EmulatorState, owner: string, name: string, ref: string): Buffer | undefined {
  const repo = state.repo(owner, name);
  if (!repo) return undefined;
  const git = state.git(repo);
  const sha = git.resolveCommit(ref);
  const c = sha ? git.get(sha) : undefined;
  if (!sha || c?.type !== 'commit') return undefined;
  const prefix = `${repo.owner}-${repo.name}-${sha.slice(0, 7)}/`;
  const files: Record<string, Uint8Array> = {};
  for (const [path, e] of git.flatten(c.tree)) {
    const blob = git.get(e.sha);
    if (blob?.type === 'blob') files[prefix + path] = new Uint8Array(blob.data);
  }
  return Buffer.from(zipSync(files, { level: 1, mtime: new Date(Date.UTC(2020, 0, 1)) }));
}

/** Source archives: a 302 to a short-lived URL, as GitHub redirects to codeload.github.com. */
export const archiveRoutes: RouteTable = {
  'repos/download-zipball-archive': (ctx) => {
    const { repo, git } = gitFor(ctx);
    const ref = ctx.params.ref || repo.default_branch;
    const sha = git.resolveCommit(ref);
    if (!sha) throw new HttpError(404, 'Not Found');
    return {
      status: 302,
      headers: { location: `${ctx.state.baseUrl}/_emulator/zipball/${repo.owner}/${repo.name}/${sha}` },
    };
  },
  'repos/get-readme': (ctx) => {
    const { repo, git } = gitFor(ctx);
    const ref = ctx.query.get('ref') ?? repo.default_branch;
    const sha = git.resolveCommit(ref);
    const tree = sha ? git.get(sha) : undefined;
    const root = tree?.type === 'commit' ? git.get(tree.tree) : undefined;
    const entry = root?.type === 'tree' ? root.entries.find((e) => /^readme(\.|$)/i.test(e.name)) : undefined;
    const blob = entry ? git.get(entry.sha) : undefined;
    if (!entry || blob?.type !== 'blob') throw new HttpError(404, 'Not Found');
    const self = `${repoApi(ctx.state, repo)}/contents/${entry.name}?ref=${ref}`;
    const html = `${ctx.state.baseUrl}/${repo.owner}/${repo.name}/blob/${ref}/${entry.name}`;
    return {
      status: 200,
      body: {
        type: 'file',
        encoding: 'base64',
        size: blob.data.length,
        name: entry.name,
        path: entry.name,
        content: blob.data.toString('base64'),
        sha: entry.sha,
        url: self,
        git_url: `${repoApi(ctx.state, repo)}/git/blobs/${entry.sha}`,
        html_url: html,
        download_url: `${ctx.state.baseUrl}/_emulator/raw/${repo.owner}/${repo.name}/${ref}/${entry.name}`,
        _links: { self, git: `${repoApi(ctx.state, repo)}/git/blobs/${entry.sha}`, html },
      },
    };
  },
};
