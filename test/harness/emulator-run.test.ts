import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { runAction } from './run-action.js';
import { cleanup } from './workspace.js';

const fixture = (name: string) => join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures', name);

describe('runAction against the emulator', () => {
  let emulator: Emulator;
  let repository = '';
  beforeAll(async () => {
    emulator = await startEmulator({ repos: 5, seed: 7 });
    repository = [...emulator.state.repos.keys()][0] ?? '';
  });
  afterAll(async () => {
    await emulator.close();
    await cleanup();
  });

  it('reaches the emulator with the default token and records the request as GitHub routes it', async () => {
    const run = await runAction({ actionDir: fixture('api-call'), emulator, repository });
    expect(run.outputs).toEqual({ status: '200' });
    expect(run.requests).toEqual([
      {
        method: 'GET',
        path: `/repos/${repository}`,
        route: '/repos/{owner}/{repo}',
        status: 200,
        operationId: 'repos/get',
      },
    ]);
    expect(run.violations).toEqual([]);
  });

  it('passes a token input through to the API, which refuses an unknown one', async () => {
    const run = await runAction({
      actionDir: fixture('api-call'),
      emulator,
      repository,
      inputs: { 'github-token': 'ghs_nope' },
    });
    expect(run.outputs).toEqual({ status: '401' });
    expect(run.requests.map((r) => r.status)).toEqual([401]);
  });

  it('uploads an artifact with @actions/artifact to the emulator, filed under the run it was given', async () => {
    const run = await runAction({ actionDir: fixture('artifact-upload'), emulator, repository, runId: 4242 });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.id).toMatch(/^\d+$/);
    const res = await fetch(`${emulator.url}/repos/${repository}/actions/runs/4242/artifacts`, {
      headers: { authorization: 'token ghs_emulator' },
    });
    const body = (await res.json()) as { artifacts: { id: number; name: string; size_in_bytes: number }[] };
    expect(body.artifacts).toEqual([
      expect.objectContaining({
        id: Number(run.outputs.id),
        name: 'fixture-report',
        size_in_bytes: Number(run.outputs.size),
      }),
    ]);
  });

  it("defaults the calling repository to the emulator's first repository", async () => {
    const run = await runAction({ actionDir: fixture('api-call'), emulator });
    expect(run.requests.map((r) => r.path)).toEqual([`/repos/${repository}`]);
  });
});
