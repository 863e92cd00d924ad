import type { RepoRecord, RulesetRecord } from '../model.js';
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
import { commitJson, repoApi, repoHtml } from '../views-git.js';
import { gitFor } from './git-data.js';

type CommitObj = Parameters<typeof commitJson>[3];

function protectionJson(ctx: HandlerContext, repo: RepoRecord, branch: string, p: Record<string, unknown>) {
  const url = `${repoApi(ctx.state, repo)}/branches/${branch}/protection`;
  const checks = p.required_status_checks as { strict?: boolean; contexts?: string[] } | null;
  const reviews = p.required_pull_request_reviews as Record<string, unknown> | null;
  return {
    url,
    ...(checks
      ? {
          required_status_checks: {
            url: `${url}/required_status_checks`,
            strict: checks.strict ?? false,
            contexts: checks.contexts ?? [],
            contexts_url: `${url}/required_status_checks/contexts`,
            checks: (checks.contexts ?? []).map((context) => ({ context, app_id: null })),
          },
        }
      : {}),
    enforce_admins: {
      url: `${url}/enforce_admins`,
      enabled: Boolean(
        (p.enforce_admins as { enabled?: boolean } | boolean | null) &&
          (typeof p.enforce_admins === 'boolean'
            ? p.enforce_admins
            : (p.enforce_admins as { enabled?: boolean }).enabled),
      ),
    },
    ...(reviews ? { required_pull_request_reviews: { url: `${url}/required_pull_request_reviews`, ...reviews } } : {}),
    required_linear_history: { enabled: Boolean(p.required_linear_history) },
    allow_force_pushes: { enabled: Boolean(p.allow_force_pushes) },
    allow_deletions: { enabled: Boolean(p.allow_deletions) },
  };
}

/** Branches, protection and rulesets (https://docs.github.com/rest/branches). */
export const branchRoutes: RouteTable = {
  'repos/list-branches': (ctx) => {
    const { repo, git } = gitFor(ctx);
    const api = repoApi(ctx.state, repo);
    let names = [...git.refs.keys()]
      .filter((r) => r.startsWith('refs/heads/'))
      .map((r) => r.slice(11))
      .sort();
    const prot = ctx.query.get('protected');
    if (prot !== null) names = names.filter((n) => repo.protections.has(n) === (prot === 'true'));
    return okPage(ctx, names, (name) => {
      const sha = git.refs.get(`refs/heads/${name}`)!;
      return { name, commit: { sha, url: `${api}/commits/${sha}` }, protected: repo.protections.has(name) };
    });
  },
  'repos/get-branch': (ctx) => {
    const { repo, git } = gitFor(ctx);
    const name = ctx.params.branch ?? '';
    const sha = git.refs.get(`refs/heads/${name}`);
    if (!sha) throw new HttpError(404, 'Branch not found');
    const p = repo.protections.get(name);
    return ok({
      name,
      commit: commitJson(ctx.state, repo, sha, git.get(sha) as CommitObj),
      _links: {
        html: `${repoHtml(ctx.state, repo)}/tree/${name}`,
        self: `${repoApi(ctx.state, repo)}/branches/${name}`,
      },
      protected: p !== undefined,
      protection: p
        ? { enabled: true, required_status_checks: p.required_status_checks ?? undefined }
        : { enabled: false },
      protection_url: `${repoApi(ctx.state, repo)}/branches/${name}/protection`,
    });
  },
  'repos/get-branch-protection': (ctx) => {
    const repo = repoFor(ctx);
    const p = repo.protections.get(ctx.params.branch ?? '');
    if (!p) throw new HttpError(404, 'Branch not protected');
    return ok(protectionJson(ctx, repo, ctx.params.branch ?? '', p));
  },
  'repos/update-branch-protection': (ctx) => {
    const { repo, git } = gitFor(ctx, 'write');
    const branch = ctx.params.branch ?? '';
    if (!git.refs.has(`refs/heads/${branch}`)) throw new HttpError(404, 'Branch not found');
    repo.protections.set(branch, { ...ctx.body });
    return ok(protectionJson(ctx, repo, branch, ctx.body));
  },
  'repos/delete-branch-protection': (ctx) => {
    const repo = repoFor(ctx, 'admin');
    if (!repo.protections.delete(ctx.params.branch ?? '')) throw new HttpError(404, 'Branch not protected');
    return noContent();
  },
  'repos/get-repo-rulesets': (ctx) => {
    const repo = repoFor(ctx);
    return okPage(ctx, repo.rulesets, (r) => rulesetJson(ctx, repo, r, false));
  },
  'repos/get-repo-ruleset': (ctx) => {
    const repo = repoFor(ctx);
    const r = repo.rulesets.find((x) => x.id === Number(ctx.params.ruleset_id));
    if (!r) notFound();
    return ok(rulesetJson(ctx, repo, r, true));
  },
  'repos/get-branch-rules': (ctx) => {
    const repo = repoFor(ctx);
    const branch = ctx.params.branch ?? '';
    const applies = (r: (typeof repo.rulesets)[number]) =>
      r.enforcement === 'active' &&
      r.target === 'branch' &&
      JSON.stringify(r.conditions).includes(
        branch === repo.default_branch ? '~DEFAULT_BRANCH' : `refs/heads/${branch}`,
      );
    const rules = repo.rulesets.filter(applies).flatMap((r) =>
      (r.rules as Record<string, unknown>[]).map((rule) => ({
        ...rule,
        ruleset_source_type: 'Repository',
        ruleset_source: `${repo.owner}/${repo.name}`,
        ruleset_id: r.id,
      })),
    );
    return okPage(ctx, rules);
  },
};

function rulesetJson(ctx: HandlerContext, repo: RepoRecord, r: RulesetRecord, full: boolean) {
  return {
    id: r.id,
    name: r.name,
    target: r.target,
    source_type: 'Repository',
    source: `${repo.owner}/${repo.name}`,
    enforcement: r.enforcement,
    node_id: ctx.state.nodeId('RRS', r.id),
    _links: {
      self: { href: `${repoApi(ctx.state, repo)}/rulesets/${r.id}` },
      html: { href: `${repoHtml(ctx.state, repo)}/rules/${r.id}` },
    },
    created_at: repo.created_at,
    updated_at: repo.updated_at,
    ...(full ? { conditions: r.conditions, rules: r.rules, bypass_actors: [], current_user_can_bypass: 'never' } : {}),
  };
}
