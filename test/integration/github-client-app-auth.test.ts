import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, errorStatus } from '../../shared/core/errors.js';
import { createInstallationToken } from '../../shared/github/app-auth.js';
import { createGitHubClient } from '../../shared/github/client.js';
import type { Emulator } from '../emulator/index.js';
import { emulatorAndClient, logLines } from './github-client-setup.js';

const pem = () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
};
const KEYS = pem();
const APP_ID = 4242;
const INSTALLATION = 77;

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function setup() {
  const s = await emulatorAndClient();
  emulator = s.emulator;
  s.emulator.addApp({
    id: APP_ID,
    slug: 'moko-test',
    name: 'Moko Test',
    publicKey: KEYS.publicKey,
    installations: [
      { id: INSTALLATION, account: 'moko-demo', repos: '*', permissions: { contents: 'read', metadata: 'read' } },
    ],
  });
  const names = [...s.emulator.state.repos.values()].filter((r) => !r.archived).map((r) => r.name);
  const masked: string[] = [];
  const auth = {
    appId: APP_ID,
    privateKey: KEYS.privateKey,
    logger: s.logger,
    clock: s.clock,
    mask: (secret: string) => masked.push(secret),
    client: { apiUrl: s.emulator.url, env: {} },
  };
  return { ...s, names, masked, auth };
}

describe('GitHub App authentication against the emulator', () => {
  it('signs a JWT the emulator verifies, finds the installation and gets a working, masked token', async () => {
    const { emulator, names, masked, auth, logger, clock } = await setup();
    const [name] = names as [string];
    const result = await createInstallationToken({ ...auth, installation: { owner: 'moko-demo', repo: name } });
    expect(result.installationId).toBe(INSTALLATION);
    expect(result.token).toMatch(/^ghs_[0-9a-f]{36}$/);
    expect(masked).toHaveLength(2);
    expect(masked[1]).toBe(result.token);

    const client = createGitHubClient({ token: result.token, apiUrl: emulator.url, logger, clock, env: {} });
    expect((await client.rest.repos.get({ owner: 'moko-demo', repo: name })).data.name).toBe(name);
    expect(logLines(emulator)).toEqual([
      `GET /repos/moko-demo/${name}/installation 200`,
      `POST /app/installations/${INSTALLATION}/access_tokens 201`,
      `GET /repos/moko-demo/${name} 200`,
    ]);
    expect(emulator.violations).toEqual([]);
  });

  it('narrows the token to the repositories asked for', async () => {
    const { emulator, names, auth, logger, clock } = await setup();
    const [one, other] = names as [string, string];
    const { token } = await createInstallationToken({
      ...auth,
      installation: { org: 'moko-demo' },
      repositories: [one],
      permissions: { contents: 'read' },
    });
    const client = createGitHubClient({ token, apiUrl: emulator.url, logger, clock, env: {}, retries: 0 });
    expect((await client.rest.repos.get({ owner: 'moko-demo', repo: one })).status).toBe(200);
    const refused = await client.rest.repos.get({ owner: 'moko-demo', repo: other }).catch((e: unknown) => e);
    expect(errorStatus(refused)).toBe(404);
    expect(logLines(emulator).slice(0, 2)).toEqual([
      'GET /orgs/moko-demo/installation 200',
      `POST /app/installations/${INSTALLATION}/access_tokens 201`,
    ]);
  });

  it('reports a JWT signed with the wrong key as a ConfigError', async () => {
    const { auth } = await setup();
    const error = await createInstallationToken({
      ...auth,
      privateKey: pem().privateKey,
      installation: { org: 'moko-demo' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
  });
});
