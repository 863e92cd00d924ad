import { describe, expect, it } from 'vitest';
import { canonicalJson, recordHash, sha256 } from './canonical.js';

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
