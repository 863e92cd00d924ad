import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from './index.js';
import type { RepoRecord } from './model.js';

let e: Emulator;
const AUTH = { authorization: 'token ghs_emulator' };

async function call(path: string, init: RequestInit = {}) {
  const res = await fetch(`${e.url}${path}`, { ...init, headers: { ...AUTH, ...(init.headers ?? {}) } });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}

function live(i = 0): RepoRecord {
  return [...e.state.repos.values()].filter((r) => !r.archived)[i]!;
}

beforeAll(async () => {
  e = await startEmulator({ repos: 40, seed: 8, secondaryLimit: false });
});

afterAll(async () => {
  await e.close();
});

describe('REST behaviour GitHub clients rely on', () => {
  it('pages an organization through Octokit’s paginate (Link rel="next")', async () => {
    const octokit = getOctokit('ghs_emulator', { baseUrl: e.url });
    const repos = await octokit.paginate(octokit.rest.repos.listForOrg, { org: 'moko-demo', per_page: 7 });
    expect(repos.map((r) => r.name).sort()).toEqual([...e.state.repos.values()].map((r) => r.name).sort());
    expect(e.requests.filter((r) => r.operationId === 'repos/list-for-org')).toHaveLength(6);
  });

  it('filters workflow runs by created date in search syntax (range, comparison, day), and refuses a bad date', async () => {
    const repo = live(1);
    const runs = [...repo.runs].sort((a, b) => a.created_at.localeCompare(b.created_at));
    const first = runs[0]!.created_at;
    const list = async (created: string) => {
      const res = await call(`/repos/${repo.owner}/${repo.name}/actions/runs?created=${encodeURIComponent(created)}`);
      return { status: res.status, ids: ((res.json?.workflow_runs ?? []) as { id: number }[]).map((r) => r.id).sort() };
    };
    const ids = (f: (t: string) => boolean) =>
      runs
        .filter((r) => f(r.created_at))
        .map((r) => r.id)
        .sort();
    expect(await list(`${first}..${first}`)).toEqual({ status: 200, ids: ids((t) => t === first) });
    expect(await list(`>${first}`)).toEqual({ status: 200, ids: ids((t) => t > first) });
    expect(await list(`<=${first.slice(0, 10)}`)).toEqual({
      status: 200,
      ids: ids((t) => t.slice(0, 10) <= first.slice(0, 10)),
    });
    expect(await list('2000-01-01..*')).toEqual({ status: 200, ids: ids(() => true) });
    expect((await list('last week')).status).toBe(422);
  });

  it('checks the blob sha on contents updates: missing → 422, stale → 409', async () => {
    const repo = live(0);
    const path = `/repos/moko-demo/${repo.name}/contents/README.md`;
    const current = await call(path);
    const content = Buffer.from('# new\n').toString('base64');
    expect((await call(path, { method: 'PUT', body: JSON.stringify({ message: 'm', content }) })).status).toBe(422);
    expect(
      (await call(path, { method: 'PUT', body: JSON.stringify({ message: 'm', content, sha: 'f'.repeat(40) }) }))
        .status,
    ).toBe(409);
    const ok = await call(path, {
      method: 'PUT',
      body: JSON.stringify({ message: 'm', content, sha: current.json?.sha }),
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ commit: { verification: { verified: true } } });
  });

  it('keeps assets and tag of a published immutable release fixed', async () => {
    const repo = live(1);
    await call(`/repos/moko-demo/${repo.name}/immutable-releases`, { method: 'PUT' });
    const rel = await call(`/repos/moko-demo/${repo.name}/releases`, {
      method: 'POST',
      body: JSON.stringify({ tag_name: 'v2.0.0' }),
    });
    expect(rel.json).toMatchObject({ immutable: true, draft: false });
    const upload = await call(`/repos/moko-demo/${repo.name}/releases/${rel.json?.id}/assets?name=a.txt`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: 'x',
    });
    expect(upload.status).toBe(422);
    expect(upload.json).toMatchObject({ errors: [{ message: 'Cannot upload assets to an immutable release' }] });
    const tagRef = `/repos/moko-demo/${repo.name}/git/refs/tags/v2.0.0`;
    expect((await call(tagRef, { method: 'DELETE' })).status).toBe(422);
    const notes = await call(`/repos/moko-demo/${repo.name}/releases/${rel.json?.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ body: 'Notes can change' }),
    });
    expect(notes.status).toBe(200);
    const retag = await call(`/repos/moko-demo/${repo.name}/releases/${rel.json?.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ tag_name: 'v2.0.1' }),
    });
    expect(retag.status).toBe(422);
    expect(e.state.git(repo).refs.has('refs/tags/v2.0.0')).toBe(true);
    // Deleting the release frees the tag for deletion, but the name is burned for good.
    expect((await call(`/repos/moko-demo/${repo.name}/releases/${rel.json?.id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    expect((await call(tagRef, { method: 'DELETE' })).status).toBe(204);
    const again = await call(`/repos/moko-demo/${repo.name}/releases`, {
      method: 'POST',
      body: JSON.stringify({ tag_name: 'v2.0.0' }),
    });
    expect(again.json).toMatchObject({
      errors: [{ field: 'tag_name', message: 'tag_name was used by an immutable release' }],
    });
  });

  it('merges a pull request into its base and closes it', async () => {
    const repo = live(2);
    const git = e.state.git(repo);
    const base = git.refs.get(`refs/heads/${repo.default_branch}`)!;
    const head = git.commitChanges(base, [{ path: 'NEW.md', data: Buffer.from('new\n') }], {
      message: 'add',
      author: e.state.signature('moko-dev'),
    });
    git.refs.set('refs/heads/add-new', head);
    const pr = await call(`/repos/moko-demo/${repo.name}/pulls`, {
      method: 'POST',
      body: JSON.stringify({ title: 'Add', head: 'add-new', base: repo.default_branch }),
    });
    const files = await call(`/repos/moko-demo/${repo.name}/pulls/${pr.json?.number}/files`);
    expect(
      (files.json as unknown as { filename: string; status: string }[]).map((f) => [f.filename, f.status]),
    ).toEqual([['NEW.md', 'added']]);
    const merged = await call(`/repos/moko-demo/${repo.name}/pulls/${pr.json?.number}/merge`, {
      method: 'PUT',
      body: JSON.stringify({ merge_method: 'merge' }),
    });
    expect(merged.json).toMatchObject({ merged: true });
    const newBase = git.refs.get(`refs/heads/${repo.default_branch}`)!;
    expect(git.lookup(newBase, 'NEW.md')?.type).toBe('blob');
    expect((await call(`/repos/moko-demo/${repo.name}/pulls/${pr.json?.number}`)).json).toMatchObject({
      state: 'closed',
      merged: true,
    });
  });

  it('knows which accounts and teams exist: 404 for an unknown user, 422 for a reviewer who is not a collaborator', async () => {
    expect((await call('/users/alice')).status).toBe(200);
    expect((await call('/users/nobody-here')).status).toBe(404);
    expect((await call('/orgs/moko-demo/teams/platform')).json).toMatchObject({ slug: 'platform' });
    const repo = live(5);
    const git = e.state.git(repo);
    const base = git.refs.get(`refs/heads/${repo.default_branch}`)!;
    git.refs.set(
      'refs/heads/rev',
      git.commitChanges(base, [{ path: 'r.md', data: Buffer.from('r') }], {
        message: 'r',
        author: e.state.signature('moko-dev'),
      }),
    );
    const pr = await call(`/repos/moko-demo/${repo.name}/pulls`, {
      method: 'POST',
      body: JSON.stringify({ title: 'R', head: 'rev', base: repo.default_branch }),
    });
    const path = `/repos/moko-demo/${repo.name}/pulls/${pr.json?.number}/requested_reviewers`;
    const bad = await call(path, { method: 'POST', body: JSON.stringify({ reviewers: ['nobody-here'] }) });
    expect(bad.status).toBe(422);
    const good = await call(path, {
      method: 'POST',
      body: JSON.stringify({ reviewers: ['alice'], team_reviewers: ['platform'] }),
    });
    expect(good.json).toMatchObject({
      requested_reviewers: [{ login: 'alice' }],
      requested_teams: [{ slug: 'platform' }],
    });
  });

  it('records writes in the organization audit log', async () => {
    const repo = live(3);
    await call(`/repos/moko-demo/${repo.name}/actions/workflows/${repo.workflows[0]!.id}/disable`, { method: 'PUT' });
    const log = await call('/orgs/moko-demo/audit-log?phrase=action:workflows&order=desc&per_page=1');
    expect(log.json).toEqual([
      expect.objectContaining({
        action: 'workflows.disable_workflow',
        actor: 'moko-bot',
        repo: `moko-demo/${repo.name}`,
      }),
    ]);
    expect(repo.workflows[0]!.state).toBe('disabled_manually');
  });

  it('also answers GitHub Enterprise Server paths (/api/v3, /api/graphql)', async () => {
    const octokit = getOctokit('ghs_emulator', { baseUrl: `${e.url}/api/v3` });
    const { data } = await octokit.rest.orgs.get({ org: 'moko-demo' });
    expect(data.login).toBe('moko-demo');
    const gql = await fetch(`${e.url}/api/graphql`, {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify({ query: '{ viewer { login } }' }),
    });
    expect(await gql.json()).toEqual({ data: { viewer: { login: 'moko-bot' } } });
  });

  it('answers HEAD like GET without a body', async () => {
    const res = await fetch(`${e.url}/orgs/moko-demo`, { method: 'HEAD', headers: AUTH });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toMatch(/^W\/"/);
    expect(await res.text()).toBe('');
  });

  it('reset() restores the generated data set and clears the logs', async () => {
    const repo = live(4);
    await call(`/repos/moko-demo/${repo.name}/topics`, { method: 'PUT', body: JSON.stringify({ names: ['changed'] }) });
    e.reset();
    expect(e.requests).toEqual([]);
    expect(e.state.repo('moko-demo', repo.name)?.topics).not.toEqual(['changed']);
    expect(e.violations).toEqual([]);
  });
});
