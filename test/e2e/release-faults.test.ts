import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, type HarnessEmulator, runAction } from '../harness/index.js';
import {
  errorLines,
  failingProxy,
  fileAt,
  releaseRepo,
  repoState,
  seedCommits,
  tagCommit,
  WRITES,
} from './release-helpers.js';

// A fault injected at every write of a release in turn, with and without changelog-file: after each
// failure the repository is exactly as before (refs and releases compared whole), and a re-run
// releases exactly once.

let em: Emulator;
beforeAll(async () => {
  em = await startEmulator({ repos: 4, seed: 12, secondaryLimit: false });
});
afterAll(async () => {
  await em.close();
  await cleanup();
});

interface Repo {
  owner: string;
  repo: string;
  branch: string;
}
const run = (r: Repo, sha: string, inputs: Record<string, string | boolean> = {}, emulator: HarnessEmulator = em) =>
  runAction({
    action: 'release',
    emulator,
    repository: `${r.owner}/${r.repo}`,
    sha,
    ref: `refs/heads/${r.branch}`,
    inputs,
  });
const writes = (x: { requests: { method: string; graphql?: { rootFields?: string[] } }[] }) =>
  x.requests.filter((q) => WRITES.has(q.method) && !q.graphql?.rootFields?.every((f) => f === 'repository')).length;

/** Every write of a release, in order; `commit` ones happen only with changelog-file. */
const STEPS: { name: string; method: string; path: RegExp; commit?: boolean }[] = [
  { name: 'the release commit tree', method: 'POST', path: /\/git\/trees$/, commit: true },
  { name: 'the release commit', method: 'POST', path: /\/git\/commits$/, commit: true },
  { name: 'the tag object', method: 'POST', path: /\/git\/tags$/ },
  { name: 'the tag ref', method: 'POST', path: /\/git\/refs$/ },
  { name: 'the draft release', method: 'POST', path: /\/releases$/ },
  { name: 'the major tag move', method: 'PATCH', path: /\/git\/refs\/tags\/v1$/ },
  { name: 'the fast-forward', method: 'PATCH', path: /\/git\/refs\/heads\/[^/]+$/, commit: true },
  { name: 'publishing', method: 'PATCH', path: /\/releases\/\d+$/ },
];

/** After a successful release of `fix` (commit `c`): one published release, tags and branch where they belong. */
function expectReleasedOnce(r: Repo, c: string, tag: string, withFile: boolean): void {
  const state = repoState(em, r.owner, r.repo);
  expect(state.releases.filter((x) => x.tag === tag)).toMatchObject([{ draft: false }]);
  const git = em.state.git(em.state.repo(r.owner, r.repo)!);
  const head = git.refs.get(`refs/heads/${r.branch}`)!;
  if (withFile) {
    expect(git.get(head)).toMatchObject({ type: 'commit', parents: [c], verified: true });
    expect(fileAt(em, r.owner, r.repo, head, 'CHANGELOG.md')).toContain(`## [${tag.slice(1)}]`);
  } else {
    expect(head).toBe(c);
  }
  expect(tagCommit(em, r.owner, r.repo, tag)).toBe(head);
  expect(tagCommit(em, r.owner, r.repo, 'v1')).toBe(head);
}

