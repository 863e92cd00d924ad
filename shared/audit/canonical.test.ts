import { describe, expect, it } from 'vitest';
import { canonicalJson, recordHash, sha256 } from './canonical.js';
import { isSecretKey, REDACTED, redact } from './redact.js';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":null,"z":1}]},"b":1}',
    );
  });

  it('gives the same hash whatever the field order, ignoring the hash field itself', () => {
    expect(recordHash({ a: 1, b: 2, hash: 'x' })).toBe(recordHash({ b: 2, a: 1 }));
    expect(recordHash({ a: 1 })).toBe(sha256('{"a":1}'));
  });
});

describe('redact', () => {
  it('recognises the usual secret key names, case-insensitively', () => {
    for (const k of ['token', 'GITHUB_TOKEN', 'password', 'passwd', 'secret', 'Authorization', 'api_key', 'privateKey'])
      expect(isSecretKey(k), k).toBe(true);
    for (const k of ['repo', 'owner', 'count', 'author']) expect(isSecretKey(k), k).toBe(false);
  });

  it('leaves the input untouched, keeps null secrets as null and survives cycles', () => {
    const input: Record<string, unknown> = { token: 't', empty: { password: null } };
    input.self = input;
    expect(redact(input)).toEqual({ token: REDACTED, empty: { password: null }, self: '[circular]' });
    expect(input.token).toBe('t');
  });
});
