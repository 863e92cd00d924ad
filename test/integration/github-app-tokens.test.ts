import { systemClock } from '../../shared/core/clock.js';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defineAction } from '../../shared/action/define-action.js';
import { type ExecutionIo, executeAction } from '../../shared/action/execute.js';
import { errorStatus } from '../../shared/core/errors.js';
import { recordingLogger } from '../support/fakes/recording-logger.js';
import { createGitHubClient } from '../../shared/github/client.js';
import { appTokenSource } from '../../shared/github/token-source.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { emptyRepoActivity, type RepoRecord } from '../emulator/model.js';
import { emulatorAndClient, logLines } from './github-client-setup.js';

// Known defects (issue 15): a user-owned repository's installation was looked up as an
// organization's (404), and installation tokens were never renewed after their hour.

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const KEY = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const APP_ID = 5151;

let emulator: Emulator | undefined;
const savedEnv = { ...process.env };
afterEach(async () => {
  process.env = { ...savedEnv };
  await emulator?.close();
  emulator = undefined;
});

function addApp(e: Emulator, account: string, installationId: number): void {
  e.addApp({
    id: APP_ID,
    slug: 'moko-refresh',
    name: 'Moko Refresh',
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    installations: [{ id: installationId, account, repos: '*', permissions: { contents: 'write', metadata: 'read' } }],
  });
}

/** A repository owned by a user account (the generator builds organizations only). */
function addUserRepo(e: Emulator, owner: string, name: string): void {
  const id = e.state.nextId();
  const now = e.state.now();
  const repo: RepoRecord = {
    id,
    node_id: e.state.nodeId('R', id),
    owner,
    name,
    description: null,
    visibility: 'private',
    topics: [],
    archived: false,
    fork: false,
    default_branch: 'main',
    language: null,
    created_at: now,
    updated_at: now,
    pushed_at: now,
    custom_properties: {},
    settings: {},
    ...emptyRepoActivity(),
    labels: [],
    immutableReleases: false,
  };
  e.state.account(owner);
  e.state.addRepo(repo);
}

const readsRepo = defineAction({
  name: 'reads-repo',
  description: 'reads the calling repository',
  inputs: {},
  outputs: { name: 'the repository name' },
  run: async (ctx) => {
    const { owner, repo } = ctx.env.repository!;
    return { outputs: { name: (await (await ctx.github()).rest.repos.get({ owner, repo })).data.full_name } };
  },
});

function io(values: Record<string, string>) {
  const failures: string[] = [];
  const outputs: Record<string, string> = {};
  const value: ExecutionIo = {
    source: (n) => values[n],
    logger: recordingLogger(),
    env: process.env,
    clock: systemClock,
    mask: () => undefined,
    setOutput: (n, v) => {
      outputs[n] = v;
    },
    writeSummary: () => undefined,
    fail: (m) => failures.push(m),
  };
  return { io: value, failures, outputs };
}

describe('GitHub App login for a repository owned by a user', () => {
  it('finds the installation through the repository and runs with its token', async () => {
    emulator = await startEmulator({ repos: 2, secondaryLimit: false });
    addUserRepo(emulator, 'octo-user', 'dotfiles');
    addApp(emulator, 'octo-user', 8181);
    const dir = mkdtempSync(join(tmpdir(), 'moko-app-user-'));
    for (const k of Object.keys(process.env)) if (/^(GITHUB|RUNNER|ACTIONS)_/.test(k)) delete process.env[k];
    Object.assign(process.env, {
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: join(dir, 'tmp'),
      GITHUB_REPOSITORY: 'octo-user/dotfiles',
      GITHUB_API_URL: emulator.url,
      GITHUB_GRAPHQL_URL: emulator.graphqlUrl,
    });
    const run = io({ 'app-id': String(APP_ID), 'app-private-key': KEY, 'upload-artifacts': 'false' });
    const report = await executeAction(readsRepo, run.io);
    expect(run.failures).toEqual([]);
    expect(report.ok).toBe(true);
    expect(run.outputs).toEqual({ name: 'octo-user/dotfiles' });
    expect(logLines(emulator)).toEqual([
      'GET /repos/octo-user/dotfiles/installation 200',
      'POST /app/installations/8181/access_tokens 201',
      'GET /repos/octo-user/dotfiles 200',
    ]);
    expect(emulator.violations).toEqual([]);
  });

  it('the emulator answers the organization lookup of a user account with 404, as GitHub does', async () => {
    emulator = await startEmulator({ repos: 2, secondaryLimit: false });
    addUserRepo(emulator, 'octo-user', 'dotfiles');
    addApp(emulator, 'octo-user', 8181);
    const { createAppJwt } = await import('../../shared/github/app-auth.js');
    const jwt = createAppJwt(APP_ID, KEY);
    const byOrg = await fetch(`${emulator.url}/orgs/octo-user/installation`, {
      headers: { authorization: `Bearer ${jwt}` },
    });
    expect(byOrg.status).toBe(404);
    const byRepo = await fetch(`${emulator.url}/repos/octo-user/dotfiles/installation`, {
      headers: { authorization: `Bearer ${jwt}` },
    });
    expect(await byRepo.json()).toMatchObject({ id: 8181, target_type: 'User', account: { login: 'octo-user' } });
  });
});

