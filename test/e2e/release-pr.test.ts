import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, runAction } from '../harness/index.js';
import { errorLines, fileAt, releaseRepo, seedCommits, tagCommit } from './release-helpers.js';

// The release PR flow over several pushes: opened, updated, merged (squash), released once.

let em: Emulator;
beforeAll(async () => {
  em = await startEmulator({ repos: 1, seed: 61, secondaryLimit: false });
});
afterAll(async () => {
  await em.close();
  await cleanup();
});

describe('release PR flow', () => {
  it('opens a PR, updates it on the next push, and releases its version once it is merged', async () => {
    const r = releaseRepo(em, 0);
    const record = em.state.repo(r.owner, r.repo)!;
    const git = em.state.git(record);
    const ref = `refs/heads/${r.branch}`;
    const run = (sha: string) =>
      runAction({
        action: 'release',
        emulator: em,
        repository: `${r.owner}/${r.repo}`,
        sha,
        ref,
        inputs: { 'release-pr': true, 'changelog-file': 'CHANGELOG.md' },
      });
    const prBranch = `refs/heads/moko-release/${r.branch}`;

    const [c1] = seedCommits(em, r.owner, r.repo, ['feat: first push']);
    const first = await run(c1!);
    expect(first.exitCode, errorLines(first.stdout)).toBe(0);
    expect(first.outputs).toMatchObject({ released: 'false', version: '1.1.0', tag: 'v1.1.0' });
    const pr = record.pulls.find((p) => p.head === `moko-release/${r.branch}`)!;
    expect(pr).toMatchObject({ title: 'chore(release): v1.1.0', base: r.branch, state: 'open' });
    expect(first.outputs['pull-request']).toContain(`/pull/${pr.number}`);
    expect(git.get(git.refs.get(prBranch)!)).toMatchObject({ parents: [c1] });
    expect(git.refs.get(ref)).toBe(c1); // the branch itself is not touched
    expect(record.releases).toEqual([]);

    const [c2] = seedCommits(em, r.owner, r.repo, ['fix: second push']);
    const second = await run(c2!);
    expect(second.exitCode, errorLines(second.stdout)).toBe(0);
    expect(record.pulls.filter((p) => p.head === `moko-release/${r.branch}`)).toHaveLength(1);
    expect(pr.body).toContain('second push');
    expect(pr.body).toContain('first push');
    const prHead = git.refs.get(prBranch)!;
    expect(git.get(prHead)).toMatchObject({ parents: [c2] });
    expect(fileAt(em, r.owner, r.repo, prHead, 'CHANGELOG.md')).toContain('## [1.1.0]');

    // Squash-merge: one commit on the branch with the PR's title and the PR branch's tree.
    const tree = (git.get(prHead) as { tree: string }).tree;
    const who = { name: 'dev', email: 'dev@moko.test', date: '2026-11-20T10:00:00Z' };
    const merged = git.writeCommit({
      tree,
      parents: [c2!],
      message: `chore(release): v1.1.0 (#${pr.number})`,
      author: who,
      committer: who,
      verified: true,
    });
    git.refs.set(ref, merged);
    pr.state = 'closed';
    pr.merged = true;

    const third = await run(merged);
    expect(third.exitCode, errorLines(third.stdout)).toBe(0);
    expect(third.outputs).toMatchObject({ released: 'true', version: '1.1.0', 'previous-version': '1.0.0' });
    expect(tagCommit(em, r.owner, r.repo, 'v1.1.0')).toBe(merged);
    expect(git.refs.get(ref)).toBe(merged); // no further commit
    const rel = record.releases.find((x) => x.tag_name === 'v1.1.0')!;
    expect(rel.draft).toBe(false);
    expect(rel.body).toContain('first push');
    expect(rel.body).toContain('second push');

    const again = await run(merged);
    expect(again.exitCode, errorLines(again.stdout)).toBe(0);
    expect(again.outputs.released).toBe('false');
    expect(record.releases.filter((x) => x.tag_name === 'v1.1.0')).toHaveLength(1);
  });
});
