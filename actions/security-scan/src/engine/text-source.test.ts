import { describe, expect, it } from 'vitest';
import { BytesSource, StringSource, type TextSource } from './text-source.js';

// Both sources must answer alike: a file is read as bytes or, where keywords are dense, as a string.
const text = 'line one\nconst api_key = "x@y";\r\nlast-word_9 end';
const sources: [string, TextSource][] = [
  ['string', new StringSource(text)],
  ['bytes', new BytesSource(Buffer.from(`${text}TAIL OF A REUSED BUFFER`, 'latin1'), text.length)],
];

describe.each(sources)('%s source', (_kind, source) => {
  it('finds lines, words and characters within bounds', () => {
    expect(source.slice(9, 14)).toBe('const');
    expect([source.lastNewline(12), source.nextNewline(12), source.countLines(0, text.length)]).toEqual([8, 32, 2]);
    expect(source.codeAt(0)).toBe(108);
    expect(source.codeAt(text.length)).toBeNaN();
    expect(source.wordEnd(15, 33)).toBe(22); // api_key
    expect(source.wordEnd(33, 33)).toBe(44); // last-word_9
    expect(source.wordEnd(15, 3)).toBe(18); // capped
    expect(source.indexOnLine(64, 15, 32)).toBe(27); // '@'
    expect(source.indexOnLine(64, 28, 32)).toBe(-1);
    expect(source.indexOnLine(108, 20, 40)).toBe(-1); // an 'l' past the line's end
    expect(source.indexOnLine(65, 33, 1000)).toBe(-1); // the buffer's stale tail is never read
  });
});
