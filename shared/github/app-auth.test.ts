import { generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, PermissionError } from '../core/errors.js';
import { recordingLogger } from '../../test/support/fakes/recording-logger.js';
import { manualClock } from '../core/clock.js';
import { createAppJwt, createInstallationToken } from './app-auth.js';
import { type ScriptedStep, scriptedFetch } from '../../test/support/fakes/scripted-fetch.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PEM = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const NOW = Date.UTC(2026, 10, 26, 1, 0, 0);

function decode(jwt: string) {
  const [header, payload, signature] = jwt.split('.');
  return {
    header: JSON.parse(Buffer.from(header ?? '', 'base64url').toString()),
    payload: JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()),
    valid: verify('sha256', Buffer.from(`${header}.${payload}`), publicKey, Buffer.from(signature ?? '', 'base64url')),
  };
}

function setup(steps: ScriptedStep[]) {
  const script = scriptedFetch(steps);
  const masked: string[] = [];
  const base = {
    appId: 12345,
    privateKey: PEM,
    logger: recordingLogger(),
    clock: manualClock(NOW),
    mask: (s: string) => masked.push(s),
    client: { apiUrl: 'https://api.test', fetch: script.fetch, env: {}, retries: 0 },
  };
  return { script, masked, base };
}

describe('createAppJwt', () => {
  it('signs RS256 with iat backdated 60 s and exp within ten minutes', () => {
    const jwt = decode(createAppJwt(12345, PEM, manualClock(NOW)));
    expect(jwt.header).toEqual({ alg: 'RS256', typ: 'JWT' });
    expect(jwt.payload).toEqual({ iat: NOW / 1000 - 60, exp: NOW / 1000 + 540, iss: '12345' });
    expect(jwt.valid).toBe(true);
  });

  it('accepts PKCS#8 keys and keys with literal \\n escapes', () => {
    const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(decode(createAppJwt(1, pkcs8, manualClock(NOW))).valid).toBe(true);
    expect(decode(createAppJwt(1, PEM.replace(/\n/g, '\\n'), manualClock(NOW))).valid).toBe(true);
  });

  it('rejects a key that is not PEM with a ConfigError', () => {
    expect(() => createAppJwt(1, 'not a key')).toThrow(ConfigError);
  });
});

describe('createInstallationToken', () => {
  const token = { status: 201, body: { token: 'ghs_installation', expires_at: '2026-11-26T02:00:00Z' } };

  it('finds the repository installation, creates a token with the JWT and masks both', async () => {
    const { script, masked, base } = setup([{ status: 200, body: { id: 42 } }, token]);
    const result = await createInstallationToken({ ...base, installation: { owner: 'o', repo: 'r' } });
    expect(result).toEqual({ token: 'ghs_installation', expiresAt: '2026-11-26T02:00:00Z', installationId: 42 });
    expect(script.lines()).toEqual([
      'GET https://api.test/repos/o/r/installation',
      'POST https://api.test/app/installations/42/access_tokens',
    ]);
    const auth = script.log[0]?.headers.authorization ?? '';
    expect(auth).toMatch(/^bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    expect(decode(auth.slice('bearer '.length)).valid).toBe(true);
    expect(masked).toEqual([auth.slice('bearer '.length), 'ghs_installation']);
  });

  it('looks up an organization installation and narrows the token', async () => {
    const { script, base } = setup([{ status: 200, body: { id: 7 } }, token]);
    await createInstallationToken({
      ...base,
      installation: { org: 'acme' },
      repositories: ['r'],
      permissions: { contents: 'read' },
    });
    expect(script.lines()).toEqual([
      'GET https://api.test/orgs/acme/installation',
      'POST https://api.test/app/installations/7/access_tokens',
    ]);
    expect(JSON.parse(script.log[1]?.body ?? '{}')).toEqual({ repositories: ['r'], permissions: { contents: 'read' } });
  });

  it('skips the lookup when the installation id is known', async () => {
    const { script, base } = setup([token]);
    await createInstallationToken({ ...base, installation: { installationId: 9 } });
    expect(script.lines()).toEqual(['POST https://api.test/app/installations/9/access_tokens']);
  });

  it('reports a missing installation as a PermissionError and a rejected JWT as a ConfigError', async () => {
    const missing = setup([{ status: 404, body: { message: 'Not Found' } }]);
    await expect(createInstallationToken({ ...missing.base, installation: { owner: 'o', repo: 'r' } })).rejects.toThrow(
      new PermissionError('GitHub App 12345 is not installed on repository o/r.'),
    );
    const rejected = setup([{ status: 401, body: { message: 'Bad credentials' } }]);
    await expect(createInstallationToken({ ...rejected.base, installation: { org: 'acme' } })).rejects.toBeInstanceOf(
      ConfigError,
    );
  });
});
