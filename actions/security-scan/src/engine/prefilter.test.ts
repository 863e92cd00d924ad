import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../test/support/seeded-random.js';
import { Prefilter } from './prefilter.js';

type Rules = { keywords?: string[] }[];

/** The obvious answer: every case-insensitive occurrence of every keyword, by indexOf on lowercased latin1. */
function reference(rules: Rules, bytes: Uint8Array, length: number, include: (i: number) => boolean = () => true) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, length).toString('latin1').toLowerCase();
  const result = new Map<number, number[]>();
  rules.forEach((rule, index) => {
    if (!include(index)) return;
    if (!rule.keywords || rule.keywords.length === 0) {
      result.set(index, []);
      return;
    }
    const starts: number[] = [];
    for (const kw of rule.keywords) {
      for (let at = text.indexOf(kw.toLowerCase()); at >= 0; at = text.indexOf(kw.toLowerCase(), at + 1))
        starts.push(at);
    }
    if (starts.length > 0) result.set(index, starts);
  });
  return sorted(result);
}

/** Offsets are documented as unordered: compare them sorted. */
function sorted(map: Map<number, number[]>): [number, number[]][] {
  return [...map].map(([r, s]): [number, number[]] => [r, [...s].sort((a, b) => a - b)]).sort((a, b) => a[0] - b[0]);
}

/** Seeded integers below `n` (the project's mulberry32) so a failure replays. */
function prng(seed: number): (n: number) => number {
  const random = seededRandom(seed);
  return (n) => Math.floor(random() * n);
}

// Overlapping keywords, shared suffixes and prefixes, a newline inside one, a rule sharing another's keyword.
const RULES: Rules = [
  { keywords: ['pat', 'path'] },
  { keywords: ['http', 'https'] },
  { keywords: ['sk'] },
  { keywords: ['-us', 'select\n'] },
  {},
  { keywords: ['AKIA', 'password'] },
  { keywords: ['pat', 'ssh-rsa'] },
  { keywords: [] },
  { keywords: ['a', 'aaaa'] },
];
const FRAGMENTS = ['pat', 'path', 'PATH', 'http', 'HTTPS', 'sk', 'SK-', '-us', '-US', 'select\n', 'SELECT\n', 'akia'];

/** A buffer of keyword fragments, random ASCII, bytes ≥ 128 and NULs, inside a larger allocation. */
function randomBuffer(random: (n: number) => number, length: number): { bytes: Uint8Array; length: number } {
  const bytes = new Uint8Array(length + random(64));
  bytes.fill(0x70); // 'p': bytes past `length` must not be read as text
  let i = 0;
  while (i < length) {
    const kind = random(6);
    if (kind === 0) {
      for (const ch of FRAGMENTS[random(FRAGMENTS.length)]!) if (i < length) bytes[i++] = ch.charCodeAt(0);
    } else if (kind === 1) bytes[i++] = 128 + random(128);
    else if (kind === 2) bytes[i++] = 0;
    else if (kind === 3) bytes[i++] = 'aAsSkKpPtThH-'.charCodeAt(random(13));
    else bytes[i++] = 32 + random(95);
  }
  return { bytes, length };
}

