import type { GitStore, Signature, TreeEntry } from '../git.js';
import { isAncestor } from '../git-diff.js';
import { assertTagMutable } from '../release-ops.js';
import type { RepoRecord } from '../model.js';
import { HttpError, type HandlerContext, noContent, notFound, ok, repoFor, type RouteTable } from '../route-kit.js';
import { commitJson, gitCommitJson, refJson, repoApi } from '../views-git.js';

/** The repository and its git store, checked for access. */
export function gitFor(ctx: HandlerContext, access: 'read' | 'write' = 'read'): { repo: RepoRecord; git: GitStore } {
  const repo = repoFor(ctx, access);
  return { repo, git: ctx.state.git(repo) };
}

function fullRef(ref: string): string {
  return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}

function signatureFrom(ctx: HandlerContext, v: unknown): Signature {
  const s = v as Partial<Signature> | undefined;
  const base = ctx.state.signature(ctx.login);
  return { name: s?.name ?? base.name, email: s?.email ?? base.email, date: s?.date ?? base.date };
}

/** Git database routes (https://docs.github.com/rest/git). */
export const gitDataRoutes: RouteTable = {
  'git/create-blob': (ctx) => {
    const { repo, git } = gitFor(ctx, 'write');
    const content = String(ctx.body.content);
    const sha = git.writeBlob(Buffer.from(content, ctx.body.encoding === 'base64' ? 'base64' : 'utf8'));
    return ok({ sha, url: `${repoApi(ctx.state, repo)}/git/blobs/${sha}` }, 201);
  },
  'git/get-blob': (ctx) => {
    const { repo, git } = gitFor(ctx);
    const sha = ctx.params.file_sha ?? '';
    const blob = git.get(sha);
    if (blob?.type !== 'blob') notFound();
    return ok({
      sha,
      node_id: `B_${sha.slice(0, 16)}`,
      size: blob.data.length,
      url: `${repoApi(ctx.state, repo)}/git/blobs/${sha}`,
      content: blob.data.toString('base64'),
      encoding: 'base64',
    });
  },
  'git/create-tree': (ctx) => {
    const { repo, git } = gitFor(ctx, 'write');
    const baseTree = ctx.body.base_tree as string | undefined;
    const flat = baseTree ? git.flatten(baseTree) : new Map<string, { sha: string; mode: string }>();
    if (baseTree && git.get(baseTree)?.type !== 'tree') throw new HttpError(422, 'Invalid tree info');
    for (const e of ctx.body.tree as { path: string; mode: string; sha?: string | null; content?: string }[]) {
      if (e.sha === null) {
        flat.delete(e.path);
        continue;
      }
      const sha = e.content !== undefined ? git.writeBlob(Buffer.from(e.content)) : e.sha;
      if (!sha || !git.get(sha)) throw new HttpError(422, 'Invalid tree info');
      const obj = git.get(sha);
      if (obj?.type === 'tree') for (const [k, v] of git.flatten(sha, e.path)) flat.set(k, v);
      else flat.set(e.path, { sha, mode: e.mode });
    }
    const sha = git.buildTree(flat);
    return ok(treeJson(ctx, repo, git, sha, false), 201);
  },
  'git/get-tree': (ctx) => {
    const { repo, git } = gitFor(ctx);
    const param = ctx.params.tree_sha ?? '';
    let sha = param;
    const commit = git.resolveCommit(param);
    if (commit) sha = (git.get(commit) as { tree: string }).tree;
    if (git.get(sha)?.type !== 'tree') notFound();
    const recursive = ctx.query.has('recursive') && !['0', 'false'].includes(ctx.query.get('recursive') ?? '');
    return ok(treeJson(ctx, repo, git, sha, recursive));
  },
  'git/create-commit': (ctx) => {
    const { repo, git } = gitFor(ctx, 'write');
    const tree = String(ctx.body.tree);
    const parents = (ctx.body.parents as string[] | undefined) ?? [];
    if (git.get(tree)?.type !== 'tree') throw new HttpError(422, 'Tree SHA does not exist');
    for (const p of parents)
      if (git.get(p)?.type !== 'commit')
        throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
    const author = signatureFrom(ctx, ctx.body.author);
    // Commits an app makes through the API without a custom author are signed by GitHub
    // (https://docs.github.com/authentication/managing-commit-signature-verification/about-commit-signature-verification).
    const verified = ctx.body.author === undefined && ctx.body.committer === undefined;
    const sha = git.writeCommit({
      tree,
      parents,
      message: String(ctx.body.message),
      author,
      committer: ctx.body.committer ? signatureFrom(ctx, ctx.body.committer) : author,
      verified,
    });
    return ok(gitCommitJson(ctx.state, repo, sha, git.get(sha) as Parameters<typeof gitCommitJson>[3]), 201);
  },
  'git/get-commit': (ctx) => {
    const { repo, git } = gitFor(ctx);
    const sha = ctx.params.commit_sha ?? '';
    const c = git.get(sha);
    if (c?.type !== 'commit') notFound();
    return ok(gitCommitJson(ctx.state, repo, sha, c));
  },
  'repos/get-commit': (ctx) => {
    const { repo, git } = gitFor(ctx);
    const sha = git.resolveCommit(ctx.params.ref ?? '');
    if (!sha) throw new HttpError(422, `No commit found for SHA: ${ctx.params.ref}`);
    return ok(commitJson(ctx.state, repo, sha, git.get(sha) as Parameters<typeof commitJson>[3]));
  },
  'repos/list-commits': (ctx) => {
    const { repo, git } = gitFor(ctx);
    let sha = git.resolveCommit(ctx.query.get('sha') ?? repo.default_branch);
    const out: Record<string, unknown>[] = [];
    const path = ctx.query.get('path');
    while (sha && out.length < 300) {
      const c = git.get(sha);
      if (c?.type !== 'commit') break;
      const parent = c.parents[0];
      const touched = !path || git.lookup(sha, path)?.sha !== (parent ? git.lookup(parent, path)?.sha : undefined);
      if (touched) out.push(commitJson(ctx.state, repo, sha, c));
      sha = parent;
    }
    return ok(out);
  },
  'git/get-ref': (ctx) => {
    const { repo, git } = gitFor(ctx);
    const ref = fullRef(ctx.params.ref ?? '');
    const sha = git.refs.get(ref);
    if (!sha) notFound();
    return ok(refJson(ctx.state, repo, ref, sha));
  },
  'git/list-matching-refs': (ctx) => {
    const { repo, git } = gitFor(ctx);
    const prefix = fullRef(ctx.params.ref ?? '');
    const refs = [...git.refs.entries()].filter(([r]) => r.startsWith(prefix)).sort(([a], [b]) => (a < b ? -1 : 1));
    return ok(refs.map(([r, sha]) => refJson(ctx.state, repo, r, sha)));
  },
  'git/create-ref': (ctx) => {
    const { repo, git } = gitFor(ctx, 'write');
    const ref = String(ctx.body.ref);
    const sha = String(ctx.body.sha);
    if (!ref.startsWith('refs/') || ref.split('/').length < 3)
      throw new HttpError(422, `${ref} is not a valid ref name.`);
    if (git.refs.has(ref)) throw new HttpError(422, 'Reference already exists');
    if (!git.get(sha)) throw new HttpError(422, 'Object does not exist');
    git.refs.set(ref, sha);
    repo.pushed_at = ctx.state.now();
    return ok(refJson(ctx.state, repo, ref, sha), 201);
  },
  'git/update-ref': (ctx) => {
    const { repo, git } = gitFor(ctx, 'write');
    const ref = fullRef(ctx.params.ref ?? '');
    const current = git.refs.get(ref);
    if (!current) throw new HttpError(422, 'Reference does not exist');
    assertTagMutable(repo, ref);
    const sha = String(ctx.body.sha);
    if (!git.get(sha)) throw new HttpError(422, 'Object does not exist');
    if (!ctx.body.force && !isAncestor(git, current, sha)) throw new HttpError(422, 'Update is not a fast forward');
    git.refs.set(ref, sha);
    repo.pushed_at = ctx.state.now();
    return ok(refJson(ctx.state, repo, ref, sha));
  },
  'git/delete-ref': (ctx) => {
    const { repo, git } = gitFor(ctx, 'write');
    const ref = fullRef(ctx.params.ref ?? '');
    assertTagMutable(repo, ref);
    if (!git.refs.delete(ref)) throw new HttpError(422, 'Reference does not exist');
    return noContent();
  },
  'git/create-tag': (ctx) => {
    const { repo, git } = gitFor(ctx, 'write');
    const object = String(ctx.body.object);
    const target = git.get(object);
    if (!target) throw new HttpError(422, 'Object does not exist');
    const tagger = signatureFrom(ctx, ctx.body.tagger);
    const sha = git.writeTag({
      object,
      objectType: target.type,
      tag: String(ctx.body.tag),
      message: String(ctx.body.message),
      tagger,
    });
    return ok(tagJson(ctx, repo, sha), 201);
  },
  'git/get-tag': (ctx) => {
    const { repo, git } = gitFor(ctx);
    if (git.get(ctx.params.tag_sha ?? '')?.type !== 'tag') notFound();
    return ok(tagJson(ctx, repo, ctx.params.tag_sha ?? ''));
  },
};

