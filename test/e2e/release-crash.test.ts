import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, runAction } from '../harness/index.js';
import { errorLines, fileAt, releaseRepo, repoState, seedCommits, tagCommit } from './release-helpers.js';

// The runner machine is lost (SIGKILL) right after each write of a release; the re-run of the job
// (attempt 2, same commit) completes what is on the branch or removes what is not, and the end state
// is one published release, its tags and branch where they belong, nothing twice.

let em: Emulator;
beforeAll(async () => {
  em = await startEmulator({ repos: 3, seed: 21, secondaryLimit: false });
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

const POINTS = [
  { after: 'create release commit', file: true },
  { after: 'create tag' },
  { after: 'create draft release' },
  { after: 'move v1' },
  { after: 'fast-forward', file: true },
  { after: 'publish release' },
];

describe.each([
  { mode: 'without changelog-file', index: 0, inputs: {} as Record<string, string>, withFile: false },
  { mode: 'with changelog-file', index: 1, inputs: { 'changelog-file': 'CHANGELOG.md' }, withFile: true },
])('SIGKILL after each write, $mode', ({ index, inputs, withFile }) => {
  let r: Repo;
  beforeAll(() => {
    r = releaseRepo(em, index);
  });

  for (const [i, point] of POINTS.filter((p) => withFile || !p.file).entries()) {
    it(`after "${point.after}": the re-run completes the release exactly once`, async () => {
      const [c] = seedCommits(em, r.owner, r.repo, [`fix: crash ${i}`]);
      const common = {
        action: 'release',
        emulator: em,
        repository: `${r.owner}/${r.repo}`,
        sha: c!,
        ref: `refs/heads/${r.branch}`,
        inputs,
      };
      const first = await runAction({
        ...common,
        killOn: (line: string) => line.startsWith(`release step done: ${point.after}`),
      });
      expect(first.signal).toBe('SIGKILL');
      const again = await runAction({ ...common, tempDir: first.tempDir, runAttempt: 2 });
      expect(again.exitCode, errorLines(again.stdout)).toBe(0);
      const tag = again.outputs.tag!;
      expect(tag).toMatch(/^v1\.0\.\d+$/);
      expect(again.outputs.released).toBe(point.after === 'publish release' ? 'false' : 'true');

      const state = repoState(em, r.owner, r.repo);
      expect(state.releases.filter((x) => x.tag === tag)).toMatchObject([{ draft: false }]);
      expect(state.releases.filter((x) => x.draft)).toEqual([]);
      const git = em.state.git(em.state.repo(r.owner, r.repo)!);
      const head = git.refs.get(`refs/heads/${r.branch}`)!;
      if (withFile) {
        // Exactly one release commit on top of the run's commit, carrying the changelog once.
        expect(git.get(head)).toMatchObject({ type: 'commit', parents: [c] });
        const log = fileAt(em, r.owner, r.repo, head, 'CHANGELOG.md')!;
        expect(log.split(`## [${tag.slice(1)}]`)).toHaveLength(2);
      } else expect(head).toBe(c);
      expect(tagCommit(em, r.owner, r.repo, tag)).toBe(head);
      expect(tagCommit(em, r.owner, r.repo, 'v1')).toBe(head);
      expect(again.violations).toEqual([]);
    });
  }
});

describe('an interrupted release is never adopted as the previous version (issue 12, bug 3)', () => {
  it('a marked tag left without its release is completed, and the next release names it as previous', async () => {
    const r = releaseRepo(em, 2);
    const [c1] = seedCommits(em, r.owner, r.repo, ['fix: the fix of 1.0.1']);
    const common = {
      action: 'release',
      emulator: em,
      repository: `${r.owner}/${r.repo}`,
      ref: `refs/heads/${r.branch}`,
    };
    const crashed = await runAction({
      ...common,
      sha: c1!,
      killOn: (line: string) => line.startsWith('release step done: create tag'),
    });
    expect(crashed.signal).toBe('SIGKILL');
    expect(tagCommit(em, r.owner, r.repo, 'v1.0.1')).toBe(c1);
    // A new push arrives before anyone re-runs the crashed job.
    const [c2] = seedCommits(em, r.owner, r.repo, ['fix: the fix of 1.0.2']);
    const next = await runAction({ ...common, sha: c2! });
    expect(next.exitCode, errorLines(next.stdout)).toBe(0);
    expect(next.stdout).toContain('complete the unfinished v1.0.1');
    expect(next.outputs).toMatchObject({ version: '1.0.2', 'previous-version': '1.0.1', released: 'true' });
    const releases = em.state.repo(r.owner, r.repo)!.releases;
    const v101 = releases.find((x) => x.tag_name === 'v1.0.1')!;
    expect(v101).toMatchObject({ draft: false });
    expect(v101.body).toContain('the fix of 1.0.1');
    const v102 = releases.find((x) => x.tag_name === 'v1.0.2')!;
    expect(v102.body).toContain('the fix of 1.0.2');
    expect(v102.body).not.toContain('the fix of 1.0.1');
  });
});
