import { describe, expect, it } from 'vitest';
import { apiChangedLines, inChangedLines, parseUnifiedDiff, pullRequestShas } from './diff.js';

describe('diff', () => {
  it('parses git diff --unified=0 into added line ranges of the new side', () => {
    const diff = [
      'diff --git a/src/a.js b/src/a.js',
      '--- a/src/a.js',
      '+++ b/src/a.js',
      '@@ -3,0 +4,2 @@',
      '+x',
      '+y',
      '@@ -10 +12 @@',
      '-old',
      '+new',
      '@@ -20,2 +22,0 @@',
      '-gone',
      '-gone',
      'diff --git a/gone.js b/gone.js',
      '--- a/gone.js',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-x',
    ].join('\n');
    expect([...parseUnifiedDiff(diff)]).toEqual([
      [
        'src/a.js',
        [
          [4, 5],
          [12, 12],
        ],
      ],
    ]);
  });

  it('reads API patches with context lines, counting only added lines', () => {
    const patch = '@@ -1,4 +1,5 @@\n line1\n-line2\n+line2b\n+line2c\n line3\n line4';
    const changed = apiChangedLines(
      [
        { filename: 'sub/a.js', status: 'modified', patch },
        { filename: 'sub/big.bin', status: 'added' },
        { filename: 'sub/old.js', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
        { filename: 'other/b.js', status: 'modified', patch },
      ],
      'sub/',
    );
    expect([...changed]).toEqual([
      ['a.js', [[2, 3]]],
      ['big.bin', 'all'],
    ]);
    expect(inChangedLines(changed, 'a.js', 3, false)).toBe(true);
    expect(inChangedLines(changed, 'a.js', 4, false)).toBe(false);
    expect(inChangedLines(changed, 'a.js', 99, true)).toBe(true);
    expect(inChangedLines(changed, 'big.bin', 7, false)).toBe(true);
    expect(inChangedLines(changed, 'nope.js', 1, true)).toBe(false);
  });

  it('takes base and head from a pull_request payload', () => {
    expect(pullRequestShas({ pull_request: { base: { sha: 'a1' }, head: { sha: 'b2' } } })).toEqual({
      base: 'a1',
      head: 'b2',
    });
    expect(pullRequestShas({ ref: 'refs/heads/main' })).toBeUndefined();
  });
});
