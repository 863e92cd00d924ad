import { describe, expect, it } from 'vitest';
import {
  emailSchema,
  globProblem,
  globSchema,
  httpUrlSchema,
  isEmail,
  isGlob,
  isHttpsUrl,
  isSemver,
  semverSchema,
  urlProblem,
} from './formats.js';

describe('semver', () => {
  it.each(['1.2.3', '0.0.0', '2.0.0-rc.1', '1.0.0+build.5', 'v3.1.0'])('accepts %j', (v) => {
    expect(isSemver(v)).toBe(true);
  });

  it.each(['', '1', '1.2', '1.2.3.4', '01.2.3', 'latest', '1.2.3-'])('rejects %j', (v) => {
    expect(isSemver(v)).toBe(false);
  });

  it('explains itself through the schema', () => {
    expect(semverSchema.safeParse('1.2').error?.issues[0]?.message).toBe(
      'expected a semantic version such as 1.2.3 or 2.0.0-rc.1',
    );
  });
});

describe('URLs', () => {
  it('accepts https URLs', () => {
    expect(isHttpsUrl('https://github.example.com/api/v3')).toBe(true);
  });

  it.each([
    ['http://example.com', 'expected an https URL'],
    ['ftp://example.com', 'expected an https URL'],
    ['javascript:alert(1)', 'expected an https URL'],
    ['example.com', 'expected an absolute URL'],
    ['https://user:pass@example.com', 'credentials must not be part of the URL'],
    ['https://token@example.com', 'credentials must not be part of the URL'],
  ])('rejects %j: %s', (v, why) => {
    expect(urlProblem(v)).toBe(why);
  });

  it('accepts http only when allowed', () => {
    expect(urlProblem('http://127.0.0.1:9091', { allowHttp: true })).toBeUndefined();
    expect(httpUrlSchema.safeParse('http://pushgateway:9091').success).toBe(true);
    expect(httpUrlSchema.safeParse('file:///etc/passwd').success).toBe(false);
  });
});

describe('email', () => {
  it.each(['dev@example.com', 'first.last+tag@sub.example.org'])('accepts %j', (v) => {
    expect(isEmail(v)).toBe(true);
  });

  it.each(['', 'no-at', 'a@', '@b.com', 'a b@c.com', 'a@b'])('rejects %j', (v) => {
    expect(isEmail(v)).toBe(false);
  });

  it('has a readable message', () => {
    expect(emailSchema.safeParse('x').error?.issues[0]?.message).toBe('expected an e-mail address');
  });
});

describe('globs', () => {
  it.each(['**/*.ts', 'src/**', '*.{js,ts}', '!dist/**', 'docs/[a-z]*.md', 'README.md'])('accepts %j', (v) => {
    expect(isGlob(v)).toBe(true);
  });

  it.each([
    ['', 'expected a glob pattern'],
    ['/etc/*', 'relative to the workspace'],
    ['!/etc/*', 'relative to the workspace'],
    ['C:\\Windows\\*', 'relative to the workspace'],
    ['../secrets/*', "cannot contain '..'"],
    ['src/**/../../x', "cannot contain '..'"],
    ['{a,b', 'cannot be parsed'],
    ['a\0b', 'NUL'],
  ])('rejects %j: %s', (v, why) => {
    expect(globProblem(v)).toContain(why);
    expect(globSchema.safeParse(v).success).toBe(false);
  });
});
