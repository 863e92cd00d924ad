import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../test/support/seeded-random.js';
import { fingerprintSourceOfBytes, utf16Length } from './file-scanner.js';
import { fingerprintSource } from './suppress.js';
import { BytesSource, SourceLine } from './text-source.js';

/** Byte sequences the UTF-8 decoder treats differently: well-formed of every length, and ill-formed ones. */
const PIECES = [
  [0x41],
  [0x20],
  [0xc3, 0xa9], // é
  [0xe2, 0x82, 0xac], // €
  [0xf0, 0x9f, 0x99, 0x82], // 🙂, a surrogate pair in UTF-16
  [0xe9], // latin1 é: a lead byte without its trail
  [0xa9], // a stray trail byte
  [0xc0, 0x80], // overlong
  [0xe0, 0x80, 0x80], // overlong
  [0xed, 0xa0, 0x80], // an encoded surrogate
  [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
  [0xf0, 0x9f, 0x99], // cut short
  [0xf8, 0x88, 0x80, 0x80, 0x80], // five-byte form
  [0xff],
];

describe('utf16Length', () => {
  it('counts the UTF-16 units of UTF-8 bytes as the decoder does, ill-formed bytes included', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 3000; round++) {
      const bytes: number[] = [];
      const n = 1 + Math.floor(random() * 12);
      for (let k = 0; k < n; k++) bytes.push(...PIECES[Math.floor(random() * PIECES.length)]!);
      const buf = Buffer.from(bytes);
      const latin1 = buf.toString('latin1');
      expect(utf16Length(latin1, 0, latin1.length), buf.toString('hex')).toBe(buf.toString('utf8').length);
    }
  });

  it('counts only the range asked for', () => {
    const latin1 = Buffer.from('aé€🙂b').toString('latin1');
    expect(utf16Length(latin1, 1, latin1.length - 1)).toBe('é€🙂'.length);
    expect(utf16Length(latin1, 3, 3)).toBe(0);
  });
});

describe('fingerprintSourceOfBytes', () => {
  it('gives what fingerprintSource gives on the decoded line, reading only around the finding', () => {
    const random = seededRandom(11);
    // Long runs of trail bytes (ill-formed text) and of three-byte characters (the most bytes per
    // UTF-16 unit: FINGERPRINT_REACH of them must fit the window).
    const euros = Array.from({ length: 300 }, () => [0xe2, 0x82, 0xac]).flat();
    const pieces = [...PIECES, new Array<number>(300).fill(0xa9), euros, euros, euros];
    for (let round = 0; round < 200; round++) {
      const bytes: number[] = [];
      while (bytes.length < 4097 + Math.floor(random() * 6000))
        bytes.push(...pieces[Math.floor(random() * pieces.length)]!);
      const buf = Buffer.from([...bytes, 0x0a]);
      const line = new SourceLine(new BytesSource(buf, buf.length), 0, bytes.length);
      // A finding starts at an ASCII byte.
      let byteAt = Math.floor(random() * bytes.length);
      while (byteAt < bytes.length && bytes[byteAt]! >= 0x80) byteAt++;
      if (byteAt === bytes.length) continue;
      const text = buf.toString('utf8', 0, bytes.length);
      const column = Buffer.from(buf.subarray(0, byteAt)).toString('utf8').length + 1;
      expect(fingerprintSourceOfBytes(line, byteAt), `round ${round}`).toBe(fingerprintSource(text, column));
    }
  });
});

describe('SourceLine', () => {
  const text = 'first\r\nsecond line\nthird';
  const source = new BytesSource(Buffer.from(text, 'latin1'), text.length);
  it('is its line without the line break, decoded whole or in slices', () => {
    const first = new SourceLine(source, 0, 6);
    expect([first.text(), first.length, first.end]).toEqual(['first', 5, 5]);
    const second = new SourceLine(source, 7, 18);
    expect([second.slice(-3, 6), second.slice(7, 99), second.slice(5, 2)]).toEqual(['second', 'line', '']);
    expect(new SourceLine(source, 19, 24).text()).toBe('third');
    // A text already decoded (with its \r) is used, not decoded again.
    expect(new SourceLine(source, 0, 6, 'first\r').slice(1, 3)).toBe('ir');
  });
});
