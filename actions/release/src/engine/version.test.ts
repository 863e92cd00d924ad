import { describe, expect, it } from 'vitest';
import { isUserError } from '../../../../shared/core/errors.js';
import { majorTagFor, nextPrerelease, nextStable, parseVersionInput, versionOfTag } from './version.js';

describe('versionOfTag', () => {
  it('accepts v + semver only', () => {
    expect(versionOfTag('v1.2.3')).toBe('1.2.3');
    expect(versionOfTag('v2.0.0-rc.1')).toBe('2.0.0-rc.1');
    expect(versionOfTag('v3')).toBeUndefined();
    expect(versionOfTag('1.2.3')).toBeUndefined();
    expect(versionOfTag('release-1')).toBeUndefined();
  });
});

describe('nextStable', () => {
  it('bumps from 1.0.0 on as SemVer says', () => {
    expect(nextStable('1.4.2', 'major')).toBe('2.0.0');
    expect(nextStable('1.4.2', 'minor')).toBe('1.5.0');
    expect(nextStable('1.4.2', 'patch')).toBe('1.4.3');
  });

  it('before 1.0.0 a breaking change bumps the minor version', () => {
    expect(nextStable('0.3.1', 'major')).toBe('0.4.0');
    expect(nextStable('0.3.1', 'minor')).toBe('0.4.0');
    expect(nextStable('0.3.1', 'patch')).toBe('0.3.2');
  });

  it('starts at 0.1.0 without a previous release', () => {
    expect(nextStable(undefined, 'major')).toBe('0.1.0');
    expect(nextStable(undefined, 'patch')).toBe('0.1.0');
  });
});

describe('nextPrerelease', () => {
  it('counts up per stable version and identifier, from 1', () => {
    expect(nextPrerelease('1.3.0', 'rc', [])).toBe('1.3.0-rc.1');
    expect(nextPrerelease('1.3.0', 'rc', ['1.3.0-rc.1', '1.3.0-rc.2', '1.3.0-beta.7', '1.2.0-rc.9'])).toBe(
      '1.3.0-rc.3',
    );
  });
});

describe('majorTagFor', () => {
  it('names v<major> for the highest stable release of that major', () => {
    expect(majorTagFor('3.2.0', ['3.1.0', '2.9.0'])).toBe('v3');
  });

  it('skips pre-releases, 0.x and late patches of an older minor', () => {
    expect(majorTagFor('3.2.0-rc.1', [])).toBeUndefined();
    expect(majorTagFor('0.4.0', [])).toBeUndefined();
    expect(majorTagFor('3.1.5', ['3.2.0'])).toBeUndefined();
  });
});

describe('parseVersionInput', () => {
  it('accepts versions with or without v', () => {
    expect(parseVersionInput('v1.0.0')).toBe('1.0.0');
    expect(parseVersionInput('2.0.0-rc.1')).toBe('2.0.0-rc.1');
  });

  it('rejects anything else with an input error naming the input', () => {
    let error: unknown;
    try {
      parseVersionInput('1.0');
    } catch (e) {
      error = e;
    }
    expect(isUserError(error)).toBe(true);
    expect(String(error)).toContain('Input \'version\' has invalid value "1.0"');
  });
});
