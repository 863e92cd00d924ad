import type { TextSource } from './text-source.js';

// Byte checks of span rules (`Span.follows`, `Span.userinfo`): necessary conditions for a match, read
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

const [PLUS, COLON, SLASH, AT] = [43, 58, 47, 64];
/** What ends a URL's userinfo before its `@`: `/`, whitespace, quotes, `<>` (see `Span.userinfo`). */
const USERINFO_END = charSet('/ \t\r\n\'"`<>');

/**
 * The scheme at `pos` (a word, optionally `+` and another: `git+ssh`) is followed by `://`, then, within
 * `after` characters of `pos`, by an `@` before the userinfo ends. A URL's host and path come after a
 * `/` or end it, so on the thousands of plain `https://` URLs of an API description the search stops
 * within a host name, not `after` characters later.
 */
export function hasUserinfo(source: TextSource, pos: number, after: number): boolean {
  let i = source.wordEnd(pos, 33);
  if (source.codeAt(i) === PLUS) i = source.wordEnd(i + 1, 33);
  if (source.codeAt(i) !== COLON || source.codeAt(i + 1) !== SLASH || source.codeAt(i + 2) !== SLASH) return false;
  return source.indexBefore(AT, USERINFO_END, i + 3, Math.min(source.length, pos + after + 1)) !== -1;
}
