import { randomBytes } from 'node:crypto';
import type { AppRecord, InstallationRecord } from '../model.js';
import { HttpError, type HandlerContext, notFound, ok, okPage, type RouteTable } from '../route-kit.js';
import { orgJson, repoJson, userJson } from '../views.js';

function requireApp(ctx: HandlerContext): AppRecord {
  const app = ctx.grant.appId === undefined ? undefined : ctx.state.apps.get(ctx.grant.appId);
  // https://docs.github.com/rest/apps/apps: "You must use a JWT to access this endpoint."
  if (!app) throw new HttpError(401, 'A JSON web token could not be decoded');
  return app;
}

function installationJson(ctx: HandlerContext, app: AppRecord, inst: InstallationRecord) {
  // An app can be installed on a user account as well as on an organization.
  const org = ctx.state.org(inst.account);
  const user = org ? undefined : ctx.state.account(inst.account);
  const type = org ? 'Organization' : 'User';
  return {
    id: inst.id,
    account: org ? { ...orgJson(ctx.state, org), type } : userJson(ctx.state, inst.account),
    repository_selection: inst.repos === '*' ? 'all' : 'selected',
    access_tokens_url: `${ctx.state.baseUrl}/app/installations/${inst.id}/access_tokens`,
    repositories_url: `${ctx.state.baseUrl}/installation/repositories`,
    html_url: org
      ? `${ctx.state.baseUrl}/organizations/${inst.account}/settings/installations/${inst.id}`
      : `${ctx.state.baseUrl}/settings/installations/${inst.id}`,
    app_id: app.id,
    app_slug: app.slug,
    target_id: org?.id ?? user?.id ?? 0,
    target_type: type,
    permissions: inst.permissions,
    events: [],
    created_at: org?.created_at ?? ctx.state.now(),
    updated_at: org?.created_at ?? ctx.state.now(),
    single_file_name: null,
    suspended_at: null,
    suspended_by: null,
  };
}

function covers(inst: InstallationRecord, fullName: string): boolean {
  return inst.repos === '*'
    ? fullName.toLowerCase().startsWith(`${inst.account.toLowerCase()}/`)
    : inst.repos.some((r) => r.toLowerCase() === fullName.toLowerCase());
}

/** GitHub App endpoints: the app itself (JWT), its installations and installation tokens. */
export const appRoutes: RouteTable = {
  'apps/get-authenticated': (ctx) => {
    const app = requireApp(ctx);
    return ok({
      id: app.id,
      slug: app.slug,
      node_id: ctx.state.nodeId('A', app.id),
      name: app.name,
      owner: { ...userJson(ctx.state, app.installations[0]?.account ?? 'moko-demo'), type: 'Organization' },
      description: null,
      external_url: ctx.state.baseUrl,
      html_url: `${ctx.state.baseUrl}/apps/${app.slug}`,
      created_at: ctx.state.now(),
      updated_at: ctx.state.now(),
      permissions: {},
      events: [],
      installations_count: app.installations.length,
    });
  },
  'apps/list-installations': (ctx) => {
    const app = requireApp(ctx);
    return okPage(ctx, app.installations, (i) => installationJson(ctx, app, i));
  },
  'apps/get-org-installation': (ctx) => {
    const app = requireApp(ctx);
    const inst = app.installations.find((i) => i.account.toLowerCase() === (ctx.params.org ?? '').toLowerCase());
    // `/orgs/{org}/…` names organizations only: for a user account GitHub answers 404, the defect
    // of looking a user's installation up by organization.
    if (!inst || !ctx.state.org(inst.account)) notFound();
    return ok(installationJson(ctx, app, inst));
  },
  'apps/get-repo-installation': (ctx) => {
    // Installation tokens may ask too (https://docs.github.com/rest/apps/apps#get-a-repository-installation-for-the-authenticated-app).
    const app = ctx.grant.appId !== undefined ? requireApp(ctx) : ctx.state.apps.values().next().value;
    const full = `${ctx.params.owner}/${ctx.params.repo}`;
    const repo = ctx.state.repo(ctx.params.owner ?? '', ctx.params.repo ?? '');
    const inst = app?.installations.find((i) => covers(i, full));
    if (!app || !inst || !repo) notFound();
    return ok(installationJson(ctx, app, inst));
  },
  'apps/create-installation-access-token': (ctx) => {
    const app = requireApp(ctx);
    const inst = app.installations.find((i) => i.id === Number(ctx.params.installation_id));
    if (!inst) notFound();
    const wanted = (ctx.body.repositories as string[] | undefined)?.map((n) => `${inst.account}/${n}`);
    for (const full of wanted ?? []) {
      if (!covers(inst, full) || !ctx.state.repo(inst.account, full.split('/')[1] ?? '')) {
        throw new HttpError(
          422,
          'There is at least one repository that does not exist or is not accessible to the parent installation.',
        );
      }
    }
    const perms = {
      ...inst.permissions,
      ...((ctx.body.permissions as Record<string, 'read' | 'write' | 'admin'> | undefined) ?? {}),
    };
    for (const [k, v] of Object.entries(perms)) {
      const granted = inst.permissions[k];
      const rank = { read: 1, write: 2, admin: 3 } as const;
      if (!granted || rank[v] > rank[granted])
        throw new HttpError(422, `The permissions requested are not granted to this installation.`);
    }
    const level = Object.values(perms).includes('admin')
      ? 'admin'
      : Object.values(perms).includes('write')
        ? 'write'
        : 'read';
    const token = `ghs_${randomBytes(18).toString('hex')}`;
    const expiresAt = ctx.state.clock.now() + 3_600_000;
    ctx.state.tokens.set(token, {
      repos:
        wanted ??
        (inst.repos === '*' ? ctx.state.reposOf(inst.account).map((r) => `${r.owner}/${r.name}`) : inst.repos),
      permission: level,
      login: `${app.slug}[bot]`,
      expiresAt,
    });
    return ok(
      {
        token,
        expires_at: new Date(expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        permissions: perms,
        repository_selection: wanted || inst.repos !== '*' ? 'selected' : 'all',
        ...(wanted
          ? {
              repositories: wanted.map((f) =>
                repoJson(ctx.state, ctx.state.repo(inst.account, f.split('/')[1] ?? '')!),
              ),
            }
          : {}),
      },
      201,
    );
  },
  'apps/list-repos-accessible-to-installation': (ctx) => {
    const repos = [...ctx.state.repos.values()].filter((r) => ctx.state.covers(ctx.grant, r));
    const p = okPage(ctx, repos, (r) => repoJson(ctx.state, r));
    return { ...p, body: { total_count: repos.length, repository_selection: 'selected', repositories: p.body } };
  },
};
