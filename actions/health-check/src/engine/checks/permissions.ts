import type { Finding } from '../../../../../shared/core/finding.js';
import { ACTION_PERMISSIONS, type PermissionNeed } from '../../../../../shared/github/permissions.js';
import type { HealthCheck } from '../types.js';

const RANK: Record<string, number> = { read: 1, write: 2, admin: 3 };

/** Classic scopes that grant an App permission (https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps). */
function scopeGrants(need: PermissionNeed, scopes: readonly string[]): boolean {
  if (need.app === 'workflows') return scopes.includes('workflow');
  if (need.app === 'security_events') return scopes.includes('repo') || scopes.includes('security_events');
  return scopes.includes('repo');
}

/**
 * The needs of `actions` the granted permissions lack, by action. A need behind an input (`onlyWith`)
 * counts only for health-check's own inputs named in `enabled` (e.g. `re-enable` when it is on): the
 * inputs of the other actions are not known here.
 */
export function missingPermissions(
  actions: readonly string[],
  granted: { kind: 'app'; permissions: Record<string, string> } | { kind: 'scopes'; scopes: readonly string[] },
  enabled: readonly string[] = [],
): Map<string, PermissionNeed[]> {
  const out = new Map<string, PermissionNeed[]>();
  for (const action of actions) {
    const missing = (ACTION_PERMISSIONS[action] ?? []).filter((need) => {
      if (need.onlyWith && !(action === 'health-check' && enabled.includes(need.onlyWith))) return false;
      if (granted.kind === 'scopes') return !scopeGrants(need, granted.scopes);
      return (RANK[granted.permissions[need.app] ?? ''] ?? 0) < (RANK[need.access] ?? 0);
    });
    if (missing.length > 0) out.set(action, missing);
  }
  return out;
}

/**
 * Permissions: for each action asked about, what it needs (shared/github/permissions.ts)
 * against what the token has: a GitHub App installation's permissions (read with the App's JWT), or a
 * classic token's scopes. A GITHUB_TOKEN's or a fine-grained token's permissions cannot be read
 * through the API: the check says so (not checked) and lists what the workflow must grant.
 */
export const permissionsCheck: HealthCheck = {
  id: 'permissions',
  description: 'What each action needs (shared/github/permissions.ts) against what the token or App installation has.',
  phase: 1,
  async validate(ctx) {
    const actions = ctx.settings.permissionsFor;
    const probe = await ctx.probe();
    if (probe.status === 401) {
      ctx.notChecked('permissions', 'the token was rejected (see the token check)');
      return [];
    }
    const scopes = probe.headers['x-oauth-scopes'];
    const granted = ctx.grantedPermissions
      ? ({ kind: 'app', permissions: ctx.grantedPermissions } as const)
      : scopes !== undefined && ctx.token.kind === 'classic-pat'
        ? ({
            kind: 'scopes',
            scopes: scopes
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
          } as const)
        : undefined;
    if (!granted) {
      const needs = actions
        .map(
          (a) => `${a}: ${(ACTION_PERMISSIONS[a] ?? []).map((n) => `${n.workflow ?? n.app} ${n.access}`).join(', ')}`,
        )
        .join('; ');
      ctx.notChecked(
        'permissions',
        `the permissions of a ${ctx.token.label} cannot be read through the API; the workflow must grant ${needs}`,
      );
      return [];
    }
    const missing = missingPermissions(actions, granted, ctx.settings.enabledInputs ?? []);
    const findings: Finding[] = [];
    for (const [action, needs] of missing) {
      findings.push({
        ruleId: 'health/permissions/missing',
        severity: 'high',
        category: 'permissions',
        fingerprint: `${action}:${needs.map((n) => n.app).join(',')}`,
        message: `${action} needs ${needs.map((n) => `${n.app}: ${n.access} (to ${n.why})`).join(', ')}, which the ${granted.kind === 'app' ? 'App installation' : "token's scopes"} do${granted.kind === 'app' ? 'es' : ''} not grant.`,
        help:
          granted.kind === 'app'
            ? "Add the permission in the App's settings and accept it on the installation (organization settings, GitHub Apps)."
            : 'Add the scope to the token, or use a GitHub App.',
      });
    }
    ctx.note(
      'permissions',
      `${actions.length - missing.size} of ${actions.length} action${actions.length === 1 ? '' : 's'} have what they need (${granted.kind === 'app' ? 'App installation permissions' : 'classic scopes'})` +
        (missing.size > 0 ? `; missing for ${[...missing.keys()].join(', ')}` : ''),
    );
    return findings;
  },
};