function tagJson(ctx: HandlerContext, repo: RepoRecord, sha: string): Record<string, unknown> {
  const t = repo.git?.get(sha) as Extract<ReturnType<GitStore['get']>, { type: 'tag' }>;
  const api = repoApi(ctx.state, repo);
  return {
    node_id: `TAG_${sha.slice(0, 16)}`,
    tag: t.tag,
    sha,
    url: `${api}/git/tags/${sha}`,
    message: t.message,
    tagger: t.tagger,
    object: { sha: t.object, type: t.objectType, url: `${api}/git/${t.objectType}s/${t.object}` },
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

function treeJson(ctx: HandlerContext, repo: RepoRecord, git: GitStore, sha: string, recursive: boolean) {
  const api = repoApi(ctx.state, repo);
  const entries: (TreeEntry & { path: string })[] = [];
  const walk = (treeSha: string, prefix: string) => {
    const t = git.get(treeSha);
    if (t?.type !== 'tree') return;
    for (const e of t.entries) {
      const path = prefix ? `${prefix}/${e.name}` : e.name;
      entries.push({ ...e, path });
      if (recursive && e.type === 'tree') walk(e.sha, path);
    }
  };
  walk(sha, '');
  return {
    sha,
    url: `${api}/git/trees/${sha}`,
    truncated: false,
    tree: entries.map((e) => {
      const obj = git.get(e.sha);
      return {
        path: e.path,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
        ...(obj?.type === 'blob' ? { size: obj.data.length } : {}),
        url: `${api}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`,
      };
    }),
  };
}
