import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, leakedSecrets, makeWorkspace, runAction } from '../harness/index.js';

// What every action gets from the framework, seen from outside: the bundle run as the runner runs it.
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PRIVATE_KEY = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const APP_ID = 9001;
const INSTALLATION = 31;

let emulator: Emulator;
let repository: string;
beforeAll(async () => {
  emulator = await startEmulator({ repos: 5, seed: 7 });
  const [first] = [...emulator.state.repos.keys()];
  repository = first!;
  emulator.addApp({
    id: APP_ID,
    slug: 'moko-standards',
    name: 'Moko Standards',
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    installations: [
      {
        id: INSTALLATION,
        account: repository.split('/')[0]!,
        repos: '*',
        permissions: { contents: 'read', metadata: 'read', security_events: 'write' },
      },
    ],
  });
});
afterAll(async () => {
  await emulator.close();
  await cleanup();
});

describe('framework, end to end', () => {
  it('mints a GitHub App installation token from app-id and app-private-key and never prints the key', async () => {
    const workspace = await makeWorkspace({ 'README.md': '# demo\n' });
    const run = await runAction({
      action: 'security-scan',
      emulator,
      repository,
      workspace,
      token: 'ghs_not_used_when_an_app_is_given',
      inputs: { 'app-id': String(APP_ID), 'app-private-key': PRIVATE_KEY, upload: true, 'upload-artifacts': false },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const routes = run.requests.map((r) => `${r.method} ${r.route} ${r.status}`);
    expect(routes).toContain(`GET /repos/{owner}/{repo}/installation 200`);
    expect(routes).toContain('POST /app/installations/{installation_id}/access_tokens 201');
    expect(routes).toContain('POST /repos/{owner}/{repo}/code-scanning/sarifs 202');
    expect(run.violations).toEqual([]);
    // Masked before use: the key (when the input is parsed), the JWT and the installation token.
    expect(run.masks).toContain(PRIVATE_KEY.trim());
    expect(run.masks.length).toBeGreaterThanOrEqual(3);
    expect(leakedSecrets(run, [PRIVATE_KEY.trim()])).toEqual([]);
  });

  it('fails fast with a user error when only half of the app credentials are given', async () => {
    const run = await runAction({ action: 'security-scan', emulator, repository, inputs: { 'app-id': '12' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((a) => `${a.level}: ${a.message}`)).toContain(
      'error: security-scan: app-id and app-private-key go together: give both or neither.',
    );
  });

  it('uploads the audit log and metrics as the artifacts audit-<action>-<run>-<attempt> and metrics-…', async () => {
    const workspace = await makeWorkspace({ 'README.md': '# demo\n' });
    const run = await runAction({
      action: 'security-scan',
      emulator,
      repository,
      workspace,
      runId: 5150,
      runAttempt: 2,
    });
    expect(run.exitCode).toBe(0);
    const res = await fetch(`${emulator.url}/repos/${repository}/actions/runs/5150/artifacts`, {
      headers: { authorization: 'token ghs_emulator' },
    });
    const { artifacts } = (await res.json()) as { artifacts: { name: string }[] };
    expect(artifacts.map((a) => a.name).sort()).toEqual(['audit-security-scan-5150-2', 'metrics-security-scan-5150-2']);
  });
});