describe('Prefilter', () => {
  it('finds every case-insensitive occurrence of every keyword, overlapping ones included', () => {
    const p = new Prefilter(RULES);
    const text = 'GET https://x/path?pat=SK-US select\nSELECT\n aaaaa';
    const bytes = Buffer.from(text, 'latin1');
    expect(sorted(p.scanBytes(bytes, bytes.length))).toEqual(reference(RULES, bytes, bytes.length));
    expect(sorted(p.scan(text))).toEqual(reference(RULES, bytes, bytes.length));
    expect(p.scanBytes(bytes, bytes.length).get(8)).toHaveLength(7 + 2);
  });

  it('maps rules without keywords to [] even when nothing else matches', () => {
    const p = new Prefilter(RULES);
    const empty = new Uint8Array(0);
    expect(sorted(p.scanBytes(empty, 0))).toEqual([
      [4, []],
      [7, []],
    ]);
    expect(sorted(p.scan('nothing here'))).toEqual([
      [4, []],
      [7, []],
    ]);
  });

  it('honours include and works with no keywords at all', () => {
    const include = (i: number) => i % 2 === 0;
    const p = new Prefilter(RULES, include);
    const { bytes, length } = randomBuffer(prng(1), 9000);
    expect(sorted(p.scanBytes(bytes, length))).toEqual(reference(RULES, bytes, length, include));
    const none = new Prefilter([{}, { keywords: [] }]);
    expect(sorted(none.scanBytes(bytes, length))).toEqual([
      [0, []],
      [1, []],
    ]);
  });

  it('agrees with the reference on random buffers of every size around the lane thresholds', () => {
    const random = prng(42);
    const p = new Prefilter(RULES);
    const sizes = [0, 1, 2, 3, 4, 5, 7, 63, 64, 255, 256, 257, 319, 320, 321, 339, 340, 1000, 4 * 1024 - 1, 4 * 1024];
    for (let k = 0; k < 150; k++) sizes.push(random(20_000));
    sizes.push(300_000, 1_000_003, 5 * 1024 * 1024 + 7);
    for (const size of sizes) {
      const { bytes, length } = randomBuffer(random, size);
      expect(sorted(p.scanBytes(bytes, length)), `size ${size}`).toEqual(reference(RULES, bytes, length));
    }
  });

  it('agrees with the reference when nearly every byte ends a keyword (hit buffer full)', () => {
    const rules: Rules = [{ keywords: ['a'] }, { keywords: ['aa', 'b'] }];
    const p = new Prefilter(rules);
    for (const size of [10_000, 300_001]) {
      const bytes = new Uint8Array(size).fill(0x61);
      for (let i = 0; i < size; i += 97) bytes[i] = 0x42;
      expect(sorted(p.scanBytes(bytes, size))).toEqual(reference(rules, bytes, size));
    }
  });

  it('agrees with the reference for random keyword sets, and scan(text) agrees with scanBytes', () => {
    const random = prng(7);
    const alphabet = 'abcxyzABC-_.=:\n0';
    for (let round = 0; round < 30; round++) {
      const rules: Rules = [];
      for (let r = 0; r < 1 + random(12); r++) {
        const keywords = new Set<string>();
        for (let k = random(4); k > 0; k--) {
          let kw = '';
          for (let n = 1 + random(round % 2 === 0 ? 4 : 30); n > 0; n--) kw += alphabet[random(alphabet.length)];
          keywords.add(kw.toLowerCase());
        }
        rules.push({ keywords: [...keywords] });
      }
      const p = new Prefilter(rules);
      const length = random(3) === 0 ? random(300) : random(40_000);
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++)
        bytes[i] = random(8) === 0 ? random(256) : alphabet.charCodeAt(random(alphabet.length));
      const expected = reference(rules, bytes, length);
      expect(sorted(p.scanBytes(bytes, length)), `round ${round}`).toEqual(expected);
      expect(sorted(p.scan(Buffer.from(bytes).toString('latin1'))), `round ${round}`).toEqual(expected);
    }
  });

  it('agrees with the reference with more than 64 character classes (the wide class map)', () => {
    const printable = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i).toLowerCase());
    const rules: Rules = [{ keywords: [...new Set(printable)].map((c, i) => `${c}${printable[(i * 7) % 94]}`) }];
    const p = new Prefilter(rules);
    const random = prng(3);
    for (const size of [100, 5000, 70_001]) {
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i++) bytes[i] = random(4) === 0 ? random(256) : 33 + random(94);
      expect(sorted(p.scanBytes(bytes, size))).toEqual(reference(rules, bytes, size));
    }
  });

  it('scans bytes read straight into its input view the same way, also after the memory grows', () => {
    const p = new Prefilter(RULES);
    const random = prng(11);
    for (const size of [5000, 4 * 1024 * 1024, 6000]) {
      const { bytes } = randomBuffer(random, size);
      const view = p.input(size);
      view.set(bytes.subarray(0, size));
      expect(sorted(p.scanBytes(view, size))).toEqual(reference(RULES, bytes, size));
    }
  });

  it('counts newlines in its input view as a search per line does, in any range, also after the memory grows', () => {
    const p = new Prefilter(RULES);
    const random = prng(12);
    const byIndexOf = (b: Buffer, from: number, to: number) => {
      let n = 0;
      for (let i = b.indexOf(10, from); i !== -1 && i < to; i = b.indexOf(10, i + 1)) n++;
      return n;
    };
    expect(p.newlinesIn(Buffer.from('a\nb'))).toBeUndefined();
    for (const size of [100, 70_000, 3 * 1024 * 1024]) {
      const view = p.input(size);
      // Newlines dense (every byte) in one stretch: more than 255 per counter lane between flushes.
      for (let i = 0; i < size; i++) view[i] = i % 9000 < 5000 ? 10 : random(10) === 0 ? 10 : 65;
      const count = p.newlinesIn(view)!;
      const b = Buffer.from(view.buffer, view.byteOffset, size);
      const ranges = [
        [0, size],
        [0, 0],
        [3, 3],
        [1, 17],
        [size - 15, size],
      ];
      for (let k = 0; k < 200; k++) {
        const from = random(size);
        ranges.push([from, Math.min(size, from + random(20_000))]);
      }
      for (const [from, to] of ranges) expect(count(from!, to!)).toBe(byIndexOf(b, from!, to!));
    }
  });

  it("counts the UTF-16 units of well-formed UTF-8 in its input view as Node's decoder does, in any range", () => {
    const p = new Prefilter(RULES);
    const random = prng(13);
    expect(p.utf16UnitsIn(Buffer.from('aé'))).toBeUndefined();
    // One to four bytes per character (U+10000 and up: a surrogate pair), dense runs of four-byte
    // ones (more than 127 steps of two counts per byte lane between flushes).
    const chars = ['a', '\n', 'é', 'ß', '€', '中', '😀', '𝄞', '\u{10ffff}'];
    for (const length of [50, 70_000, 1024 * 1024]) {
      const parts: string[] = [];
      for (let n = 0; n < length; ) {
        const c = n % 40_000 < 8000 ? '😀' : chars[random(chars.length)]!;
        parts.push(c);
        n += Buffer.byteLength(c);
      }
      const text = Buffer.from(parts.join(''));
      const view = p.input(text.length);
      view.set(text);
      const units = p.utf16UnitsIn(view)!;
      // Ranges cut at character boundaries (the counter's contract: the caller checks well-formedness).
      const starts = [0];
      for (const c of parts) starts.push(starts.at(-1)! + Buffer.byteLength(c));
      const ranges = [
        [0, starts.length - 1],
        [0, 0],
        [1, 1],
      ];
      for (let k = 0; k < 200; k++) {
        const from = random(starts.length);
        ranges.push([from, Math.min(starts.length - 1, from + random(30_000))]);
      }
      for (const [a, b] of ranges) {
        const [from, to] = [starts[a!]!, starts[b!]!];
        expect(units(from, to)).toBe(text.toString('utf8', from, to).length);
      }
    }
  });

  it('keeps separate scans independent (no state carried between files)', () => {
    const p = new Prefilter(RULES);
    const a = Buffer.from('xx pa', 'latin1');
    const b = Buffer.from('th sk', 'latin1');
    p.scanBytes(a, a.length);
    expect(sorted(p.scanBytes(b, b.length))).toEqual(reference(RULES, b, b.length));
  });
});
