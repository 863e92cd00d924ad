import { errorMessage, errorStatus } from '../../../../../shared/core/errors.js';
import type { Finding } from '../../../../../shared/core/finding.js';
import { headerMap } from '../probe.js';
import { broadScopes, parseExpiration, parseScopes } from '../token-kind.js';
import type { HealthCheck, HealthContext } from '../types.js';

const DAY = 86_400_000;
/** A token expiring within this many days fails the check; within EXPIRY_NOTICE_DAYS it is reported. */
export const EXPIRY_HIGH_DAYS = 7;
export const EXPIRY_NOTICE_DAYS = 30;

/** Who the token is: the user for personal and OAuth tokens, the repositories an installation token reaches. */
async function identity(ctx: HealthContext): Promise<{ text: string; headers: Record<string, string> }> {
  const { client, token } = ctx;
  if (token.kind === 'installation' || token.kind === 'app-installation') {
    const res = await client.request('GET /installation/repositories', { per_page: 1 });
    return { text: `reaches ${res.data.total_count} repositories`, headers: {} };
  }
  const res = await client.request('GET /user');
  return { text: `user ${res.data.login}`, headers: headerMap(res.headers) };
}

/**
 * Repositories of the organization the token cannot read: the organization's own count (public plus
 * private, `GET /orgs/{org}`) against the repositories the token sees (GraphQL totalCount). GitHub hides
 * the names of private repositories from a token that cannot read them, so they are counted, not named;
 * undefined when the organization does not tell its private count to this token.
 */
async function unreadableRepositories(
  ctx: HealthContext,
  org: string,
): Promise<{ count: number; total: number; names: string[] } | undefined> {
  const { data } = await ctx.client.rest.orgs.get({ org });
  if (data.total_private_repos === undefined) return undefined;
  const total = data.public_repos + data.total_private_repos;
  const inventory = await ctx.inventory();
  const visible = inventory.visible ?? inventory.repos.length;
  return { count: Math.max(0, total - visible), total, names: [] };
}

/** Token valid and what it is: kind, identity, over-broad classic scopes, expiry. */
export const tokenCheck: HealthCheck = {
  id: 'token',
  description: 'The token is accepted, what kind it is, its classic scopes and its expiry.',
  phase: 1,
  async validate(ctx) {
    const probe = await ctx.probe();
    const findings: Finding[] = [];
    if (probe.status === 401) {
      ctx.note('token', `${ctx.token.label}: rejected (401)`);
      findings.push({
        ruleId: 'health/token/invalid',
        severity: 'critical',
        category: 'token',
        message: `GitHub rejected the ${ctx.token.label} (401 Bad credentials): it is wrong, expired or revoked; set the github-token input to a valid token, or app-id and app-private-key.`,
        help: 'Renew the secret behind github-token, or use app-id and app-private-key.',
      });
      return findings;
    }
    if (!probe.reachable) {
      ctx.note('token', `${ctx.token.label}: not checked (API unreachable)`);
      return findings;
    }
    let who: { text: string; headers: Record<string, string> };
    try {
      who = await identity(ctx);
    } catch (error) {
      // A token may lack the right to read itself (e.g. a fine-grained token without account access): say so, no more.
      who = { text: `identity not readable (${errorStatus(error) ?? errorMessage(error)})`, headers: {} };
    }
    const headers = { ...probe.headers, ...who.headers };
    const scopes = parseScopes(headers['x-oauth-scopes']);
    const parts = [ctx.token.label, who.text];
    if (scopes) parts.push(`scopes: ${scopes.join(', ') || '(none)'}`);
    const broad = broadScopes(scopes ?? []);
    if (broad.length > 0) {
      findings.push({
        ruleId: 'health/token/broad-scopes',
        severity: 'medium',
        category: 'token',
        message: `The token has over-broad classic scopes: ${broad.join(', ')}. A leaked copy could administer or delete far more than these actions need.`,
        help: 'Use a GitHub App installation token (app-id, app-private-key) or a fine-grained token limited to the repositories and permissions needed.',
      });
    }
    const expires = parseExpiration(headers['github-authentication-token-expiration']);
    const personal = ctx.token.kind === 'classic-pat' || ctx.token.kind === 'fine-grained-pat';
    if (expires !== undefined && personal) {
      const days = Math.floor((expires - ctx.clock.now()) / DAY);
      parts.push(`expires in ${days} day${days === 1 ? '' : 's'}`);
      if (days < EXPIRY_NOTICE_DAYS) {
        findings.push({
          ruleId: 'health/token/expiring',
          severity: days < EXPIRY_HIGH_DAYS ? 'high' : 'low',
          category: 'token',
          message: `The ${ctx.token.label} expires on ${new Date(expires).toISOString().slice(0, 10)} (in ${days} day${days === 1 ? '' : 's'}).`,
          help: 'Renew it before then, or move to a GitHub App whose installation tokens renew themselves.',
        });
      }
    }
    if (ctx.settings.target.kind === 'organization') {
      const unreadable = await unreadableRepositories(ctx, ctx.settings.target.org);
      if (unreadable) {
        ctx.observations.unreadable = unreadable;
        parts.push(
          `${unreadable.count} repositor${unreadable.count === 1 ? 'y' : 'ies'} of the organization not readable`,
        );
        if (unreadable.count > 0) {
          const named = ' (GitHub does not show their names to a token that cannot read them)';
          findings.push({
            ruleId: 'health/token/unreadable-repositories',
            severity: 'high',
            category: 'token',
            message: `The ${ctx.token.label} cannot read ${unreadable.count} of ${unreadable.total} repositories of ${ctx.settings.target.org}${named}: they are not checked.`,
            help: 'Install the GitHub App on all repositories (or add them to its selection), or widen the fine-grained token.',
          });
        }
      }
    }
    ctx.note('token', parts.join('; '));
    return findings;
  },
};
