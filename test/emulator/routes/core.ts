import { HttpError, notFound, ok, okPage, repoFor, type RouteTable } from '../route-kit.js';
import type { RepoRecord } from '../model.js';
import { orgJson, repoJson, userJson } from '../views.js';

/** Orgs, repositories, the authenticated user and the rate limit. */
export const coreRoutes: RouteTable = {
  'users/get-authenticated': (ctx) => {
    if (ctx.login === 'anonymous') throw new HttpError(401, 'Requires authentication');
    return ok({ ...userJson(ctx.state, ctx.login), name: ctx.login, created_at: ctx.state.now() });
  },
  'users/get-by-username': (ctx) => {
    const org = ctx.state.org(ctx.params.username ?? '');
    if (org) return ok(orgJson(ctx.state, org));
    // Only accounts that exist answer; GitHub says 404 for any other login.
    if (!ctx.state.accounts.has((ctx.params.username ?? '').toLowerCase())) notFound();
    return ok(userJson(ctx.state, ctx.params.username ?? ''));
  },
  'orgs/get': (ctx) => {
    const org = ctx.state.org(ctx.params.org ?? '');
    if (!org) notFound();
    return ok(orgJson(ctx.state, org));
  },
  'repos/list-for-org': (ctx) => {
    const org = ctx.state.org(ctx.params.org ?? '');
    if (!org) notFound();
    const type = ctx.query.get('type') ?? 'all';
    let repos = ctx.state
      .reposOf(org.login)
      .filter((r) => r.visibility === 'public' || ctx.state.covers(ctx.grant, r))
      .filter((r) => {
        if (type === 'public') return r.visibility === 'public';
        if (type === 'private') return r.visibility !== 'public';
        if (type === 'forks') return r.fork;
        if (type === 'sources') return !r.fork;
        return true;
      });
    const sort = ctx.query.get('sort') ?? 'created';
    const key = (r: (typeof repos)[number]) =>
      sort === 'full_name'
        ? r.name.toLowerCase()
        : sort === 'pushed'
          ? r.pushed_at
          : sort === 'updated'
            ? r.updated_at
            : r.created_at;
    const direction = ctx.query.get('direction') ?? (sort === 'full_name' ? 'asc' : 'desc');
    repos = [...repos].sort((a, b) => {
      const c = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id;
      return direction === 'asc' ? c : -c;
    });
    return okPage(ctx, repos, (r) => repoJson(ctx.state, r));
  },
  'repos/get': (ctx) => {
    const repo = repoFor(ctx);
    // GitHub shows `security_and_analysis` only to admins of the repository.
    const admin = ctx.grant.permission === 'admin';
    return ok({
      ...repoJson(ctx.state, repo),
      ...(admin ? { security_and_analysis: securityAndAnalysisJson(repo) } : {}),
    });
  },
  'repos/get-all-topics': (ctx) => ok({ names: repoFor(ctx).topics }),
  'repos/replace-all-topics': (ctx) => {
    const repo = repoFor(ctx, 'admin');
    repo.topics = ((ctx.body.names as string[]) ?? []).map((n) => n.toLowerCase());
    return ok({ names: repo.topics });
  },
  'repos/update': (ctx) => {
    const repo = repoFor(ctx, 'admin');
    for (const [k, v] of Object.entries(ctx.body)) {
      if (k === 'description') repo.description = (v as string | null) ?? null;
      else if (k === 'default_branch') repo.default_branch = String(v);
      else if (k === 'archived') repo.archived = Boolean(v);
      else if (k === 'visibility') repo.visibility = v as typeof repo.visibility;
      else if (k === 'private') repo.visibility = v ? 'private' : 'public';
      else if (typeof v === 'boolean' || typeof v === 'string') repo.settings[k] = v;
    }
    repo.updated_at = ctx.state.now();
    return ok(repoJson(ctx.state, repo));
  },
  'repos/custom-properties-for-repos-get-repository-values': (ctx) => {
    const repo = repoFor(ctx);
    return ok(Object.entries(repo.custom_properties).map(([property_name, value]) => ({ property_name, value })));
  },
  'orgs/custom-properties-for-repos-get-organization-definitions': (ctx) => {
    const org = ctx.state.org(ctx.params.org ?? '');
    if (!org) notFound();
    return ok(org.customProperties.map((p) => ({ ...p, values_editable_by: 'org_actors' })));
  },
  'orgs/custom-properties-for-repos-get-organization-values': (ctx) => {
    const org = ctx.state.org(ctx.params.org ?? '');
    if (!org) notFound();
    const repos = ctx.state
      .reposOf(org.login)
      .filter((r) => r.visibility === 'public' || ctx.state.covers(ctx.grant, r));
    return okPage(ctx, repos, (r) => ({
      repository_id: r.id,
      repository_name: r.name,
      repository_full_name: `${r.owner}/${r.name}`,
      properties: Object.entries(r.custom_properties).map(([property_name, value]) => ({ property_name, value })),
    }));
  },
  'rate-limit/get': (ctx) => {
    // https://docs.github.com/rest/rate-limit/rate-limit: `rate` repeats `core` (deprecated but still sent).
    const core = ctx.rate('core');
    return ok({
      resources: {
        core,
        graphql: ctx.rate('graphql'),
        search: ctx.rate('search'),
        code_search: ctx.rate('code_search'),
      },
      rate: core,
    });
  },
};

/** `security_and_analysis` of a repository: public ones have secret scanning and push protection on, as GitHub enables them. */
function securityAndAnalysisJson(repo: RepoRecord) {
  const s =
    repo.securityAndAnalysis ??
    (repo.visibility === 'public'
      ? { secretScanning: 'enabled', pushProtection: 'enabled' }
      : { secretScanning: 'disabled', pushProtection: 'disabled' });
  return {
    secret_scanning: { status: s.secretScanning },
    secret_scanning_push_protection: { status: s.pushProtection },
    dependabot_security_updates: { status: 'disabled' },
  };
}
