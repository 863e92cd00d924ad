/**
 * What kind of token a run uses, told by its prefix
 * (https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/).
 * Only the prefix is read; the token itself is never logged or stored.
 */
export type TokenKind =
  | 'classic-pat'
  | 'fine-grained-pat'
  | 'installation'
  | 'app-installation'
  | 'oauth'
  | 'user-to-server'
  | 'unknown';

/** The kind of the run's token and how it was obtained. */
export interface TokenInfo {
  kind: TokenKind;
  /** Human description for the summary. */
  label: string;
}

const LABELS: Record<TokenKind, string> = {
  'classic-pat': 'classic personal access token',
  'fine-grained-pat': 'fine-grained personal access token',
  installation: 'GITHUB_TOKEN or a GitHub App installation token',
  'app-installation': 'GitHub App installation token (app-id)',
  oauth: 'OAuth app token',
  'user-to-server': 'GitHub App user-to-server token',
  unknown: 'token of an unknown format',
};

/** Classifies a token by its prefix; `fromApp` when the framework minted it from app-id/app-private-key. */
export function tokenInfo(token: string | undefined, fromApp: boolean): TokenInfo {
  let kind: TokenKind = 'unknown';
  if (fromApp) kind = 'app-installation';
  else if (token?.startsWith('github_pat_')) kind = 'fine-grained-pat';
  else if (token?.startsWith('ghp_')) kind = 'classic-pat';
  else if (token?.startsWith('ghs_')) kind = 'installation';
  else if (token?.startsWith('gho_')) kind = 'oauth';
  else if (token?.startsWith('ghu_')) kind = 'user-to-server';
  return { kind, label: LABELS[kind] };
}

/**
 * Classic scopes that reach far beyond what an automation needs: organization administration,
 * deleting repositories or packages, hooks and keys, enterprise and site administration
 * (https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps#available-scopes).
 */
export const BROAD_SCOPES: readonly string[] = [
  'admin:enterprise',
  'admin:gpg_key',
  'admin:org',
  'admin:org_hook',
  'admin:public_key',
  'admin:repo_hook',
  'admin:ssh_signing_key',
  'delete:packages',
  'delete_repo',
  'site_admin',
];

/** Scopes of the `x-oauth-scopes` header (comma-separated; absent for fine-grained and installation tokens). */
export function parseScopes(header: string | undefined): string[] | undefined {
  if (header === undefined) return undefined;
  return header
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The over-broad scopes among `scopes`, sorted. */
export function broadScopes(scopes: readonly string[]): string[] {
  return scopes.filter((s) => BROAD_SCOPES.includes(s)).sort();
}

/**
 * The `github-authentication-token-expiration` header ("2026-12-01 10:00:00 UTC"), sent for tokens that
 * expire (https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api#token-expiration), as epoch ms.
 */
export function parseExpiration(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*(UTC|[+-]\d{2}:?\d{2}|Z)?$/.exec(header.trim());
  if (!m) return undefined;
  const zone = !m[3] || m[3] === 'UTC' || m[3] === 'Z' ? 'Z' : m[3];
  const ms = Date.parse(`${m[1]}T${m[2]}${zone}`);
  return Number.isNaN(ms) ? undefined : ms;
}
