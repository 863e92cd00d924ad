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

const NL = 10;

/** The first `length` bytes of a buffer as a latin1 TextSource (offsets are byte offsets). */
export class BytesSource implements TextSource {
  private readonly bytes: Buffer;
  private text: string | undefined;
  /** Wraps `bytes[0, length)` without copying. */
  constructor(
    bytes: Uint8Array,
    readonly length: number,
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
  lastNewline(pos: number): number {
    // A negative offset would count from the end.
    return pos < 0 ? -1 : this.bytes.lastIndexOf(NL, pos);
  }
  nextNewline(pos: number): number {
    const i = this.bytes.indexOf(NL, pos);
    return i === -1 ? this.length : i;
  }
  countLines(from: number, to: number): number {
    let n = 0;
    for (let i = this.bytes.indexOf(NL, from); i !== -1 && i < to; i = this.bytes.indexOf(NL, i + 1)) n++;
    return n;
  }
}
