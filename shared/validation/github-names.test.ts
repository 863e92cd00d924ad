import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { UserError } from '../core/errors.js';
import {
  branchProblem,
  branchSchema,
  isBranchName,
  isGitHubLogin,
  isGitHubOwner,
  isRef,
  isRepoName,
  ownerSchema,
  parseRepository,
  refNameProblem,
  repositorySchema,
} from './github-names.js';

describe('owner and login', () => {
  it.each(['octocat', 'moko-consulting', 'a', 'A1', 'x'.repeat(39), 'octocat_acme'])('accepts %j', (v) => {
    expect(isGitHubOwner(v)).toBe(true);
  });

  it.each(['', '-octo', 'octo-', 'oc--to', 'x'.repeat(40), 'octo cat', 'octo/cat', 'octo.cat', '_x'])(
    'rejects %j',
    (v) => {
      expect(isGitHubOwner(v)).toBe(false);
    },
  );

  it('accepts bot logins as logins but not as owners', () => {
    expect(isGitHubLogin('dependabot[bot]')).toBe(true);
    expect(isGitHubOwner('dependabot[bot]')).toBe(false);
    expect(isGitHubLogin('[bot]')).toBe(false);
  });

  it('explains the rule through the zod schema', () => {
    const result = ownerSchema.safeParse('-bad');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('up to 39 letters, digits or single hyphens');
  });
});

describe('repository names', () => {
  it.each(['standards', 'my.repo', 'a_b-c', '.github', 'x'.repeat(100)])('accepts %j', (v) => {
    expect(isRepoName(v)).toBe(true);
  });

  it.each(['', '.', '..', 'a/b', 'a b', 'x'.repeat(101), 'ré'])('rejects %j', (v) => {
    expect(isRepoName(v)).toBe(false);
  });

  it('parses owner/repo and says what is wrong otherwise', () => {
    expect(parseRepository('mokoconsulting-tech/standards')).toEqual({
      owner: 'mokoconsulting-tech',
      repo: 'standards',
    });
    expect(() => parseRepository('just-a-name')).toThrow(UserError);
    expect(() => parseRepository('a/b/c')).toThrow('is not owner/repo');
    expect(() => parseRepository('-x/repo')).toThrow('GitHub user or organization name');
    expect(repositorySchema.safeParse('o/r').success).toBe(true);
    expect(repositorySchema.safeParse('o/').success).toBe(false);
  });
});

describe('branch and ref names (git check-ref-format rules)', () => {
  it.each(['main', 'feature/x-1', 'release/v1.2.3', 'a.b', 'user@host', 'ünïcode'])('accepts branch %j', (v) => {
    expect(isBranchName(v)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['a..b', "'..'"],
    ['a b', '" "'],
    ['a~1', '"~"'],
    ['a^', '"^"'],
    ['a:b', '":"'],
    ['a?', '"?"'],
    ['a*', '"*"'],
    ['a[b', '"["'],
    ['a\\b', '"\\\\"'],
    ['a\tb', 'control characters'],
    ['a\x7fb', 'control characters'],
    ['/a', "start or end with '/'"],
    ['a/', "start or end with '/'"],
    ['a//b', "'//'"],
    ['a.', "end with '.'"],
    ['.hidden', "start with '.'"],
    ['a/.b', "start with '.'"],
    ['a.lock', "'.lock'"],
    ['a.lock/b', "'.lock'"],
    ['a@{1}', "'@{'"],
    ['@', "'@'"],
    ['-x', "start with '-'"],
    ['HEAD', "'HEAD'"],
  ])('rejects branch %j (%s)', (v, why) => {
    expect(branchProblem(v)).toContain(why);
    expect(branchSchema.safeParse(v).success).toBe(false);
  });

  it('agrees with git check-ref-format --branch', () => {
    // git is on every runner and in every clone of this repo; a missing git fails here loudly.
    execFileSync('git', ['--version']);
    for (const name of ['main', 'a..b', 'a.lock', 'x/.y', 'a@{b', 'feature/x', 'a//b', 'ok-name', '-bad']) {
      let gitSays = true;
      try {
        execFileSync('git', ['check-ref-format', '--branch', name], { stdio: 'ignore' });
      } catch {
        gitSays = false;
      }
      expect([name, isBranchName(name)]).toEqual([name, gitSays]);
    }
  });

  it('requires a slash only when one-level names are not allowed', () => {
    expect(refNameProblem('main', false)).toContain("needs a '/'");
    expect(refNameProblem('refs/heads/main', false)).toBeUndefined();
  });

  it.each(['HEAD', 'main', 'v1.2.3', 'refs/heads/main', 'refs/pull/12/merge', 'a1b2c3d', 'f'.repeat(40)])(
    'accepts ref %j',
    (v) => {
      expect(isRef(v)).toBe(true);
    },
  );

  it.each(['', 'HEAD~1', 'main^', '-main', 'refs//heads', 'a..b'])('rejects ref %j', (v) => {
    expect(isRef(v)).toBe(false);
  });
});
