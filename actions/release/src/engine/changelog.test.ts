import { describe, expect, it } from 'vitest';
import { fitNotes, prependChangelog, renderChangelog } from './changelog.js';
import { parseCommit } from './conventional.js';

const REPO = 'https://github.com/o/r';
const c = (sha: string, message: string) =>
  parseCommit({ sha: sha.repeat(40), message, url: `${REPO}/commit/${sha.repeat(40)}` });

describe('renderChangelog', () => {
  it('groups by type, breaking first, with pull request and commit links', () => {
    const text = renderChangelog({
      version: '1.1.0',
      tag: 'v1.1.0',
      previousTag: 'v1.0.0',
      repoUrl: REPO,
      date: '2026-11-26',
      commits: [
        c('a', 'feat(cli): add --json (#7)'),
        c('b', 'fix: crash on empty input'),
        c('c', 'docs: typo'),
        c('d', 'perf!: drop cache\n\nBREAKING CHANGE: no more cache option'),
      ],
    });
    expect(text).toBe(
      [
        '## [1.1.0](https://github.com/o/r/compare/v1.0.0...v1.1.0) (2026-11-26)',
        '',
        '### ⚠ BREAKING CHANGES',
        '',
        `* no more cache option ([ddddddd](${REPO}/commit/${'d'.repeat(40)}))`,
        '',
        '### Features',
        '',
        `* **cli:** add --json ([#7](${REPO}/pull/7)) ([aaaaaaa](${REPO}/commit/${'a'.repeat(40)}))`,
        '',
        '### Bug Fixes',
        '',
        `* crash on empty input ([bbbbbbb](${REPO}/commit/${'b'.repeat(40)}))`,
        '',
        '### Performance Improvements',
        '',
        `* drop cache ([ddddddd](${REPO}/commit/${'d'.repeat(40)}))`,
        '',
      ].join('\n'),
    );
  });

  it('says so when no commit is notable, and has no compare link for a first release', () => {
    const text = renderChangelog({
      version: '0.1.0',
      tag: 'v0.1.0',
      repoUrl: REPO,
      date: '2026-11-26',
      commits: [c('a', 'chore: x')],
    });
    expect(text).toBe('## 0.1.0 (2026-11-26)\n\n_No notable changes._\n');
  });
});

describe('prependChangelog', () => {
  const entry = '## [1.1.0](x) (2026-11-26)\n\n* a\n';

  it('creates the file with its heading', () => {
    expect(prependChangelog(undefined, entry, '1.1.0')).toBe(`# Changelog\n\n${entry}`);
  });

  it('puts the entry above older ones, below the heading', () => {
    const old = '# Changelog\n\n## 1.0.0 (2026-01-01)\n\n* b\n';
    expect(prependChangelog(old, entry, '1.1.0')).toBe(`# Changelog\n\n${entry}\n## 1.0.0 (2026-01-01)\n\n* b\n`);
  });

  it('leaves a file that already has the version as it is', () => {
    const done = `# Changelog\n\n${entry}`;
    expect(prependChangelog(done, entry, '1.1.0')).toBe(done);
  });
});

describe('prependChangelog and fitNotes', () => {
  it('replaces an entry an earlier attempt left for the same version, keeping older entries', () => {
    const old = '# Changelog\n\n## [1.0.1](x) (2026-11-01)\n\n* stale\n\n## 1.0.0 (2026-10-01)\n\n* first\n';
    expect(prependChangelog(old, '## [1.0.1](y) (2026-11-02)\n\n* fresh\n', '1.0.1')).toBe(
      '# Changelog\n\n## [1.0.1](y) (2026-11-02)\n\n* fresh\n\n## 1.0.0 (2026-10-01)\n\n* first\n',
    );
  });

  it('cuts notes at a line boundary to fit the limit and links the full changelog', () => {
    const notes = Array.from({ length: 100 }, (_, i) => `* line ${i}`).join('\n');
    const cut = fitNotes(notes, 'https://x/full', 300, 20);
    expect(cut.length + 20).toBeLessThanOrEqual(300);
    expect(cut).toMatch(/^\* line 0\n/);
    expect(cut).toMatch(
      /\* line \d+\n\n_The notes are cut to GitHub's limit; see the \[full changelog\]\(https:\/\/x\/full\)\._\n$/,
    );
    expect(fitNotes('short', 'u', 300)).toBe('short');
  });
});
