import { createHash } from 'node:crypto';
import type { AssetRecord, ReleaseRecord, RepoRecord } from '../model.js';
import {
  HttpError,
  type HandlerContext,
  noContent,
  notFound,
  ok,
  okPage,
  repoFor,
  type RouteTable,
} from '../route-kit.js';
import { assertTagReusable } from '../release-ops.js';
import { repoApi, repoHtml } from '../views-git.js';
import { userJson } from '../views.js';

function assetJson(ctx: HandlerContext, repo: RepoRecord, rel: ReleaseRecord, a: AssetRecord) {
  return {
    url: `${repoApi(ctx.state, repo)}/releases/assets/${a.id}`,
    browser_download_url: `${repoHtml(ctx.state, repo)}/releases/download/${rel.tag_name}/${a.name}`,
    id: a.id,
    node_id: a.node_id,
    name: a.name,
    label: a.label,
    state: 'uploaded',
    content_type: a.content_type,
    size: a.data.length,
    digest: `sha256:${createHash('sha256').update(a.data).digest('hex')}`,
    download_count: 0,
    created_at: a.created_at,
    updated_at: a.updated_at,
    uploader: userJson(ctx.state, ctx.login),
  };
}

function releaseJson(ctx: HandlerContext, repo: RepoRecord, r: ReleaseRecord) {
  const api = `${repoApi(ctx.state, repo)}/releases/${r.id}`;
  return {
    url: api,
    html_url: `${repoHtml(ctx.state, repo)}/releases/${r.draft ? `untagged-${r.id}` : `tag/${r.tag_name}`}`,
    assets_url: `${api}/assets`,
    upload_url: `${api}/assets{?name,label}`,
    tarball_url: `${repoApi(ctx.state, repo)}/tarball/${r.tag_name}`,
    zipball_url: `${repoApi(ctx.state, repo)}/zipball/${r.tag_name}`,
    id: r.id,
    node_id: r.node_id,
    tag_name: r.tag_name,
    target_commitish: r.target_commitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: r.immutable,
    created_at: r.created_at,
    published_at: r.published_at,
    updated_at: r.updated_at,
    author: userJson(ctx.state, r.author),
    assets: r.assets.map((a) => assetJson(ctx, repo, r, a)),
  };
}

function releaseFor(ctx: HandlerContext, access: 'read' | 'write' = 'read') {
  const repo = repoFor(ctx, access);
  const rel = repo.releases.find((r) => r.id === Number(ctx.params.release_id));
  if (!rel || (rel.draft && ctx.grant.permission === 'read')) notFound();
  return { repo, rel };
}

function immutableError(message = 'Cannot modify an immutable release.'): never {
  // https://docs.github.com/code-security/concepts/supply-chain-security/immutable-releases: only title,
  // notes and the pre-release/latest flags of a published immutable release can change.
  throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Release', code: 'custom', message }] });
}

function publish(ctx: HandlerContext, repo: RepoRecord, rel: ReleaseRecord): void {
  const git = ctx.state.git(repo);
  const tagRef = `refs/tags/${rel.tag_name}`;
  if (!git.refs.has(tagRef)) {
    const sha = git.resolveCommit(rel.target_commitish);
    if (!sha)
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'Release', code: 'invalid', field: 'target_commitish' }],
      });
    git.refs.set(tagRef, sha);
  }
  rel.draft = false;
  rel.published_at = ctx.state.now();
  rel.immutable = repo.immutableReleases;
}

