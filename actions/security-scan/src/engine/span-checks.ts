import type { TextSource } from './text-source.js';

// Byte checks of span rules (`Span.follows`, `Span.near`): necessary conditions for a match, read
// from the file's bytes before anything is decoded.

/** Membership tables of `follows` character sets, by set. */
const charSets = new Map<string, Uint8Array>();

export function charSet(chars: string): Uint8Array {
  let set = charSets.get(chars);
  if (!set) {
    set = new Uint8Array(256);
    for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i) & 255] = 1;
    charSets.set(chars, set);
  }
  return set;
}

/** Past the word starting at `pos` (at most 32 characters), the next character is one of `chars`. */
export function followsWord(source: TextSource, pos: number, chars: Uint8Array): boolean {
  const end = source.wordEnd(pos, 33);
  return end < source.length && chars[source.codeAt(end) & 255] === 1;
}

/** `ch` occurs within `after` characters from `pos`, before the line ends. */
export function nearOnLine(source: TextSource, pos: number, after: number, ch: number): boolean {
  return source.indexOnLine(ch, pos, Math.min(source.length, pos + after + 1)) !== -1;
}
