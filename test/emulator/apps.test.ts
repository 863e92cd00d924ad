import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../shared/core/clock.js';
import { type Emulator, startEmulator } from './index.js';

const clock = manualClock(Date.UTC(2026, 0, 1));
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
let e: Emulator;

function jwt(appId: number, key = privateKey, expIn = 540): string {
  const now = Math.floor(clock.now() / 1000);
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iat: now - 60, exp: now + expIn, iss: String(appId) })}`;
  return `${unsigned}.${sign('sha256', Buffer.from(unsigned), key).toString('base64url')}`;
}

async function call(path: string, token: string, init: RequestInit = {}) {
  const res = await fetch(`${e.url}${path}`, { ...init, headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  e = await startEmulator({ repos: 6, clock, secondaryLimit: false });
  e.addApp({
    id: 77,
    slug: 'standards-bot',
    name: 'Standards Bot',
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    installations: [
      { id: 9001, account: 'moko-demo', repos: '*', permissions: { contents: 'write', metadata: 'read' } },
    ],
  });
});

afterAll(async () => {
  await e.close();
});

describe('GitHub App authentication', () => {
  it('exchanges a signed JWT for an installation token that works for one hour', async () => {
    const repo = [...e.state.repos.values()].find((r) => r.visibility === 'private')!;
    const inst = await call(`/repos/moko-demo/${repo.name}/installation`, jwt(77));
    expect(inst).toMatchObject({ status: 200, json: { id: 9001, app_id: 77 } });
    const created = await call('/app/installations/9001/access_tokens', jwt(77), {
      method: 'POST',
      body: JSON.stringify({ repositories: [repo.name] }),
    });
    expect(created.status).toBe(201);
    expect(created.json.token).toMatch(/^ghs_/);
    expect(created.json.expires_at).toBe('2026-01-01T01:00:00Z');
    const token = String(created.json.token);
    expect((await call(`/repos/moko-demo/${repo.name}`, token)).status).toBe(200);
    const other = [...e.state.repos.values()].find((r) => r.visibility === 'private' && r !== repo)!;
    expect((await call(`/repos/moko-demo/${other.name}`, token)).status).toBe(404);
    clock.advance(3_600_000);
    expect(await call(`/repos/moko-demo/${repo.name}`, token)).toMatchObject({
      status: 401,
      json: { message: 'Bad credentials' },
    });
  });

  it('refuses a JWT with a wrong signature, an unknown app, an expiry too far ahead, and repository calls', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    expect(await call('/app', jwt(77, other))).toMatchObject({
      status: 401,
      json: { message: 'A JSON web token could not be decoded' },
    });
    expect(await call('/app', jwt(5))).toMatchObject({ status: 401, json: { message: 'Integration not found' } });
    expect((await call('/app', jwt(77, privateKey, 3600))).status).toBe(401);
    expect(await call('/app', jwt(77))).toMatchObject({ status: 200, json: { id: 77, slug: 'standards-bot' } });
    expect((await call('/orgs/moko-demo/installation', jwt(77))).json.id).toBe(9001);
    expect((await call('/orgs/moko-demo', jwt(77))).status).toBe(403);
    expect(
      (
        await call('/app/installations/9001/access_tokens', jwt(77), {
          method: 'POST',
          body: JSON.stringify({ permissions: { administration: 'write' } }),
        })
      ).status,
    ).toBe(422);
  });
});
