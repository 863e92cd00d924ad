import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBase62Crc } from '../../actions/security-scan/src/engine/checksums.js';
import { bulkWorkspace, filesConfig } from '../e2e/bulk-update-helpers.js';
import { seedCommits } from '../e2e/release-helpers.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, makeWorkspace, type RunActionOptions, runAction } from '../harness/index.js';
import { everythingWritten, findLeaks, snapshot } from './scan.js';

// Tokens, GitHub App private keys and detected secrets never appear in clear in anything an action
// writes: log, summary, annotations, outputs, files (SARIF, audit, metrics, checkpoints, archives),
// artifacts, issues, pull requests, releases, commits. Every action, on success and on failure
// (a token without access), with RUNNER_DEBUG on and off, and logged in as a GitHub App.

const hex = (n: number) => randomBytes(n).toString('hex');
const TOKEN = `ghs_${hex(18)}`;
const DENIED = `ghs_${hex(18)}`;
const APP_ID = 6161;
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PEM = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
/** The PEM's body lines: any of them in clear is the key out. */
const KEY_LINES = PEM.split('\n').filter((l) => /^[A-Za-z0-9+/=]{60,}$/.test(l));
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** A GitHub PAT with a valid checksum, planted in the scanned workspace (the prefix is split so this file holds none). */
const PLANTED = `${'gh'}${'p_'}${withBase62Crc(Array.from(randomBytes(30), (b) => ALNUM[b % 62]).join(''))}`;

let em: Emulator;
let caller: string;
let targets: string[];
beforeAll(async () => {
  em = await startEmulator({ repos: 5, seed: 33, secondaryLimit: false });
  em.addToken(TOKEN, { repos: '*', permission: 'admin', login: 'moko-bot' });
  em.addToken(DENIED, { repos: [], permission: 'read', login: 'outsider' });
  em.addApp({
    id: APP_ID,
    slug: 'moko-secrets',
    name: 'Moko Secrets',
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    installations: [
      {
        id: 6262,
        account: 'moko-demo',
        repos: '*',
        permissions: {
          contents: 'write',
          metadata: 'read',
          pull_requests: 'write',
          issues: 'write',
          actions: 'read',
          security_events: 'write',
        },
      },
    ],
  });
  const repos = em.state.reposOf('moko-demo').filter((r) => !r.archived && !r.fork);
  caller = `moko-demo/${repos[0]!.name}`;
  targets = repos.slice(1, 3).map((r) => r.name);
});
afterAll(async () => {
  await em.close();
  await cleanup();
});

type Login = 'token' | 'denied' | 'app';

async function options(action: string, login: Login): Promise<RunActionOptions> {
  const auth: Record<string, string> =
    login === 'app'
      ? { 'app-id': String(APP_ID), 'app-private-key': PEM }
      : { 'github-token': login === 'token' ? TOKEN : DENIED };
  const [owner, name] = caller.split('/') as [string, string];
  switch (action) {
    case 'bulk-update':
      return {
        workspace: await bulkWorkspace(
          filesConfig(targets, { pacing: { perMinute: 6000, perHour: 100000, concurrency: 2 } }),
        ),
        inputs: auth,
      };
    case 'release': {
      seedCommits(em, owner, name, [`feat: secrets ${hex(3)}`]);
      const repo = em.state.repo(owner, name)!;
      return { sha: em.state.git(repo).resolveCommit(repo.default_branch)!, inputs: auth };
    }
    case 'metrics-collect':
      return { inputs: { ...auth, organization: owner } };
    case 'security-scan':
      return {
        workspace: await makeWorkspace({ 'deploy.sh': `export GH_TOKEN=${PLANTED}\n` }, { git: true }),
        inputs: { ...auth, upload: true, 'fail-on': login === 'denied' ? 'high' : 'none' },
      };
    case 'health-check':
      // The emulator's App grants fewer permissions than every action needs: health-check reports that
      // (its permissions check) and would fail the step; this test is about what it writes, not the verdict.
      return { inputs: { ...auth, 'fail-on': login === 'denied' ? 'high' : 'none' } };
    default:
      return { inputs: auth };
  }
}

const ACTIONS = ['security-scan', 'bulk-update', 'release', 'metrics-collect', 'health-check', 'audit-archive'];
const CASES = ACTIONS.flatMap((action) =>
  (['token', 'denied', 'app'] as const).flatMap((login) =>
    (login === 'app' ? [true] : [false, true]).map((debug) => [action, login, debug] as const),
  ),
);

describe('no secret in anything an action writes', () => {
  it.each(CASES)(
    '%s, logged in with %s, RUNNER_DEBUG %s',
    async (action, login, debug) => {
      const opts = await options(action, login);
      const tokensBefore = new Set(em.state.tokens.keys());
      const before = opts.workspace ? snapshot(opts.workspace) : undefined;
      const run = await runAction({ action, emulator: em, repository: caller, debug, ...opts });
      const minted = [...em.state.tokens.keys()].filter((t) => !tokensBefore.has(t));
      if (login === 'app') expect(minted.length, run.stdout.slice(-2000)).toBeGreaterThan(0);
      const secrets: Record<string, string> = {
        'github-token': TOKEN,
        'denied token': DENIED,
        'detected secret': PLANTED,
        'runtime token': run.processEnv.ACTIONS_RUNTIME_TOKEN ?? '',
        ...Object.fromEntries(KEY_LINES.map((l, i) => [`private key line ${i + 1}`, l])),
        ...Object.fromEntries(minted.map((t, i) => [`installation token ${i + 1}`, t])),
      };
      expect(findLeaks(everythingWritten(run, em, before), secrets)).toEqual([]);
      // The success path really succeeded (security-scan with fail-on none despite its finding).
      if (login !== 'denied')
        expect(
          run.exitCode,
          run.stdout
            .split('\n')
            .filter((l) => l.startsWith('::error'))
            .join('\n'),
        ).toBe(0);
    },
    60_000,
  );
});

describe('the scan itself', () => {
  it('finds a secret in a zipped artifact, in gzip, and a key line escaped inside JSON', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const { gzipSync } = await import('node:zlib');
    const ws = await makeWorkspace({
      'out/archive.zip': '',
      'out/plain.txt': 'nothing here\n',
    });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${ws}/out/archive.zip`, zipSync({ 'logs/audit.jsonl': strToU8(`{"token":"${TOKEN}"}\n`) }));
    writeFileSync(`${ws}/out/sarif.gz`, gzipSync(JSON.stringify({ key: PEM })));
    const run = { stdout: '', stderr: '', summary: '', annotations: [], outputs: {}, workspace: ws, tempDir: ws };
    const leaks = findLeaks(everythingWritten(run as never, em), { token: TOKEN, 'key line 1': KEY_LINES[0]! });
    expect(leaks).toEqual(
      expect.arrayContaining([
        'token @ workspace/out/archive.zip!logs/audit.jsonl',
        'key line 1 @ workspace/out/sarif.gz!gunzip',
      ]),
    );
  });
});