describe.each([
  { mode: 'without changelog-file', index: 0, inputs: {} as Record<string, string>, withFile: false },
  { mode: 'with changelog-file', index: 1, inputs: { 'changelog-file': 'CHANGELOG.md' }, withFile: true },
])('a fault at each write, $mode', ({ index, inputs, withFile }) => {
  let r: Repo;
  beforeAll(() => {
    r = releaseRepo(em, index);
  });

  for (const [i, step] of STEPS.filter((s) => withFile || !s.commit).entries()) {
    it(`at ${step.name}: nothing is left behind, and a re-run releases exactly once`, async () => {
      const [c] = seedCommits(em, r.owner, r.repo, [`fix: problem ${i}`]);
      const before = repoState(em, r.owner, r.repo);
      const proxy = await failingProxy(
        em,
        (method, path) => method === step.method && step.path.test(path.split('?')[0]!),
      );
      try {
        const failed = await run(r, c!, inputs, proxy.emulator);
        expect(failed.exitCode).toBe(1);
        expect(errorLines(failed.stdout)).toMatch(/release v1\.0\.\d+ failed: .*injected by the test.*; rolled back/);
      } finally {
        await proxy.close();
      }
      expect(repoState(em, r.owner, r.repo)).toEqual(before);

      const again = await run(r, c!, inputs);
      expect(again.exitCode, errorLines(again.stdout)).toBe(0);
      expect(again.outputs.released).toBe('true');
      expectReleasedOnce(r, c!, again.outputs.tag!, withFile);
      expect(again.violations).toEqual([]);

      const third = await run(r, c!, inputs);
      expect(third.exitCode, errorLines(third.stdout)).toBe(0);
      expect(third.outputs).toMatchObject({ released: 'false', tag: again.outputs.tag });
      expect(writes(third)).toBe(0);
    });
  }
});

describe('a branch that may not be forced back (protection without force pushes)', () => {
  let r: Repo;
  beforeAll(() => {
    r = releaseRepo(em, 2);
    em.state.repo(r.owner, r.repo)!.protections.set(r.branch, { allow_force_pushes: false });
  });

  it('a fault at the fast-forward still undoes everything (no force needed)', async () => {
    const [c] = seedCommits(em, r.owner, r.repo, ['fix: before the point of no return']);
    const before = repoState(em, r.owner, r.repo);
    const proxy = await failingProxy(em, (m, p) => m === 'PATCH' && /\/git\/refs\/heads\//.test(p));
    try {
      const failed = await run(r, c!, { 'changelog-file': 'CHANGELOG.md' }, proxy.emulator);
      expect(failed.exitCode).toBe(1);
    } finally {
      await proxy.close();
    }
    expect(repoState(em, r.owner, r.repo)).toEqual(before);
    const again = await run(r, c!, { 'changelog-file': 'CHANGELOG.md' });
    expect(again.exitCode, errorLines(again.stdout)).toBe(0);
    expectReleasedOnce(r, c!, again.outputs.tag!, true);
  });

  it('a fault at publishing, after the fast-forward, is completed by the re-run, never force-pushed back', async () => {
    const [c] = seedCommits(em, r.owner, r.repo, ['fix: after the point of no return']);
    const proxy = await failingProxy(em, (m, p) => m === 'PATCH' && /\/releases\/\d+$/.test(p.split('?')[0]!));
    let tag: string;
    try {
      const failed = await run(r, c!, { 'changelog-file': 'CHANGELOG.md' }, proxy.emulator);
      expect(failed.exitCode).toBe(1);
      expect(errorLines(failed.stdout)).toContain(
        'Re-run the job: it publishes this release and writes nothing twice.',
      );
      // One branch update only: the fast-forward; nothing moved it back.
      expect(
        failed.requests.filter((q) => q.method === 'PATCH' && decodeURIComponent(q.path).includes('/git/refs/heads/')),
      ).toHaveLength(1);
      tag = /release (v[\d.]+):/.exec(errorLines(failed.stdout))![1]!;
    } finally {
      await proxy.close();
    }
    expect(repoState(em, r.owner, r.repo).releases.filter((x) => x.tag === tag)).toMatchObject([{ draft: true }]);
    const again = await run(r, c!, { 'changelog-file': 'CHANGELOG.md' });
    expect(again.exitCode, errorLines(again.stdout)).toBe(0);
    expect(again.outputs).toMatchObject({ released: 'true', tag });
    expect(again.stdout).toContain(`complete the unfinished ${tag}`);
    expectReleasedOnce(r, c!, tag, true);
  });
});
