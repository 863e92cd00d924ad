import { createPrivateKey, type KeyObject, sign } from 'node:crypto';
import { ConfigError, errorMessage, errorStatus, PermissionError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { type Clock, systemClock } from '../core/clock.js';
import { setSecret } from '../core/runner-commands.js';
import { createGitHubClient, type GitHubClientOptions } from './client.js';

/** Where the app is installed: a repository, an organization, or an installation id already known. */
export type InstallationTarget = { owner: string; repo: string } | { org: string } | { installationId: number };

/** Options of {@link createInstallationToken}. */
export interface AppAuthOptions {
  /** The App ID (or client ID) shown on the app's settings page. */
  appId: string | number;
  /** The app's private key, PEM (PKCS#1 as GitHub downloads it, or PKCS#8); `\n` escapes are accepted. */
  privateKey: string;
  installation: InstallationTarget;
  /** Narrow the token to these repositories (names, without owner). */
  repositories?: string[];
  /** Narrow the token to these permissions, e.g. `{ contents: 'read' }`. */
  permissions?: Record<string, string>;
  logger: Logger;
  clock?: Clock;
  /** Masks a secret in the log; default `setSecret`. */
  mask?: (secret: string) => void;
  /** Passed to the client that talks to GitHub (apiUrl, fetch, env, retries…). */
  client?: Omit<GitHubClientOptions, 'token' | 'logger' | 'clock' | 'cache'>;
}

/** An installation access token (valid one hour). */
export interface InstallationToken {
  token: string;
  expiresAt: string;
  installationId: number;
}

function privateKeyObject(pem: string): KeyObject {
  try {
    return createPrivateKey(pem.includes('\\n') ? pem.replace(/\\n/g, '\n') : pem);
  } catch (error) {
    throw new ConfigError(`The GitHub App private key is not a valid PEM key: ${errorMessage(error)}`);
  }
}

/**
 * The app's JSON Web Token, RS256-signed: `iat` 60 s in the past against clock drift and `exp`
 * nine minutes ahead, inside GitHub's ten-minute maximum
 * (https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-a-json-web-token-jwt-for-a-github-app).
 */
export function createAppJwt(appId: string | number, privateKey: string, clock: Clock = systemClock): string {
  const now = Math.floor(clock.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iat: now - 60, exp: now + 9 * 60, iss: String(appId) })}`;
  const signature = sign('sha256', Buffer.from(unsigned), privateKeyObject(privateKey)).toString('base64url');
  return `${unsigned}.${signature}`;
}

function describe(target: InstallationTarget): string {
  if ('installationId' in target) return `installation ${target.installationId}`;
  return 'org' in target ? `organization ${target.org}` : `repository ${target.owner}/${target.repo}`;
}

/**
 * GitHub App authentication: JWT → installation (by repository or organization) → installation
 * access token, masked in the log before it is returned
 * (https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation).
 */
export async function createInstallationToken(opts: AppAuthOptions): Promise<InstallationToken> {
  const clock = opts.clock ?? systemClock;
  const mask = opts.mask ?? setSecret;
  const jwt = createAppJwt(opts.appId, opts.privateKey, clock);
  mask(jwt);
  // A JWT (three dot-separated parts) is sent as `Authorization: bearer …` by Octokit's token auth.
  const app = createGitHubClient({ ...opts.client, token: jwt, logger: opts.logger, clock, cache: false });
  const target = opts.installation;
  const where = describe(target);
  try {
    let installationId: number;
    if ('installationId' in target) installationId = target.installationId;
    else if ('org' in target) installationId = (await app.request('GET /orgs/{org}/installation', target)).data.id;
    else installationId = (await app.request('GET /repos/{owner}/{repo}/installation', target)).data.id;
    const body: { repositories?: string[]; permissions?: Record<string, string> } = {};
    if (opts.repositories) body.repositories = opts.repositories;
    if (opts.permissions) body.permissions = opts.permissions;
    const { data } = await app.request('POST /app/installations/{installation_id}/access_tokens', {
      installation_id: installationId,
      ...body,
    });
    mask(data.token);
    opts.logger.info(`GitHub App ${opts.appId}: installation token for ${where} expires at ${data.expires_at}.`);
    return { token: data.token, expiresAt: data.expires_at, installationId };
  } catch (error) {
    const status = errorStatus(error);
    if (status === 401) {
      throw new ConfigError(`GitHub rejected the JWT of GitHub App ${opts.appId}: check the app id and private key.`);
    }
    if (status === 404) throw new PermissionError(`GitHub App ${opts.appId} is not installed on ${where}.`);
    if (status === 403 || status === 422) {
      throw new PermissionError(`GitHub App ${opts.appId} cannot get a token for ${where}: ${errorMessage(error)}`);
    }
    throw error;
  }
}
