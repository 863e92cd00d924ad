import { describe, expect, it } from 'vitest';
import { ruleCovers, tagBlocks } from './preflight.js';

describe('ruleCovers', () => {
  it('matches ruleset ref_name patterns as GitHub does (~ALL, ~DEFAULT_BRANCH, fnmatch, excludes)', () => {
    expect(ruleCovers({ include: ['~ALL'], exclude: [] }, 'refs/tags/v1.0.0', 'main')).toBe(true);
    expect(ruleCovers({ include: ['~DEFAULT_BRANCH'], exclude: [] }, 'refs/heads/main', 'main')).toBe(true);
    expect(ruleCovers({ include: ['~DEFAULT_BRANCH'], exclude: [] }, 'refs/heads/dev', 'main')).toBe(false);
    expect(ruleCovers({ include: ['refs/tags/v*'], exclude: [] }, 'refs/tags/v1.2.3', 'main')).toBe(true);
    expect(ruleCovers({ include: ['refs/tags/v*'], exclude: ['refs/tags/v1'] }, 'refs/tags/v1', 'main')).toBe(false);
  });
});

describe('tagBlocks', () => {
  it('names the ruleset that forbids an action on a tag; a move counts as update and non-fast-forward', () => {
    const rules = {
      immutableReleases: false,
      canResetBranch: true,
      branchBlocks: [],
      tagRules: [{ name: 'floating', include: ['refs/tags/v[0-9]'], exclude: [], rules: ['non_fast_forward'] }],
    };
    expect(tagBlocks(rules, 'v1', 'update')).toEqual(['ruleset "floating" forbids tag update of v1']);
    expect(tagBlocks(rules, 'v1', 'creation')).toEqual([]);
    expect(tagBlocks(rules, 'v1.0.0', 'update')).toEqual([]);
  });
});
