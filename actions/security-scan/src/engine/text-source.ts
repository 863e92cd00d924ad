/**
 * The text a content scan reads, by range: a string (tests, workflow files) or a file's bytes read
 * as latin1, one character per byte, decoded only where a rule looks (lines and windows around
 * keywords) so most of a file is never turned into a string.
 */
export interface TextSource {
  readonly length: number;
  /** Characters `start` to `end` (exclusive). */
  slice(start: number, end: number): string;
  /** The whole text (decoded once, on first use). */
  whole(): string;
  /** Offset of the last `\n` at or before `pos`, or -1. */
  lastNewline(pos: number): number;
  /** Offset of the first `\n` at or after `pos`, or the length when there is none. */
  nextNewline(pos: number): number;
  /** How many `\n` lie in `[from, to)`. */
  countLines(from: number, to: number): number;
  /** The character code (byte) at `pos`, NaN out of range. */
  codeAt(pos: number): number;
  /** End of the word (letters, digits, `_`, `-`) starting at `pos`, looking at most `max` characters. */
  wordEnd(pos: number, max: number): number;
  /**
   * Offset of the first `ch` in `[from, to)` that comes before any character of `stops` (a membership
   * table of character codes, see span-checks' charSet), or -1 (read without decoding).
   */
  indexBefore(ch: number, stops: Uint8Array, from: number, to: number): number;
}

const NL = 10;

/** Letters, digits, `_` and `-`. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/** A string as a TextSource. */
export class StringSource implements TextSource {
  readonly length: number;
  /** Wraps `text`. */
  constructor(private readonly text: string) {
    this.length = text.length;
  }
  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }
  whole(): string {
    return this.text;
  }
  codeAt(pos: number): number {
    return this.text.charCodeAt(pos);
  }
  wordEnd(pos: number, max: number): number {
    const end = Math.min(this.length, pos + max);
    let i = pos;
    while (i < end && isWordCode(this.text.charCodeAt(i))) i++;
    return i;
  }
  indexBefore(ch: number, stops: Uint8Array, from: number, to: number): number {
    const text = this.text;
    for (let i = from, end = Math.min(to, this.length); i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === ch) return i;
      if (stops[c & 255] === 1) return -1;
    }
    return -1;
  }
  lastNewline(pos: number): number {
    return pos < 0 ? -1 : this.text.lastIndexOf('\n', pos);
  }
  nextNewline(pos: number): number {
    const i = this.text.indexOf('\n', pos);
    return i === -1 ? this.length : i;
  }
  countLines(from: number, to: number): number {
    let n = 0;
    for (let i = this.text.indexOf('\n', from); i !== -1 && i < to; i = this.text.indexOf('\n', i + 1)) n++;
    return n;
  }
}

