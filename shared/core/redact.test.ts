import { describe, expect, it } from 'vitest';
import { isSecretKey, REDACTED, redact } from './redact.js';

describe('redact', () => {
  it('recognises the usual secret key names, case-insensitively', () => {
    for (const k of ['token', 'GITHUB_TOKEN', 'password', 'passwd', 'secret', 'Authorization', 'api_key', 'privateKey'])
      expect(isSecretKey(k), k).toBe(true);
    for (const k of ['repo', 'owner', 'count', 'author']) expect(isSecretKey(k), k).toBe(false);
  });

  it('masks GitHub tokens inside any string value', () => {
    const pat = `ghp_${'a1B2'.repeat(9)}`;
    const fine = `github_pat_${'x_Y9'.repeat(20)}`;
    expect(redact({ message: `Bad credentials for ${pat}`, list: [fine, 'ghs_short'] })).toEqual({
      message: 'Bad credentials for ***',
      list: ['***', 'ghs_short'],
    });
  });

  it('leaves the input untouched, keeps null secrets as null and survives cycles', () => {
    const input: Record<string, unknown> = { token: 't', empty: { password: null } };
    input.self = input;
    expect(redact(input)).toEqual({ token: REDACTED, empty: { password: null }, self: '[circular]' });
    expect(input.token).toBe('t');
  });
});
