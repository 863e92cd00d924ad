import { type HandlerContext, HttpError, notFound, ok, type RouteTable } from '../route-kit.js';
import { contentEntry, gitCommitJson } from '../views-git.js';
import { gitFor } from './git-data.js';
import { registerWorkflowFile } from '../workflow-registry.js';

type CommitObj = Parameters<typeof gitCommitJson>[3];

function entryType(mode: string): 'file' | 'dir' | 'symlink' | 'submodule' {
  return mode === '040000' ? 'dir' : mode === '120000' ? 'symlink' : mode === '160000' ? 'submodule' : 'file';
}

/** The repository and the branch a file write commits to (`branch`, else the default branch), with its head. */
function writeTarget(ctx: HandlerContext) {
  const { repo, git } = gitFor(ctx, 'write');
  const branch = (ctx.body.branch as string | undefined) ?? repo.default_branch;
  const refName = `refs/heads/${branch}`;
  const head = git.refs.get(refName);
  if (!head) throw new HttpError(404, `Branch ${branch} not found`);
  return { repo, git, branch, refName, head, path: ctx.params.path ?? '' };
}

/** Contents API (https://docs.github.com/rest/repos/contents). */
export const contentsRoutes: RouteTable = {
  'repos/get-content': (ctx) => {
    const { repo, git } = gitFor(ctx);
    const ref = ctx.query.get('ref') ?? repo.default_branch;
    const commit = git.resolveCommit(ref);
    if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
    const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
    const entry = git.lookup(commit, path);
    if (!entry) notFound();
    const obj = git.get(entry.sha);
    const accept = String(ctx.headers.accept ?? '');
    if (obj?.type === 'blob' && accept.includes('raw'))
      return { status: 200, raw: obj.data, headers: { 'content-type': 'text/plain; charset=utf-8' } };
    if (obj?.type === 'tree') {
      return ok(
        obj.entries.map((e) => {
          const child = git.get(e.sha);
          const size = child?.type === 'blob' ? child.data.length : 0;
          return contentEntry(
            ctx.state,
            repo,
            path ? `${path}/${e.name}` : e.name,
            e.sha,
            entryType(e.mode),
            size,
            ref,
          );
        }),
      );
    }
    if (obj?.type !== 'blob') notFound();
    const base64 = obj.data.toString('base64');
    return ok({
      ...contentEntry(ctx.state, repo, path, entry.sha, entryType(entry.mode), obj.data.length, ref),
      encoding: 'base64',
      // GitHub wraps the base64 at 60 characters per line.
      content: base64.replace(/(.{60})/g, '$1\n'),
    });
  },
  'repos/create-or-update-file-contents': (ctx) => {
    const { repo, git, branch, refName, head, path } = writeTarget(ctx);
    const existing = git.lookup(head, path);
    const sha = ctx.body.sha as string | undefined;
    if (existing && !sha) throw new HttpError(422, `Invalid request.\n\n"sha" wasn't supplied.`);
    if (existing && sha !== existing.sha) throw new HttpError(409, `${path} does not match ${sha}`);
    const who = ctx.state.signature(ctx.login);
    const commit = git.commitChanges(head, [{ path, data: Buffer.from(String(ctx.body.content), 'base64') }], {
      message: String(ctx.body.message),
      author: { ...who, ...(ctx.body.author as object | undefined) },
      committer: { ...who, ...(ctx.body.committer as object | undefined) },
      verified: ctx.body.author === undefined && ctx.body.committer === undefined,
    });
    git.refs.set(refName, commit);
    repo.pushed_at = ctx.state.now();
    // GitHub registers a workflow file pushed to the default branch as a workflow, with its triggers.
    registerWorkflowFile(ctx.state, repo, branch, path, Buffer.from(String(ctx.body.content), 'base64'));
    const entry = git.lookup(commit, path)!;
    const blob = git.get(entry.sha) as { data: Buffer };
    return ok(
      {
        content: contentEntry(ctx.state, repo, path, entry.sha, 'file', blob.data.length, branch),
        commit: gitCommitJson(ctx.state, repo, commit, git.get(commit) as CommitObj),
      },
      existing ? 200 : 201,
    );
  },
  'repos/delete-file': (ctx) => {
    const { repo, git, refName, head, path } = writeTarget(ctx);
    const existing = git.lookup(head, path);
    if (!existing) notFound();
    if (ctx.body.sha !== existing.sha) throw new HttpError(409, `${path} does not match ${String(ctx.body.sha)}`);
    const who = ctx.state.signature(ctx.login);
    const commit = git.commitChanges(head, [{ path, data: null }], {
      message: String(ctx.body.message),
      author: who,
      verified: true,
    });
    git.refs.set(refName, commit);
    return ok({ content: null, commit: gitCommitJson(ctx.state, repo, commit, git.get(commit) as CommitObj) });
  },
};
