import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, runAction } from '../harness/index.js';
import { bulkReport, bulkWorkspace, ORG, targetNames, writesOf } from './bulk-update-helpers.js';

let em: Emulator;
beforeAll(async () => {
  em = await startEmulator({ repos: 6, seed: 5, secondaryLimit: false });
});
afterEach(() => em.reset());
afterAll(async () => {
  await em.close();
  await cleanup();
});

const pacing = { perMinute: 6000, perHour: 100000 };
const run = async (config: object, inputs: Record<string, string | boolean> = {}) =>
  runAction({
    action: 'bulk-update',
    emulator: em,
    workspace: await bulkWorkspace(config),
    repository: `${ORG}/standards`,
    inputs,
  });

function addBranch(name: string, branch: string, date: string): void {
  const repo = em.state.repo(ORG, name)!;
  const git = em.state.git(repo);
  const base = git.resolveCommit(repo.default_branch)!;
  const who = { name: 'dev', email: 'dev@moko.test', date };
  const sha = git.commitChanges(base, [{ path: `${branch}.txt`, data: Buffer.from(branch) }], {
    message: branch,
    author: who,
    committer: who,
  });
  git.refs.set(`refs/heads/${branch}`, sha);
}

describe('bulk-update operations end to end', () => {
  it('labels: creates and updates only what differs; a second run writes nothing', async () => {
    const names = targetNames(em, 2);
    const repo = em.state.repo(ORG, names[0]!)!;
    const bug = repo.labels.find((l) => l.name === 'bug');
    const config = {
      selection: { names },
      operations: [
        {
          type: 'labels',
          labels: [
            { name: 'bug', color: '#b60205', description: 'Broken' },
            { name: 'standards', color: '0e8a16' },
          ],
        },
      ],
      pacing,
    };
    const r = await run(config);
    expect(r.conclusion, r.stderr + r.stdout).toBe('success');
    expect(r.outputs.updated).toBe('2');
    expect(repo.labels.find((l) => l.name === 'standards')?.color).toBe('0e8a16');
    expect(repo.labels.find((l) => l.name === 'bug')).toMatchObject({
      color: 'b60205',
      description: 'Broken',
      id: bug?.id,
    });
    const again = await run(config);
    expect(again.outputs).toMatchObject({ updated: '0', unchanged: '2' });
    expect(writesOf(again.requests)).toEqual([]);
    expect(r.violations).toEqual([]);
  });

  it('settings: one PATCH with only the differences', async () => {
    const names = targetNames(em, 2);
    em.state.repo(ORG, names[1]!)!.settings.delete_branch_on_merge = true;
    const config = {
      selection: { names },
      operations: [{ type: 'settings', settings: { delete_branch_on_merge: true, allow_merge_commit: false } }],
      pacing,
    };
    const r = await run(config);
    expect(r.outputs.updated).toBe('2');
    const patches = r.requests.filter((q) => q.method === 'PATCH');
    expect(patches).toHaveLength(2);
    for (const n of names)
      expect(em.state.repo(ORG, n)!.settings).toMatchObject({
        delete_branch_on_merge: true,
        allow_merge_commit: false,
      });
    const again = await run(config);
    expect(again.outputs).toMatchObject({ updated: '0', unchanged: '2' });
  });

  it('stale-branches: deletes old branches; keeps default, protected, fresh and open-PR branches', async () => {
    const [name] = targetNames(em, 1);
    const repo = em.state.repo(ORG, name!)!;
    addBranch(name!, 'ancient', '2024-01-01T00:00:00Z');
    addBranch(name!, 'guarded', '2024-01-01T00:00:00Z');
    addBranch(name!, 'fresh', new Date(Date.now() - 86_400_000).toISOString());
    addBranch(name!, 'in-review', '2024-01-01T00:00:00Z');
    repo.protections.set('guarded', { required_status_checks: null });
    const pr = await fetch(`${em.url}/repos/${ORG}/${name}/pulls`, {
      method: 'POST',
      headers: { authorization: 'token ghs_emulator', 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'WIP', head: 'in-review', base: repo.default_branch }),
    });
    expect(pr.status).toBe(201);
    const r = await run({
      selection: { names: [name] },
      operations: [{ type: 'stale-branches', olderThanDays: 90, merged: true }],
      pacing,
    });
    expect(r.conclusion, r.stderr + r.stdout).toBe('success');
    const refs = [...em.state.git(repo).refs.keys()];
    expect(refs).not.toContain('refs/heads/ancient');
    expect(refs).toContain('refs/heads/guarded');
    expect(refs).toContain('refs/heads/fresh');
    expect(refs).toContain('refs/heads/in-review');
    expect(refs).toContain(`refs/heads/${repo.default_branch}`);
    expect(
      bulkReport(r.outputs).repositories[0]!.changes.some((c) => c.startsWith('- branch ancient (untouched')),
    ).toBe(true);
  });

  it('projects: creates the organization project once and links every repository', async () => {
    const names = targetNames(em, 3);
    const r = await run({
      selection: { names },
      operations: [{ type: 'projects', title: 'Standards rollout' }],
      pacing,
    });
    expect(r.conclusion, r.stderr + r.stdout).toBe('success');
    const projects = em.state.org(ORG)!.projects.filter((p) => p.title === 'Standards rollout');
    expect(projects).toHaveLength(1);
    expect(projects[0]!.repositories.sort()).toEqual(names.map((n) => em.state.repo(ORG, n)!.id).sort());
    const again = await run({
      selection: { names },
      operations: [{ type: 'projects', title: 'Standards rollout' }],
      pacing,
    });
    expect(again.outputs).toMatchObject({ updated: '0', unchanged: '3' });
  });
});
