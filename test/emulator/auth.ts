import { verify } from 'node:crypto';
import type { Grant } from './model.js';
import type { EmulatorState } from './state.js';

/** Who a request is, or why GitHub would refuse it with 401. */
export type AuthResult = { ok: true; grant: Grant; bucket: string } | { ok: false; message: string };

const ANONYMOUS: Grant = { repos: [], permission: 'read', login: 'anonymous' };

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A GitHub App JWT: `iss` names a known app, `exp` lies in the future but at most ten minutes ahead, and the
 * RS256 signature verifies when the app was registered with a public key
 * (https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-github-app).
 */
function appJwt(state: EmulatorState, token: string): AuthResult | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const header = decodePart(parts[0]!);
  const claims = decodePart(parts[1]!);
  if (!header || !claims || typeof header.alg !== 'string') return undefined;
  const now = Math.floor(state.clock.now() / 1000);
  const app = state.apps.get(Number(claims.iss));
  if (!app) return { ok: false, message: 'Integration not found' };
  const exp = Number(claims.exp);
  if (!Number.isFinite(exp) || exp <= now) {
    return {
      ok: false,
      message:
        "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires",
    };
  }
  if (exp - now > 600) return { ok: false, message: "'Expiration time' claim ('exp') is too far in the future" };
  if (app.publicKey) {
    const signed = Buffer.from(`${parts[0]}.${parts[1]}`);
    const good = header.alg === 'RS256' && verify('sha256', signed, app.publicKey, Buffer.from(parts[2]!, 'base64url'));
    if (!good) return { ok: false, message: 'A JSON web token could not be decoded' };
  }
  return {
    ok: true,
    grant: { repos: [], permission: 'read', login: `${app.slug}[bot]`, appId: app.id },
    bucket: `app:${app.id}`,
  };
}

/** Resolves `Authorization: token|Bearer X` to a grant: a known token, an app JWT, or anonymous. */
export function authenticate(state: EmulatorState, header: string | undefined): AuthResult {
  if (!header) return { ok: true, grant: ANONYMOUS, bucket: 'anonymous' };
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  if (!m) return { ok: false, message: 'Bad credentials' };
  const token = m[1]!;
  const grant = state.tokens.get(token);
  if (grant) {
    if (grant.expiresAt !== undefined && grant.expiresAt <= state.clock.now())
      return { ok: false, message: 'Bad credentials' };
    return { ok: true, grant, bucket: token };
  }
  return appJwt(state, token) ?? { ok: false, message: 'Bad credentials' };
}
