import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Emulator, startEmulator } from './index.js';

let e: Emulator;
let dir: string;

beforeAll(async () => {
  // @actions/core writes workflow commands (::debug::, Uploading…) straight to stdout.
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  e = await startEmulator({ repos: 5, secondaryLimit: false });
  dir = mkdtempSync(join(tmpdir(), 'emu-artifact-'));
});

afterAll(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
  await e.close();
});

describe('results service for @actions/artifact', () => {
  it('takes a real upload and lists it in the run’s REST artifacts, downloadable as the uploaded zip', async () => {
    const repo = [...e.state.repos.values()][0]!;
    const runId = 777_001;
    writeFileSync(join(dir, 'report.json'), JSON.stringify({ ok: true }));
    // @actions/artifact reads its runtime variables from process.env; vi.stubEnv undoes them afterwards.
    vi.stubEnv('ACTIONS_RUNTIME_TOKEN', e.runtimeToken(repo.owner, repo.name, runId));
    vi.stubEnv('ACTIONS_RESULTS_URL', e.resultsUrl);
    vi.stubEnv('GITHUB_SERVER_URL', 'https://github.com');
    vi.stubEnv('GITHUB_WORKSPACE', dir);
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const up = await client.uploadArtifact('scan-report', [join(dir, 'report.json')], dir);
    expect(up.id).toBeGreaterThan(0);
    expect(up.size).toBeGreaterThan(0);

    const res = await fetch(`${e.url}/repos/${repo.owner}/${repo.name}/actions/runs/${runId}/artifacts`, {
      headers: { authorization: 'token ghs_emulator' },
    });
    const body = (await res.json()) as {
      total_count: number;
      artifacts: { id: number; name: string; size_in_bytes: number; digest: string }[];
    };
    expect(body.total_count).toBe(1);
    expect(body.artifacts[0]).toMatchObject({
      id: up.id,
      name: 'scan-report',
      size_in_bytes: up.size,
      digest: `sha256:${up.digest}`,
    });

    const zip = await fetch(`${e.url}/repos/${repo.owner}/${repo.name}/actions/artifacts/${up.id}/zip`, {
      headers: { authorization: 'token ghs_emulator' },
    });
    const bytes = Buffer.from(await zip.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.length).toBe(up.size);

    const listed = await client.listArtifacts();
    expect(listed.artifacts.map((a) => a.name)).toEqual(['scan-report']);
    await expect(client.uploadArtifact('scan-report', [join(dir, 'report.json')], dir)).rejects.toThrow(
      /already exists/,
    );
    expect(e.violations).toEqual([]);
  });
});