describe('installation tokens renewed before their hour runs out', () => {
  async function setup() {
    const s = await emulatorAndClient({ repos: 3, secondaryLimit: false });
    emulator = s.emulator;
    addApp(s.emulator, 'moko-demo', 9191);
    const name = [...s.emulator.state.repos.values()].find((r) => !r.archived)!.name;
    const source = await appTokenSource({
      appId: APP_ID,
      privateKey: KEY,
      installation: { owner: 'moko-demo', repo: name },
      logger: s.logger,
      clock: s.clock,
      mask: () => undefined,
      client: { apiUrl: s.emulator.url, env: {} },
    });
    const base = { apiUrl: s.emulator.url, logger: s.logger, clock: s.clock, env: {}, retries: 0 };
    return { ...s, name, source, base };
  }

  it('a fixed installation token stops working after one hour (the emulator expires it on its clock)', async () => {
    const { clock, name, source, base } = await setup();
    const fixed = createGitHubClient({ ...base, token: source.first.token, cache: false });
    expect((await fixed.rest.repos.get({ owner: 'moko-demo', repo: name })).status).toBe(200);
    clock.advance(60 * 60_000 + 1_000);
    const refused = await fixed.rest.repos.get({ owner: 'moko-demo', repo: name }).catch((e: unknown) => e);
    expect(errorStatus(refused)).toBe(401);
  });

  it('a client with the token source renews it five minutes before expiry and keeps working for hours', async () => {
    const { emulator: e, clock, name, source, base } = await setup();
    const client = createGitHubClient({ ...base, token: source.first.token, tokenSource: source, cache: false });
    e.requests.length = 0;
    for (let minute = 0; minute <= 180; minute += 20) {
      expect((await client.rest.repos.get({ owner: 'moko-demo', repo: name })).status).toBe(200);
      clock.advance(20 * 60_000);
    }
    const lines = logLines(e);
    // Minted at 0 (setup): renewed at 60 (55 min ≤ age), then 120, 180: one new token per hour.
    expect(lines.filter((l) => l.startsWith('POST /app/installations/9191/access_tokens 201'))).toHaveLength(3);
    expect(lines.filter((l) => l.endsWith(' 401'))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('GET /repos/'))).toHaveLength(10);
  });

  it('renews once and repeats the request when GitHub refuses the token early (revoked)', async () => {
    const { emulator: e, name, source, base } = await setup();
    const client = createGitHubClient({ ...base, token: source.first.token, tokenSource: source, cache: false });
    e.state.tokens.delete(source.first.token);
    e.requests.length = 0;
    expect((await client.rest.repos.get({ owner: 'moko-demo', repo: name })).status).toBe(200);
    expect(logLines(e)).toEqual([
      `GET /repos/moko-demo/${name} 401`,
      'POST /app/installations/9191/access_tokens 201',
      `GET /repos/moko-demo/${name} 200`,
    ]);
  });

  it('concurrent calls at expiry share one renewal', async () => {
    const { emulator: e, clock, name, source, base } = await setup();
    const client = createGitHubClient({ ...base, token: source.first.token, tokenSource: source, cache: false });
    clock.advance(58 * 60_000);
    e.requests.length = 0;
    await Promise.all(Array.from({ length: 5 }, () => client.rest.repos.get({ owner: 'moko-demo', repo: name })));
    expect(logLines(e).filter((l) => l.startsWith('POST '))).toHaveLength(1);
  });
});
