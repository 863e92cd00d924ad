import { describe, expect, it } from 'vitest';
import type { RawCommit } from './conventional.js';
import type { ReleaseTag } from './history.js';
import { planRelease } from './plan.js';

/** A linear history, newest first: [sha, message]. */
function history(commits: [string, string][]): AsyncIterable<RawCommit> & { read: number } {
  const it = {
    read: 0,
    async *[Symbol.asyncIterator]() {
      for (const [sha, message] of commits) {
        it.read++;
        yield { sha, message };
      }
    },
  };
  return it;
}
const tag = (name: string, commit: string): ReleaseTag => ({ name, version: name.slice(1), commit, ours: false });

describe('planRelease', () => {
  it('bumps the latest stable tag by the commits since it and stops reading there', async () => {
    const h = history([
      ['c3', 'feat: b'],
      ['c2', 'fix: a'],
      ['c1', 'chore: release'],
      ['c0', 'feat: old'],
    ]);
    const plan = await planRelease({ head: 'c3', tags: [tag('v1.2.0', 'c1'), tag('v1.1.0', 'c0')], history: h });
    expect(plan).toMatchObject({
      release: true,
      version: '1.3.0',
      tag: 'v1.3.0',
      previousTag: 'v1.2.0',
      bump: 'minor',
      existing: false,
      majorTag: 'v1',
    });
    expect(plan.commits.map((c) => c.sha)).toEqual(['c3', 'c2']);
    expect(h.read).toBe(3);
  });

  it('releases nothing without feat, fix, perf or breaking commits', async () => {
    const plan = await planRelease({
      head: 'c2',
      tags: [tag('v1.0.0', 'c1')],
      history: history([
        ['c2', 'docs: x'],
        ['c1', 'x'],
      ]),
    });
    expect(plan).toMatchObject({ release: false, previousTag: 'v1.0.0' });
  });

  it('treats a head already tagged with the version as the existing release (idempotent re-run)', async () => {
    const tags = [tag('v1.1.0', 'c2'), tag('v1.0.0', 'c1')];
    const plan = await planRelease({
      head: 'c2',
      tags,
      history: history([
        ['c2', 'feat: x'],
        ['c1', 'y'],
      ]),
    });
    expect(plan).toMatchObject({ release: true, version: '1.1.0', existing: true, previousTag: 'v1.0.0' });
    expect(plan.commits.map((c) => c.sha)).toEqual(['c2']);
  });

  it('numbers pre-releases and lists only the commits since the last tag of any kind', async () => {
    const tags = [tag('v1.1.0-rc.1', 'c2'), tag('v1.0.0', 'c1')];
    const plan = await planRelease({
      head: 'c3',
      tags,
      prerelease: 'rc',
      history: history([
        ['c3', 'fix: y'],
        ['c2', 'feat: x'],
        ['c1', 'z'],
      ]),
    });
    expect(plan).toMatchObject({ release: true, version: '1.1.0-rc.2', previousTag: 'v1.1.0-rc.1' });
    expect(plan.commits.map((c) => c.sha)).toEqual(['c3']);
    expect(plan.release && plan.majorTag).toBeUndefined();
  });

  it('promotes to the stable version with every commit since the last stable release', async () => {
    const tags = [tag('v1.1.0-rc.1', 'c2'), tag('v1.0.0', 'c1')];
    const plan = await planRelease({
      head: 'c3',
      tags,
      history: history([
        ['c3', 'fix: y'],
        ['c2', 'feat: x'],
        ['c1', 'z'],
      ]),
    });
    expect(plan).toMatchObject({ version: '1.1.0', previousTag: 'v1.0.0' });
    expect(plan.commits.map((c) => c.sha)).toEqual(['c3', 'c2']);
  });

  it('uses a forced version even without releasable commits', async () => {
    const plan = await planRelease({
      head: 'c2',
      tags: [tag('v0.9.0', 'c1')],
      forced: '1.0.0',
      history: history([
        ['c2', 'docs: x'],
        ['c1', 'y'],
      ]),
    });
    expect(plan).toMatchObject({ release: true, version: '1.0.0', majorTag: 'v1', previousTag: 'v0.9.0' });
  });

  it('starts at 0.1.0 in a repository without release tags, with every commit', async () => {
    const plan = await planRelease({
      head: 'c2',
      tags: [],
      history: history([
        ['c2', 'feat!: x'],
        ['c1', 'Initial commit'],
      ]),
    });
    expect(plan).toMatchObject({ release: true, version: '0.1.0', existing: false });
    expect(plan.commits).toHaveLength(2);
    expect(plan.release && plan.previousTag).toBeUndefined();
  });

  it('stops reading history at maxCommits and says so', async () => {
    const plan = await planRelease({
      head: 'c3',
      tags: [],
      maxCommits: 2,
      history: history([
        ['c3', 'fix: a'],
        ['c2', 'fix: b'],
        ['c1', 'fix: c'],
      ]),
    });
    expect(plan).toMatchObject({ release: true, truncated: true });
    expect(plan.commits).toHaveLength(2);
  });

  it('never goes below the highest release, even one the walk does not reach', async () => {
    const plan = await planRelease({
      head: 'c2',
      tags: [tag('v1.0.0', 'c0'), tag('v1.0.2', 'side')],
      history: history([
        ['c2', 'fix: b'],
        ['c1', 'fix: a'],
        ['c0', 'feat: first'],
      ]),
    });
    expect(plan).toMatchObject({ version: '1.0.3', previousTag: 'v1.0.2' });
    expect(plan.commits.map((c) => c.sha)).toEqual(['c2', 'c1']);
  });

  it('refuses a forced version that is not higher than the latest release', async () => {
    await expect(
      planRelease({ head: 'c1', tags: [tag('v1.2.0', 'c0')], history: history([['c1', 'fix: a']]), forced: '1.1.0' }),
    ).rejects.toThrow('version 1.1.0 is not higher than the latest release v1.2.0: versions never go backwards');
  });

  it('a chosen bump releases even without releasable commits; the first version is the initial one', async () => {
    const forced = await planRelease({
      head: 'c1',
      tags: [tag('v1.2.0', 'c0')],
      history: history([['c1', 'docs: a']]),
      bump: 'major',
    });
    expect(forced).toMatchObject({ version: '2.0.0', bump: 'major' });
    const first = await planRelease({
      head: 'c0',
      tags: [],
      history: history([['c0', 'feat: a']]),
      initialVersion: '1.0.0',
    });
    expect(first).toMatchObject({ version: '1.0.0' });
  });
});