/** Releases, release assets and tags (https://docs.github.com/rest/releases). */
export const releaseRoutes: RouteTable = {
  'repos/list-releases': (ctx) => {
    const repo = repoFor(ctx);
    const visible = repo.releases
      .filter((r) => !r.draft || ctx.grant.permission !== 'read')
      .sort((a, b) => b.id - a.id);
    return okPage(ctx, visible, (r) => releaseJson(ctx, repo, r));
  },
  'repos/create-release': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const tag = String(ctx.body.tag_name);
    assertTagReusable(repo, tag);
    if (repo.releases.some((r) => r.tag_name === tag)) {
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
      });
    }
    const id = ctx.state.nextId();
    const now = ctx.state.now();
    const rel: ReleaseRecord = {
      id,
      node_id: ctx.state.nodeId('RE', id),
      tag_name: tag,
      target_commitish: (ctx.body.target_commitish as string | undefined) ?? repo.default_branch,
      name: (ctx.body.name as string | undefined) ?? tag,
      body: (ctx.body.body as string | undefined) ?? null,
      draft: Boolean(ctx.body.draft),
      prerelease: Boolean(ctx.body.prerelease),
      immutable: false,
      created_at: now,
      published_at: null,
      updated_at: now,
      author: ctx.login,
      assets: [],
    };
    if (!rel.draft) publish(ctx, repo, rel);
    repo.releases.push(rel);
    return {
      status: 201,
      body: releaseJson(ctx, repo, rel),
      headers: { location: `${repoApi(ctx.state, repo)}/releases/${id}` },
    };
  },
  'repos/get-release': (ctx) => {
    const { repo, rel } = releaseFor(ctx);
    return ok(releaseJson(ctx, repo, rel));
  },
  'repos/get-release-by-tag': (ctx) => {
    const repo = repoFor(ctx);
    const rel = repo.releases.find((r) => r.tag_name === ctx.params.tag && !r.draft);
    if (!rel) notFound();
    return ok(releaseJson(ctx, repo, rel));
  },
  'repos/get-latest-release': (ctx) => {
    const repo = repoFor(ctx);
    const rel = repo.releases
      .filter((r) => !r.draft && !r.prerelease)
      .sort((a, b) => (a.published_at! < b.published_at! ? 1 : -1))[0];
    if (!rel) notFound();
    return ok(releaseJson(ctx, repo, rel));
  },
  'repos/update-release': (ctx) => {
    const { repo, rel } = releaseFor(ctx, 'write');
    const changesTag =
      (typeof ctx.body.tag_name === 'string' && ctx.body.tag_name !== rel.tag_name) ||
      (typeof ctx.body.target_commitish === 'string' && ctx.body.target_commitish !== rel.target_commitish);
    if (rel.immutable && changesTag) immutableError();
    if (typeof ctx.body.tag_name === 'string') rel.tag_name = ctx.body.tag_name;
    if (typeof ctx.body.target_commitish === 'string') rel.target_commitish = ctx.body.target_commitish;
    if (ctx.body.name !== undefined) rel.name = (ctx.body.name as string | null) ?? null;
    if (ctx.body.body !== undefined) rel.body = (ctx.body.body as string | null) ?? null;
    if (typeof ctx.body.prerelease === 'boolean') rel.prerelease = ctx.body.prerelease;
    if (ctx.body.draft === false && rel.draft) publish(ctx, repo, rel);
    else if (ctx.body.draft === true && !rel.draft) {
      if (rel.immutable) immutableError();
      rel.draft = true;
    }
    rel.updated_at = ctx.state.now();
    return ok(releaseJson(ctx, repo, rel));
  },
  'repos/delete-release': (ctx) => {
    const { repo, rel } = releaseFor(ctx, 'write');
    repo.releases = repo.releases.filter((r) => r !== rel);
    if (rel.immutable) {
      repo.burnedTags ??= new Set();
      repo.burnedTags.add(rel.tag_name);
    }
    return noContent();
  },
  'repos/list-release-assets': (ctx) => {
    const { repo, rel } = releaseFor(ctx);
    return okPage(ctx, rel.assets, (a) => assetJson(ctx, repo, rel, a));
  },
  'repos/upload-release-asset': (ctx) => {
    const { repo, rel } = releaseFor(ctx, 'write');
    if (rel.immutable) immutableError('Cannot upload assets to an immutable release');
    const name = ctx.query.get('name') ?? '';
    if (rel.assets.some((a) => a.name === name)) {
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
      });
    }
    const id = ctx.state.nextId();
    const now = ctx.state.now();
    const asset: AssetRecord = {
      id,
      node_id: ctx.state.nodeId('RA', id),
      name,
      label: ctx.query.get('label'),
      content_type: String(ctx.headers['content-type'] ?? 'application/octet-stream'),
      data: ctx.rawBody,
      created_at: now,
      updated_at: now,
    };
    rel.assets.push(asset);
    return ok(assetJson(ctx, repo, rel, asset), 201);
  },
  'repos/get-release-asset': (ctx) => {
    const repo = repoFor(ctx);
    for (const rel of repo.releases) {
      const a = rel.assets.find((x) => x.id === Number(ctx.params.asset_id));
      if (!a) continue;
      if (String(ctx.headers.accept ?? '').includes('octet-stream')) return { status: 200, raw: a.data };
      return ok(assetJson(ctx, repo, rel, a));
    }
    notFound();
  },
  'repos/update-release-asset': (ctx) => {
    const repo = repoFor(ctx, 'write');
    for (const rel of repo.releases) {
      const a = rel.assets.find((x) => x.id === Number(ctx.params.asset_id));
      if (!a) continue;
      if (rel.immutable) immutableError();
      if (typeof ctx.body.name === 'string') a.name = ctx.body.name;
      if (typeof ctx.body.label === 'string') a.label = ctx.body.label;
      return ok(assetJson(ctx, repo, rel, a));
    }
    notFound();
  },
  'repos/delete-release-asset': (ctx) => {
    const repo = repoFor(ctx, 'write');
    for (const rel of repo.releases) {
      const a = rel.assets.find((x) => x.id === Number(ctx.params.asset_id));
      if (!a) continue;
      if (rel.immutable) immutableError();
      rel.assets = rel.assets.filter((x) => x !== a);
      return noContent();
    }
    notFound();
  },
  'repos/check-immutable-releases': (ctx) => {
    const repo = repoFor(ctx);
    if (!repo.immutableReleases) notFound();
    return ok({ enabled: true, enforced_by_owner: false });
  },
  'repos/enable-immutable-releases': (ctx) => {
    repoFor(ctx, 'admin').immutableReleases = true;
    return noContent();
  },
  'repos/disable-immutable-releases': (ctx) => {
    repoFor(ctx, 'admin').immutableReleases = false;
    return noContent();
  },
  'repos/list-tags': (ctx) => {
    const repo = repoFor(ctx);
    const git = ctx.state.git(repo);
    const tags = [...git.refs.entries()]
      .filter(([r]) => r.startsWith('refs/tags/'))
      .sort(([a], [b]) => (a < b ? 1 : -1));
    return okPage(ctx, tags, ([ref, sha]) => {
      const name = ref.slice(10);
      const commit = git.resolveCommit(sha) ?? sha;
      return {
        name,
        commit: { sha: commit, url: `${repoApi(ctx.state, repo)}/commits/${commit}` },
        zipball_url: `${repoApi(ctx.state, repo)}/zipball/refs/tags/${name}`,
        tarball_url: `${repoApi(ctx.state, repo)}/tarball/refs/tags/${name}`,
        node_id: `REF_${Buffer.from(ref).toString('base64url')}`,
      };
    });
  },
};
