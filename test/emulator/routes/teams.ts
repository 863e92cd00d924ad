import type { OrgRecord } from '../model.js';
import { type HandlerContext, notFound, ok, okPage, type RouteTable } from '../route-kit.js';
import { teamJson, userJson } from '../views.js';

function orgFor(ctx: HandlerContext): OrgRecord {
  const org = ctx.state.org(ctx.params.org ?? '');
  if (!org) notFound();
  return org;
}

/** Teams of an organization, for reviewer requests and CODEOWNERS. */
export const teamRoutes: RouteTable = {
  'teams/list': (ctx) => {
    const org = orgFor(ctx);
    return okPage(ctx, org.teams, (t) => teamJson(ctx.state, org, t));
  },
  'teams/get-by-name': (ctx) => {
    const org = orgFor(ctx);
    const t = org.teams.find((x) => x.slug === (ctx.params.team_slug ?? '').toLowerCase());
    if (!t) notFound();
    return ok(teamJson(ctx.state, org, t));
  },
  'teams/list-members-in-org': (ctx) => {
    const org = orgFor(ctx);
    const t = org.teams.find((x) => x.slug === (ctx.params.team_slug ?? '').toLowerCase());
    if (!t) notFound();
    return okPage(ctx, t.members, (m) => userJson(ctx.state, m));
  },
  'orgs/list-members': (ctx) => {
    const org = orgFor(ctx);
    return okPage(ctx, org.members, (m) => userJson(ctx.state, m));
  },
};
