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

// The six failures issue 12 reproduced, each replayed through the harness, and the preflight refusals.

let em: Emulator;
beforeAll(async () => {
  em = await startEmulator({ repos: 9, seed: 31, secondaryLimit: false });
});
afterAll(async () => {
  await em.close();
  await cleanup();
});

interface Repo {
  owner: string;
  repo: string;
  branch: string;
  first: string;
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
const restWrites = (x: { requests: { method: string; path: string; graphql?: unknown }[] }) =>
  x.requests.filter((q) => WRITES.has(q.method) && !q.graphql);
const branchHead = (r: Repo) => em.state.git(em.state.repo(r.owner, r.repo)!).refs.get(`refs/heads/${r.branch}`)!;

describe('issue 12', () => {
  it('1. with changelog-file, a fault at tag creation leaves no commit on the branch and the re-run succeeds', async () => {
    const r = releaseRepo(em, 0);
    const [c] = seedCommits(em, r.owner, r.repo, ['fix: one']);
    const before = repoState(em, r.owner, r.repo);
    const proxy = await failingProxy(em, (m, p) => m === 'POST' && /\/git\/refs$/.test(p.split('?')[0]!));
    try {
      const failed = await run(r, c!, { 'changelog-file': 'CHANGELOG.md' }, proxy.emulator);
      expect(failed.exitCode).toBe(1);
    } finally {
      await proxy.close();
    }
    expect(repoState(em, r.owner, r.repo)).toEqual(before);
    expect(branchHead(r)).toBe(c);
    const again = await run(r, c!, { 'changelog-file': 'CHANGELOG.md' });
    expect(again.exitCode, errorLines(again.stdout)).toBe(0);
    expect(again.outputs).toMatchObject({ released: 'true', version: '1.0.1' });
    expect(em.state.git(em.state.repo(r.owner, r.repo)!).get(branchHead(r))).toMatchObject({ parents: [c] });
  });

  it('2. a crash right after the release commit reached the branch is completed by the re-run', async () => {
    const r = releaseRepo(em, 1);
    const [c] = seedCommits(em, r.owner, r.repo, ['fix: two']);
    const common = {
      action: 'release',
      emulator: em,
      repository: `${r.owner}/${r.repo}`,
      sha: c!,
      ref: `refs/heads/${r.branch}`,
      inputs: { 'changelog-file': 'CHANGELOG.md' },
    };
    const first = await runAction({
      ...common,
      killOn: (l: string) => l.startsWith('release step done: fast-forward'),
    });
    expect(first.signal).toBe('SIGKILL');
    const head = branchHead(r);
    expect(head).not.toBe(c);
    const again = await runAction({ ...common, tempDir: first.tempDir, runAttempt: 2 });
    expect(again.exitCode, errorLines(again.stdout)).toBe(0);
    expect(again.outputs).toMatchObject({ released: 'true', tag: 'v1.0.1' });
    expect(branchHead(r)).toBe(head);
    expect(restWrites(again).map((q) => q.method)).toEqual(['PATCH']); // publishing only
  });

  it('2b. a release commit on the branch without its tag (our marker) is tagged, never committed twice', async () => {
    const r = releaseRepo(em, 1);
    const git = em.state.git(em.state.repo(r.owner, r.repo)!);
    const [c] = seedCommits(em, r.owner, r.repo, ['fix: two b']);
    const who = { name: 'bot', email: 'bot@moko.test', date: '2026-11-04T10:00:00Z' };
    const releaseCommit = git.commitChanges(
      c,
      [{ path: 'CHANGELOG.md', data: Buffer.from('# Changelog\n\n## [1.0.2](x) (2026-11-04)\n\n* two b\n') }],
      { message: 'chore(release): v1.0.2\n\nReleased-By: mokostandards-release\n', author: who, committer: who },
    );
    git.refs.set(`refs/heads/${r.branch}`, releaseCommit);
    const out = await run(r, c!, { 'changelog-file': 'CHANGELOG.md' });
    expect(out.exitCode, errorLines(out.stdout)).toBe(0);
    expect(out.outputs).toMatchObject({ released: 'true', tag: 'v1.0.2' });
    expect(branchHead(r)).toBe(releaseCommit);
    expect(tagCommit(em, r.owner, r.repo, 'v1.0.2')).toBe(releaseCommit);
    expect(restWrites(out).some((q) => q.path.endsWith('/git/commits'))).toBe(false);
  });

  it('4a. the version never goes backwards when the highest release tag is not reachable from head', async () => {
    const r = releaseRepo(em, 2);
    const record = em.state.repo(r.owner, r.repo)!;
    const git = em.state.git(record);
    // v1.0.2 was released from a maintenance commit that is not in the branch's history.
    const who = { name: 'dev', email: 'dev@moko.test', date: '2026-11-02T10:00:00Z' };
    const side = git.commitChanges(r.first, [{ path: 'side.txt', data: Buffer.from('x') }], {
      message: 'fix: on a side branch',
      author: who,
      committer: who,
    });
    git.refs.set('refs/tags/v1.0.2', side);
    const [c] = seedCommits(em, r.owner, r.repo, ['fix: on main']);
    const out = await run(r, c!, { 'dry-run': true });
    expect(out.exitCode, errorLines(out.stdout)).toBe(0);
    expect(out.outputs).toMatchObject({ version: '1.0.3', 'previous-version': '1.0.2' });
  });

  it('4b and 6. a history of 1,200 commits since the last tag: the base is found, and a 200,000-character body is cut to 125,000 with a link', async () => {
    const r = releaseRepo(em, 3);
    const long = 'x'.repeat(90);
    const shas = seedCommits(
      em,
      r.owner,
      r.repo,
      Array.from({ length: 1_200 }, (_, i) => `fix: change number ${i} ${long}`),
    );
    const out = await run(r, shas.at(-1)!, { 'changelog-file': 'CHANGELOG.md' });
    expect(out.exitCode, errorLines(out.stdout)).toBe(0);
    expect(out.outputs).toMatchObject({ version: '1.0.1', 'previous-version': '1.0.0' });
    expect(out.outputs.changelog!.length).toBeGreaterThan(200_000);
    expect(out.outputs.changelog).toContain('change number 0 ');
    expect(out.stdout).toContain("exceed GitHub's 125,000-character limit");
    const rel = em.state.repo(r.owner, r.repo)!.releases.find((x) => x.tag_name === 'v1.0.1')!;
    expect(rel.body!.length).toBeLessThanOrEqual(125_000);
    expect(rel.body).toContain(`[full changelog](https://github.com/${r.owner}/${r.repo}/blob/v1.0.1/CHANGELOG.md)`);
    // The file and the tag carry the whole entry.
    expect(fileAt(em, r.owner, r.repo, 'refs/tags/v1.0.1', 'CHANGELOG.md')).toContain('change number 0 ');
    expect(out.violations).toEqual([]);
  });

  it('5. a changelog heading left for the version by an earlier attempt is replaced, later commits included', async () => {
    const r = releaseRepo(em, 4);
    const record = em.state.repo(r.owner, r.repo)!;
    const git = em.state.git(record);
    const who = { name: 'dev', email: 'dev@moko.test', date: '2026-11-03T10:00:00Z' };
    const stale =
      '# Changelog\n\n## [1.0.1](x) (2026-11-01)\n\n### Bug Fixes\n\n* stale entry\n\n## 1.0.0 (2026-10-01)\n\n* first\n';
    const withLog = git.commitChanges(
      git.refs.get(`refs/heads/${r.branch}`),
      [{ path: 'CHANGELOG.md', data: Buffer.from(stale) }],
      {
        message: 'fix: the first fix',
        author: who,
        committer: who,
      },
    );
    git.refs.set(`refs/heads/${r.branch}`, withLog);
    const [c] = seedCommits(em, r.owner, r.repo, ['fix: a later fix']);
    const out = await run(r, c!, { 'changelog-file': 'CHANGELOG.md' });
    expect(out.exitCode, errorLines(out.stdout)).toBe(0);
    const log = fileAt(em, r.owner, r.repo, branchHead(r), 'CHANGELOG.md')!;
    expect(log).toContain('a later fix');
    expect(log).not.toContain('stale entry');
    expect(log).toContain('## 1.0.0 (2026-10-01)');
    expect(log.split('## [1.0.1]')).toHaveLength(2);
  });
});

describe('the branch moved after the run started (release commit)', () => {
  it('forward: the release is made from the tip, nothing skipped; force-pushed away: nothing written', async () => {
    const r = releaseRepo(em, 5);
    const [c1, c2] = seedCommits(em, r.owner, r.repo, ['fix: in the run', 'feat: pushed meanwhile']);
    const out = await run(r, c1!, { 'changelog-file': 'CHANGELOG.md' });
    expect(out.exitCode, errorLines(out.stdout)).toBe(0);
    expect(out.outputs).toMatchObject({ released: 'true', version: '1.1.0' });
    expect(em.state.git(em.state.repo(r.owner, r.repo)!).get(branchHead(r))).toMatchObject({ parents: [c2] });
    expect(out.outputs.changelog).toContain('pushed meanwhile');

    const [c3] = seedCommits(em, r.owner, r.repo, ['fix: then force-pushed away']);
    em.state.git(em.state.repo(r.owner, r.repo)!).refs.set(`refs/heads/${r.branch}`, c2!);
    const gone = await run(r, c3!, { 'changelog-file': 'CHANGELOG.md' });
    expect(gone.exitCode, errorLines(gone.stdout)).toBe(0);
    expect(gone.outputs.released).toBe('false');
    expect(gone.summary).toContain('superseded');
    expect(restWrites(gone)).toEqual([]);
  });
});

describe('preflight: refusals before the first write', () => {
  it('a tag ruleset forbidding deletion (the undo of a tag) stops the release before it writes', async () => {
    const r = releaseRepo(em, 6);
    em.state.repo(r.owner, r.repo)!.rulesets = [
      {
        id: 77,
        name: 'release tags are forever',
        target: 'tag',
        enforcement: 'active',
        conditions: { ref_name: { include: ['refs/tags/v*'], exclude: [] } },
        rules: [{ type: 'deletion' }],
      },
    ];
    const [c] = seedCommits(em, r.owner, r.repo, ['fix: guarded']);
    const before = repoState(em, r.owner, r.repo);
    const out = await run(r, c!);
    expect(out.exitCode).toBe(1);
    expect(errorLines(out.stdout)).toContain('ruleset "release tags are forever" forbids tag deletion of v1.0.1');
    expect(restWrites(out)).toEqual([]);
    expect(repoState(em, r.owner, r.repo)).toEqual(before);
  });

  it('a branch that requires pull requests refuses the release commit before any write', async () => {
    const r = releaseRepo(em, 7);
    em.state
      .repo(r.owner, r.repo)!
      .protections.set(r.branch, { required_pull_request_reviews: { required_approving_review_count: 1 } });
    const [c] = seedCommits(em, r.owner, r.repo, ['fix: needs review']);
    const out = await run(r, c!, { 'changelog-file': 'CHANGELOG.md' });
    expect(out.exitCode).toBe(1);
    expect(errorLines(out.stdout)).toContain('branch protection requires a pull request review');
    expect(restWrites(out)).toEqual([]);
  });

  it('immutable releases: everything is prepared on the draft and publishing is the last write', async () => {
    const r = releaseRepo(em, 8);
    em.state.repo(r.owner, r.repo)!.immutableReleases = true;
    const [c] = seedCommits(em, r.owner, r.repo, ['feat: locked in']);
    const out = await run(r, c!, { 'changelog-file': 'CHANGELOG.md' });
    expect(out.exitCode, errorLines(out.stdout)).toBe(0);
    const writes = restWrites(out).map(
      (q) => `${q.method} ${decodeURIComponent(q.path).replace(/^\/repos\/[^/]+\/[^/]+/, '')}`,
    );
    expect(writes.at(-1)).toMatch(/^PATCH \/releases\/\d+$/);
    expect(writes).toEqual([
      'POST /git/trees',
      'POST /git/commits',
      'POST /git/tags',
      'POST /git/refs',
      'POST /releases',
      'PATCH /git/refs/tags/v1',
      `PATCH /git/refs/heads/${r.branch}`,
      writes.at(-1),
    ]);
    expect(em.state.repo(r.owner, r.repo)!.releases.find((x) => x.tag_name === 'v1.1.0')).toMatchObject({
      immutable: true,
      draft: false,
    });
    expect(tagCommit(em, r.owner, r.repo, 'v1.1.0')).toBe(branchHead(r));
  });
});
