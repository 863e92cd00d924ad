import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from './index.js';
import { SEED_CRONS } from './seed-schedules.js';
import { fireSchedules, workflowTriggers } from './workflow-registry.js';

const HOURLY =
  "name: Hourly\non:\n  schedule:\n    - cron: '0 * * * *'\n  push:\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n";

describe('workflow registry', () => {
  let emulator: Emulator;
  const auth = { authorization: 'token ghs_emulator', 'content-type': 'application/json' };
  beforeAll(async () => {
    emulator = await startEmulator({ repos: 9, seed: 5, scheduledWorkflows: true, validateResponses: true });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('reads the name, events and crons of a workflow file', () => {
    expect(workflowTriggers(HOURLY)).toEqual({ name: 'Hourly', triggers: ['schedule', 'push'], crons: ['0 * * * *'] });
    expect(workflowTriggers('on: [push, pull_request]\n')).toEqual({ triggers: ['push', 'pull_request'], crons: [] });
    expect(workflowTriggers(': not yaml: [')).toBeUndefined();
  });

  it('registers a workflow file pushed through the contents API, with its triggers, as GitHub does', async () => {
    const repo = [...emulator.state.repos.values()].find((r) => !r.archived)!;
    const base = `${emulator.url}/repos/${repo.owner}/${repo.name}`;
    const put = await fetch(`${base}/contents/.github/workflows/hourly.yml`, {
      method: 'PUT',
      headers: auth,
      body: JSON.stringify({ message: 'add hourly', content: Buffer.from(HOURLY).toString('base64') }),
    });
    expect(put.status).toBe(201);
    const list = (await (await fetch(`${base}/actions/workflows`, { headers: auth })).json()) as {
      workflows: { id: number; name: string; path: string; state: string }[];
    };
    const hourly = list.workflows.find((w) => w.path === '.github/workflows/hourly.yml');
    expect(hourly).toMatchObject({ name: 'Hourly', state: 'active' });
    const record = repo.workflows.find((w) => w.id === hourly!.id)!;
    expect(record.crons).toEqual(['0 * * * *']);
    // A file outside .github/workflows/ is not a workflow.
    await fetch(`${base}/contents/docs/hourly.yml`, {
      method: 'PUT',
      headers: auth,
      body: JSON.stringify({ message: 'doc', content: Buffer.from(HOURLY).toString('base64') }),
    });
    expect(repo.workflows.filter((w) => w.path.endsWith('hourly.yml'))).toHaveLength(1);
    // Fired over three hours from its creation: three schedule runs, listed newest first.
    const created = Date.parse(record.created_at);
    const mine = <R extends { workflow_id: number }>(runs: R[]) => runs.filter((r) => r.workflow_id === hourly!.id);
    const made = mine(fireSchedules(emulator.state, repo, created, created + 3 * 3_600_000));
    expect(made).toHaveLength(3);
    const runs = (await (
      await fetch(`${base}/actions/workflows/${hourly!.id}/runs?event=schedule`, { headers: auth })
    ).json()) as { workflow_runs: { event: string; id: number }[] };
    expect(runs.workflow_runs.map((r) => r.id)).toEqual(made.map((r) => r.id).reverse());
    // Disabled through the API, it no longer fires; enabled again, it does.
    expect(
      (await fetch(`${base}/actions/workflows/${hourly!.id}/disable`, { method: 'PUT', headers: auth })).status,
    ).toBe(204);
    expect(mine(fireSchedules(emulator.state, repo, created + 3 * 3_600_000, created + 5 * 3_600_000))).toHaveLength(0);
    expect(
      (await fetch(`${base}/actions/workflows/${hourly!.id}/enable`, { method: 'PUT', headers: auth })).status,
    ).toBe(204);
    expect(mine(fireSchedules(emulator.state, repo, created + 5 * 3_600_000, created + 6 * 3_600_000))).toHaveLength(1);
    expect(emulator.violations).toEqual([]);
  });

  it('generates scheduled workflows with their runs on every third repository, some disabled for inactivity', () => {
    const repos = [...emulator.state.repos.values()];
    const scheduled = repos.flatMap((r) => r.workflows.filter((w) => w.path === '.github/workflows/scheduled.yml'));
    expect(scheduled.length).toBeGreaterThanOrEqual(2);
    for (const w of scheduled) expect([...SEED_CRONS] as string[]).toContain(w.crons?.[0] ?? '');
    const withFile = repos.filter((r) => r.workflows.some((w) => w.path === '.github/workflows/scheduled.yml'));
    for (const r of withFile) {
      const git = emulator.state.git(r);
      expect(
        git.lookup(git.refs.get(`refs/heads/${r.default_branch}`) ?? '', '.github/workflows/scheduled.yml'),
      ).toBeTruthy();
      expect(r.runs.some((run) => run.event === 'schedule')).toBe(true);
    }
  });
});
