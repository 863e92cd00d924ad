import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../test/support/seeded-random.js';
import { utf16Length } from './file-scanner.js';

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
