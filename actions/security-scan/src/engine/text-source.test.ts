import { describe, expect, it } from 'vitest';
import { charSet, hasUserinfo } from './span-checks.js';
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
    const lineEnd = charSet('\n');
    expect(source.indexBefore(64, lineEnd, 15, 32)).toBe(27); // '@'
    expect(source.indexBefore(64, lineEnd, 28, 32)).toBe(-1);
    expect(source.indexBefore(108, lineEnd, 20, 40)).toBe(-1); // an 'l' past the line's end
    expect(source.indexBefore(64, charSet('"'), 15, 32)).toBe(-1); // a stop before the '@'
    expect(source.indexBefore(65, lineEnd, 33, 1000)).toBe(-1); // the buffer's stale tail is never read
  });
});

describe('line ends of a bytes source, remembered per line', () => {
  it('answers as a fresh search would, in any order of questions', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let round = 0; round < 20; round++) {
      // Long lines, short lines, empty lines, a text ending with and without a newline.
      const parts = Array.from({ length: 1 + next(6) }, () => 'x'.repeat([0, 1, 5, 5000][next(4)]!));
      const text = parts.join('\n') + (next(2) ? '\n' : '');
      const remembered = new BytesSource(Buffer.from(`${text}\nSTALE`, 'latin1'), text.length);
      const fresh = new StringSource(text);
      for (let q = 0; q < 300; q++) {
        const pos = next(text.length + 3) - 1;
        if (next(2)) expect(remembered.lastNewline(pos), `lastNewline(${pos})`).toBe(fresh.lastNewline(pos));
        else expect(remembered.nextNewline(pos), `nextNewline(${pos})`).toBe(fresh.nextNewline(pos));
      }
    }
  });
});

describe("hasUserinfo (the URL rules' byte check)", () => {
  const check = (text: string, after = 256) =>
    [new StringSource(text), new BytesSource(Buffer.from(`${text}@`, 'latin1'), text.length)].map((s) =>
      hasUserinfo(s, 0, after),
    );
  it('passes a URL with credentials', () => {
    for (const url of ['https://user:pa55@example.com', 'http://:token@h', 'git+ssh://u:p@h', 'ldaps://cn=a:b@h'])
      expect(check(url)).toEqual([true, true]);
  });
  it("stops at the userinfo's end: a slash, whitespace, a quote, <>, the line's end or the reach", () => {
    for (const text of [
      'https://api.github.com/users/octocat@github.com',
      'https://example.com a@b',
      'https://example.com"@',
      'https://example.com>@',
      'https://example.com\n@',
      'https:/x:y@h',
      'https:x:y@h',
      'httpbin',
      'https://',
    ])
      expect(check(text)).toEqual([false, false]);
    expect(check('https://u:p@h', 11)).toEqual([true, true]); // the @ at 11
    expect(check('https://u:p@h', 10)).toEqual([false, false]);
  });
});