/** The first `length` bytes of a buffer as a latin1 TextSource (offsets are byte offsets). */
export class BytesSource implements TextSource {
  private readonly bytes: Buffer;
  private text: string | undefined;
  /**
   * The last lines asked about, round robin: each `[lo[k], hi[k])` holds no `\n`, `lo[k]` is 0 or
   * follows one, `hi[k]` is one or the end. Rules ask for the ends of the same megabyte lines
   * (minified code: a banner, the code, a source map comment) once per keyword and finding, in
   * turns; searched each time, that was 1.5 GB of searching on a 121 MB minified tree.
   */
  private readonly lo = [0, 0, 0, 0];
  private readonly hi = [-1, -1, -1, -1];
  private slot = 0;
  /**
   * Wraps `bytes[0, length)` without copying. `newlines`, when given, counts the `\n` bytes in a range
   * of them faster than a search per line (the prefilter's, for bytes in its memory).
   */
  constructor(
    bytes: Uint8Array,
    readonly length: number,
    private readonly newlines?: (from: number, to: number) => number,
  ) {
    // A view bounded to the file, so searches never run into a reused buffer's stale tail.
    this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, length);
  }
  slice(start: number, end: number): string {
    if (this.text !== undefined) return this.text.slice(start, end);
    return this.bytes.toString('latin1', start, end);
  }
  whole(): string {
    this.text ??= this.bytes.toString('latin1', 0, this.length);
    return this.text;
  }
  codeAt(pos: number): number {
    return pos >= 0 && pos < this.length ? this.bytes[pos]! : Number.NaN;
  }
  wordEnd(pos: number, max: number): number {
    const end = Math.min(this.length, pos + max);
    const bytes = this.bytes;
    let i = pos;
    while (i < end && isWordCode(bytes[i]!)) i++;
    return i;
  }
  indexBefore(ch: number, stops: Uint8Array, from: number, to: number): number {
    // A loop, not a native search: the ranges are short (a span rule's reach), and a subarray per call
    // cost more than the search.
    const bytes = this.bytes;
    for (let i = from, end = Math.min(to, this.length); i < end; i++) {
      const c = bytes[i]!;
      if (c === ch) return i;
      if (stops[c] === 1) return -1;
    }
    return -1;
  }
  lastNewline(pos: number): number {
    // A negative offset would count from the end.
    if (pos < 0) return -1;
    const k = this.known(pos);
    if (k >= 0 && pos < this.hi[k]!) return this.lo[k]! - 1;
    const i = this.bytes.lastIndexOf(NL, pos);
    if (i !== pos && pos < this.length) this.remember(i + 1, this.search(pos));
    return i;
  }
  nextNewline(pos: number): number {
    // A negative offset would count from the end (a string's indexOf reads it as 0).
    if (pos < 0) pos = 0;
    const k = this.known(pos);
    if (k >= 0) return this.hi[k]!;
    const i = this.search(pos);
    if (pos < this.length && this.bytes[pos] !== NL) this.remember(this.bytes.lastIndexOf(NL, pos) + 1, i);
    return i;
  }
  /** The remembered line holding `pos` (its end included), or -1. */
  private known(pos: number): number {
    for (let k = 0; k < 4; k++) if (pos >= this.lo[k]! && pos <= this.hi[k]!) return k;
    return -1;
  }
  private search(pos: number): number {
    const i = this.bytes.indexOf(NL, pos);
    return i === -1 ? this.length : i;
  }
  private remember(lo: number, hi: number): void {
    this.lo[this.slot] = lo;
    this.hi[this.slot] = hi;
    this.slot = (this.slot + 1) & 3;
  }
  countLines(from: number, to: number): number {
    if (this.newlines) return this.newlines(Math.max(0, from), Math.min(to, this.length));
    let n = 0;
    for (let i = this.bytes.indexOf(NL, from); i !== -1 && i < to; i = this.bytes.indexOf(NL, i + 1)) n++;
    return n;
  }
}

/**
 * A line of a TextSource (without its `\r\n` or `\n`), decoded only as far as it is asked: the whole
 * text once, or slices of it. Findings on a line of minified code need a few windows of a megabyte
 * line, and decoding each such line whole cost a tenth of a minified tree's scan.
 */
export class SourceLine {
  /** Offset in the source of the line's end (its `\r` or `\n`, or the source's end). */
  readonly end: number;
  private decoded: string | undefined;

  /** The line starting at `start` whose `\n` (or the source's end) is at `newline`; `text` if already decoded. */
  constructor(
    private readonly source: TextSource,
    readonly start: number,
    newline: number,
    text?: string,
  ) {
    this.end = newline > start && source.codeAt(newline - 1) === 13 ? newline - 1 : newline;
    if (text !== undefined) this.decoded = text.length > this.end - start ? text.slice(0, this.end - start) : text;
  }

  get length(): number {
    return this.end - this.start;
  }

  /** The whole line. */
  text(): string {
    this.decoded ??= this.source.slice(this.start, this.end);
    return this.decoded;
  }

  /** Characters `from` to `to` of the line (clamped to it). */
  slice(from: number, to: number): string {
    const [a, b] = [Math.max(0, from), Math.min(this.length, to)];
    if (b <= a) return '';
    return this.decoded !== undefined ? this.decoded.slice(a, b) : this.source.slice(this.start + a, this.start + b);
  }
}
