/**
 * The release step of .github/workflows/self-release.yml, run through the harness against the emulator
 * with exactly the inputs the workflow passes for a dispatch: the first release of this repository
 * creates v3.0.0 (changelog commit, annotated tag, GitHub release) and the floating v3 that `@v3`
 * users resolve; the dispatch defaults are a dry run that writes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, REPO_ROOT, runAction } from '../harness/index.js';
import { seedCommits, tagCommit, WRITES } from './release-helpers.js';

type Scalar = string | number | boolean;
const workflow = parse(readFileSync(join(REPO_ROOT, '.github', 'workflows', 'self-release.yml'), 'utf8'));
const step = workflow.jobs.release.steps.find((s: { uses?: string }) => s.uses === './actions/release');
const dispatchInputs: Record<string, { default?: Scalar }> = workflow.on.workflow_dispatch.inputs;

/**
 * The step's `with:` as the runner evaluates it for a dispatch: `inputs.*` from the form (defaults for
 * what is not given), `secrets.*` empty (no App configured). Any other expression fails the test.
 */
function stepInputs(form: Record<string, Scalar>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [name, value] of Object.entries<Scalar>(step.with)) {
    const m = typeof value === 'string' ? /^\$\{\{ (inputs|secrets)\.([A-Za-z0-9_-]+) \}\}$/.exec(value) : null;
    if (typeof value === 'string' && value.includes('${{') && !m) throw new Error(`cannot evaluate ${value}`);
    if (!m) out[name] = value;
    else if (m[1] === 'inputs') out[name] = form[m[2]!] ?? dispatchInputs[m[2]!]?.default ?? '';
    else out[name] = '';
  }
  return out;
}

let em: Emulator;
let owner: string;
let repo: string;
let head: string;

beforeAll(async () => {
  em = await startEmulator({ repos: 1, seed: 3, secondaryLimit: false });
  const first = [...em.state.repos.values()][0]!;
  owner = first.owner;
  repo = first.name;
  first.immutableReleases = false;
  const git = em.state.git(first);
  const ref = `refs/heads/${first.default_branch}`;
  const who = { name: 'dev', email: 'dev@moko.test', date: '2026-11-30T10:00:00Z' };
  const changelog = readFileSync(join(REPO_ROOT, 'CHANGELOG.md'));
  git.refs.set(
    ref,
    git.commitChanges(git.refs.get(ref), [{ path: 'CHANGELOG.md', data: changelog }], {
      message: 'docs: changelog',
      author: who,
      committer: who,
    }),
  );
  head = seedCommits(em, owner, repo, [
    'feat: reusable workflows for every action',
    'feat(templates): starter workflows call the reusable workflows at @v3',
    'fix: stop only the processes the tests started',
  ]).at(-1)!;
});
afterAll(async () => {
  await em?.close();
  await cleanup();
});

const run = (inputs: Record<string, Scalar>) =>
  runAction({
    action: 'release',
    emulator: em,
    repository: `${owner}/${repo}`,
    sha: head,
    ref: `refs/heads/${em.state.repo(owner, repo)!.default_branch}`,
    event: { name: 'workflow_dispatch', payload: { inputs } },
    inputs: stepInputs(inputs),
  });

describe('self-release.yml, release step', () => {
  it('passes the release action the changelog file and the major tag, from the dispatch form', () => {
    expect(stepInputs({ version: '3.0.0', 'dry-run': false })).toMatchObject({
      version: '3.0.0',
      'dry-run': false,
      'changelog-file': 'CHANGELOG.md',
      'major-tag': true,
    });
  });

  it('dispatched with the defaults: a dry run that writes nothing', async () => {
    const r = await run({});
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs.released).toBe('false');
    // Any REST write, or a GraphQL document that is not a plain `repository` read.
    const writes = r.requests.filter(
      (q) => WRITES.has(q.method) && !q.graphql?.rootFields?.every((f) => f === 'repository'),
    );
    expect(writes).toEqual([]);
    expect(tagCommit(em, owner, repo, 'v3')).toBeUndefined();
  });

  it('dispatched with version 3.0.0: creates v3.0.0 and v3, the release and the changelog entry', async () => {
    const r = await run({ version: '3.0.0', 'dry-run': false });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ released: 'true', version: '3.0.0', tag: 'v3.0.0', 'major-tag': 'v3' });
    const git = em.state.git(em.state.repo(owner, repo)!);
    const main = git.refs.get(`refs/heads/${em.state.repo(owner, repo)!.default_branch}`)!;
    // The tag and v3 sit on the changelog commit made on top of the dispatched commit.
    expect(git.get(main)).toMatchObject({ type: 'commit', parents: [head] });
    expect(tagCommit(em, owner, repo, 'v3.0.0')).toBe(main);
    expect(tagCommit(em, owner, repo, 'v3')).toBe(main);
    const file = git.get(git.lookup(main, 'CHANGELOG.md')!.sha);
    const text = file?.type === 'blob' ? file.data.toString() : '';
    expect(text).toMatch(/^# Changelog\n\n## \[?3\.0\.0/);
    expect(text).toContain('reusable workflows for every action');
    expect(text).toContain('## Before 3.0.0');
    const releases = em.state.repo(owner, repo)!.releases;
    expect(releases).toMatchObject([{ tag_name: 'v3.0.0', draft: false, prerelease: false }]);
    expect(r.violations).toEqual([]);
  });
});
