import { describe, expect, it } from 'vitest';
import { bumpOf, parseCommit } from './conventional.js';

const p = (message: string) => parseCommit({ sha: 'a'.repeat(40), message });

describe('parseCommit', () => {
  it('reads type, scope and subject', () => {
    expect(p('feat(api): add search')).toMatchObject({
      type: 'feat',
      scope: 'api',
      subject: 'add search',
      breaking: false,
    });
  });

  it('takes the pull request number from a squash-merge suffix', () => {
    expect(p('fix: null check (#42)')).toMatchObject({ type: 'fix', subject: 'null check', pullRequest: 42 });
  });

  it('marks `!` as breaking, with the subject as note', () => {
    expect(p('refactor(core)!: drop node 18')).toMatchObject({ breaking: true, breakingNote: 'drop node 18' });
  });

  it('marks a BREAKING CHANGE footer as breaking, with the footer as note', () => {
    const c = p('feat: new config\n\nBody text.\n\nBREAKING CHANGE: `config` is now YAML\n\nRefs: #3');
    expect(c).toMatchObject({ type: 'feat', breaking: true, breakingNote: '`config` is now YAML' });
  });

  it('accepts the BREAKING-CHANGE spelling of the footer', () => {
    expect(p('fix: x\n\nBREAKING-CHANGE: y').breaking).toBe(true);
  });

  it('keeps a non-conventional message as subject without type', () => {
    expect(p('Update README.md')).toEqual({ sha: 'a'.repeat(40), subject: 'Update README.md', breaking: false });
  });

  it('lower-cases the type', () => {
    expect(p('Feat: shout').type).toBe('feat');
  });
});

describe('bumpOf', () => {
  it('breaking beats feat beats fix/perf; other types release nothing', () => {
    expect(bumpOf([p('fix: a'), p('feat: b'), p('chore!: c')])).toBe('major');
    expect(bumpOf([p('fix: a'), p('feat: b')])).toBe('minor');
    expect(bumpOf([p('perf: a'), p('docs: b')])).toBe('patch');
    expect(bumpOf([p('docs: a'), p('chore: b'), p('Merge branch x')])).toBeUndefined();
  });
});
