import { analyzeCommits } from '@semantic-release/commit-analyzer';
import createPreset from 'conventional-changelog-conventionalcommits';
import { CommitParser } from 'conventional-commits-parser';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../test/support/seeded-random.js';
import { DEFAULT_SECTIONS } from './changelog.js';
import { bumpOf, dropReverted, type ParsedCommit, parseCommit } from './conventional.js';

// Differential test: for real-looking histories, our bump and the section each commit lands in equal
// those of semantic-release (@semantic-release/commit-analyzer with the conventionalcommits preset,
// and that preset's changelog writer). The differences we keep on purpose are listed in DIFFERENCES
// and asserted as differences, so a change on either side shows up here.

const POOL = [
  'feat: add the --json flag (#41)',
  'feat(api): paginate the search endpoint',
  'fix: crash on an empty config file (#52)',
  'fix(cli): exit code 2 on usage errors',
  'perf: cache the parsed schema',
  'docs: explain the release flow',
  'chore(deps): bump zod from 3.23.8 to 3.24.1 (#60)',
  'ci: run the tests on Node 24',
  'refactor: split the planner',
  'test: cover the empty history',
  'style: format with biome',
  'build: bundle with ncc',
  'feat!: drop Node 18',
  'fix(api)!: rename the `limit` parameter\n\nBREAKING CHANGE: `limit` is now `per_page`.',
  'refactor: new storage layout\n\nBREAKING CHANGE: the cache folder moved.',
  'chore: release 1.4.0',
  'Merge branch main into feature/x',
  'Update README.md',
  'WIP',
  'revert: feat: the experimental exporter',
  'feat(ui): dark mode\n\nCloses #12',
  'fix: handle `null` in the reader\n\nReviewed-by: someone',
];

const hex = (random: () => number) =>
  Array.from({ length: 40 }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');

/** A history of 1–12 commits, newest first; sometimes a `git revert` of one of its own commits. */
function history(random: () => number): { hash: string; message: string }[] {
  const n = 1 + Math.floor(random() * 12);
  const out = Array.from({ length: n }, () => ({
    hash: hex(random),
    message: POOL[Math.floor(random() * POOL.length)]!,
  }));
  if (random() < 0.3) {
    const target = out[Math.floor(random() * out.length)]!;
    const header = target.message.split('\n')[0]!;
    out.unshift({ hash: hex(random), message: `Revert "${header}"\n\nThis reverts commit ${target.hash}.` });
  }
  return out;
}

const silent = { log: () => {}, error: () => {} };
const preset = createPreset();
const parser = new CommitParser(preset.parser);
const writer = preset.writer;

/** The section semantic-release's changelog writer puts a commit in (undefined: left out). */
function theirSection(message: string, hash: string): string | undefined {
  const c = { ...parser.parse(message), hash };
  const out = writer.transform?.(c as never, { host: 'https://github.com', owner: 'o', repository: 'r' } as never) as
    | { type?: string }
    | undefined;
  return out?.type;
}

function ourSection(c: ParsedCommit): string | undefined {
  return DEFAULT_SECTIONS.find((s) => c.type !== undefined && s.types.includes(c.type))?.title;
}

/** Messages on which we differ on purpose (documented in the README, "Differences from semantic-release"). */
const DIFFERENCES: { message: string; ours: string | undefined; theirs: string | undefined; why: string }[] = [
  {
    message: 'refactor: new storage layout\n\nBREAKING CHANGE: the cache folder moved.',
    ours: undefined,
    theirs: 'Code Refactoring',
    why: 'a breaking change of a hidden type is listed once, under ⚠ BREAKING CHANGES, not also under its hidden type',
  },
];

describe('differential: semantic-release commit-analyzer (conventionalcommits preset)', () => {
  it('gives the same release type for 300 random real-looking histories', async () => {
    const random = seededRandom(2026);
    let compared = 0;
    for (let i = 0; i < 300; i++) {
      const commits = history(random);
      const theirs = await analyzeCommits(
        { preset: 'conventionalcommits' },
        {
          commits,
          logger: silent,
          cwd: process.cwd(),
        },
      );
      const ours = bumpOf(dropReverted(commits.map((c) => parseCommit({ sha: c.hash, message: c.message }))));
      expect(ours ?? null, commits.map((c) => c.message.split('\n')[0]).join(' | ')).toBe(theirs);
      compared++;
    }
    expect(compared).toBe(300);
  });

  it('puts every commit of the pool in the same section, except the documented differences', () => {
    for (const message of POOL) {
      const sha = 'a'.repeat(40);
      const ours = ourSection(parseCommit({ sha, message }));
      const theirs = theirSection(message, sha);
      const known = DIFFERENCES.find((d) => d.message === message);
      if (known) expect({ ours, theirs }, known.why).toEqual({ ours: known.ours, theirs: known.theirs });
      else expect(ours, message).toBe(theirs);
    }
  });

  it('cancels a commit and its git revert as semantic-release does, and counts a revert of an older commit as a patch', async () => {
    const feat = { hash: 'f'.repeat(40), message: 'feat: exporter' };
    const revert = { hash: 'e'.repeat(40), message: `Revert "feat: exporter"\n\nThis reverts commit ${feat.hash}.` };
    const older = {
      hash: 'd'.repeat(40),
      message: `Revert "feat: old thing"\n\nThis reverts commit ${'c'.repeat(40)}.`,
    };
    for (const commits of [[revert, feat], [older]]) {
      const theirs = await analyzeCommits(
        { preset: 'conventionalcommits' },
        {
          commits,
          logger: silent,
          cwd: process.cwd(),
        },
      );
      expect(bumpOf(dropReverted(commits.map((c) => parseCommit({ sha: c.hash, message: c.message })))) ?? null).toBe(
        theirs,
      );
    }
  });
});
