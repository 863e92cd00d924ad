import { describe, expect, it } from 'vitest';
import { UserError } from '../../../shared/core/errors.js';
import { pushJob } from './run.js';
import { resolveTarget } from './settings.js';

describe('resolveTarget', () => {
  it('prefers the organization input, else the calling repository', () => {
    expect(resolveTarget('acme', { owner: 'me', repo: 'x' })).toEqual({ kind: 'organization', org: 'acme' });
    expect(resolveTarget(undefined, { owner: 'me', repo: 'x' })).toEqual({
      kind: 'repository',
      owner: 'me',
      repo: 'x',
    });
  });

  it('is a user error without either', () => {
    expect(() => resolveTarget(undefined, undefined)).toThrow(UserError);
  });
});

describe('pushJob', () => {
  it('names the Pushgateway job after the target, so targets do not replace each other', () => {
    expect(pushJob({ kind: 'repository', owner: 'me', repo: 'x' })).toBe('health-check/me/x');
    expect(pushJob({ kind: 'organization', org: 'acme' })).toBe('health-check/acme');
  });
});
