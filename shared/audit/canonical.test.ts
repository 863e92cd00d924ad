import { describe, expect, it } from 'vitest';
import { canonicalJson, recordHash, sha256, wellFormed } from './canonical.js';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":null,"z":1}]},"b":1}',
    );
  });

  it('serializes numbers and strings as RFC 8785 requires (its appendix examples)', () => {
    expect(canonicalJson({ n: [1e30, 4.5, 0.002, 1e-27, -0, 333333333.3333333] })).toBe(
      '{"n":[1e+30,4.5,0.002,1e-27,0,333333333.3333333]}',
    );
    // Keys sort by UTF-16 code units: "\r" < "1" < "\u0080" < "ö" < "€" < "😀" < "\ufb33".
    expect(canonicalJson({ '€': 1, '\r': 2, ö: 3, '1': 4, '😀': 5, '\u0080': 6, '\ufb33': 7 })).toBe(
      '{"\\r":2,"1":4,"\u0080":6,"ö":3,"€":1,"😀":5,"\ufb33":7}',
    );
    expect(canonicalJson({ s: 'tab\there "q" \u001f é' })).toBe('{"s":"tab\\there \\"q\\" \\u001f é"}');
  });

  it('refuses what JCS cannot represent; wellFormed repairs lone surrogates first', () => {
    expect(() => canonicalJson({ s: 'a\ud800' })).toThrow(/surrogate/i);
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/NaN/);
    expect(canonicalJson(wellFormed({ 'k\udc00': ['a\ud800'] }))).toBe('{"k\ufffd":["a\ufffd"]}');
  });

  it('gives the same hash whatever the field order, ignoring the hash field itself', () => {
    expect(recordHash({ a: 1, b: 2, hash: 'x' })).toBe(recordHash({ b: 2, a: 1 }));
    expect(recordHash({ a: 1 })).toBe(sha256('{"a":1}'));
  });
});
