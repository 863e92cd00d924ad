import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, makeWorkspace, type RunActionOptions, runAction } from '../harness/index.js';
import { bulkWorkspace, filesConfig, ORG, targetNames } from './bulk-update-helpers.js';

// GitHub's refusals as the user meets them, through each bundled action: a wrong token and an
// unreachable API are the user's to fix, so they end as one ::error:: naming what to change,
// never as "failed unexpectedly" (which is kept for our bugs).

let em: Emulator;
let repository: string;
/** A loopback port nothing listens on (fetch refuses port 9 outright, before connecting). */
let closedPort: number;
beforeAll(async () => {
  em = await startEmulator({ repos: 3, seed: 5, secondaryLimit: false });
  repository = [...em.state.repos.keys()][0]!;
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closedPort = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
});
afterAll(async () => {
  await em.close();
  await cleanup();
});

/** Options that make each action call GitHub on its first step. */
const SETUPS: Record<string, () => Promise<Partial<RunActionOptions>>> = {
  'security-scan': async () => ({
    workspace: await makeWorkspace({ 'README.md': '# demo\n' }),
    inputs: { upload: true, 'fail-on': 'none', 'upload-artifacts': false },
  }),
  'bulk-update': async () => ({
    workspace: await bulkWorkspace(filesConfig(targetNames(em, 1))),
    repository: `${ORG}/standards`,
    inputs: { 'upload-artifacts': false },
  }),
  release: async () => ({ inputs: { 'dry-run': true, 'upload-artifacts': false } }),
  'metrics-collect': async () => ({ inputs: { 'upload-artifacts': false } }),
  'health-check': async () => ({ inputs: { checks: 'api, token', 'upload-artifacts': false } }),
  'audit-archive': async () => ({ inputs: { 'dry-run': true, 'upload-artifacts': false } }),
};

const errorsOf = (run: { annotations: { level: string; message: string }[] }) =>
  run.annotations.filter((a) => a.level === 'error').map((a) => a.message);

describe.each(Object.keys(SETUPS))('%s: GitHub refusals worded for the user', (action) => {
  it('a wrong token (401) names the github-token and app inputs, keeps the status, and is not a bug', async () => {
    const setup = await SETUPS[action]!();
    const run = await runAction({ action, emulator: em, repository, token: 'ghp_wrong', ...setup });
    expect(run.exitCode).toBe(1);
    const errors = errorsOf(run).join('\n');
    expect(errors, run.stdout).toMatch(/401/);
    expect(errors).toMatch(/github-token/);
    expect(errors).toMatch(/app-id/);
    expect(errors).not.toMatch(/unexpectedly/);
  });

  it('an unreachable API names the host and the error code', async () => {
    const setup = await SETUPS[action]!();
    const api = `http://127.0.0.1:${closedPort}`;
    const run = await runAction({ action, repository, apiUrl: api, graphqlUrl: `${api}/graphql`, ...setup });
    expect(run.exitCode).toBe(1);
    const errors = errorsOf(run).join('\n');
    expect(errors, run.stdout).toContain(`127.0.0.1:${closedPort}`);
    expect(errors).toMatch(/ECONNREFUSED/);
    expect(errors).not.toMatch(/unexpectedly/);
  });
});
