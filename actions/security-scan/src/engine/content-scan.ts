import picomatch from 'picomatch';
import { redact, shannonEntropy } from './entropy.js';
import { isBenignLine, isExampleOrPlaceholder, isHashOrId, isReference } from './false-positives.js';
import { languageOf } from './language.js';
import { type Prefilter, type Prefiltered, prefilterOf, type ReadAheadAreas } from './prefilter.js';
import type { PatternRule, Span } from './rule.js';
import { BytesSource, SourceLine, StringSource, type TextSource } from './text-source.js';
import { type ContentHit, dropShadowedGenerics, lineStartAt, locate, type RawHit } from './content-hits.js';
import { charSet, followsWord, hasUserinfo } from './span-checks.js';

/** Characters before and after a keyword that a multi-line rule's match may span. */
const DEFAULT_WINDOW: readonly [number, number] = [1000, 10_000];

/** Past this many keyword hits in a file, a multi-line rule runs once over the whole text. */
const WHOLE_TEXT_HITS = 16;

/** Fewer bytes than this per keyword occurrence and a file is decoded whole (see `scanBytes`). */
const DENSE_BYTES_PER_KEYWORD = 512;

/**
 * Lines longer than this (minified code, one-line JSON, data blobs) are not searched whole by a
 * line-mode rule: its regex runs in windows around the rule's keywords on the line, `before` and
 * `after` characters each side (merged where they overlap). A match within `WINDOW_EDGE` characters
 * of a window's cut (not the line's own end) is dropped: there `^`, `$`, `\b` and short lookbehinds
 * would see a false start or end of text. So a match must lie near a keyword of its rule, as every
 * credential and call our rules describe does; on a megabyte line, co-occurrence further apart means
 * nothing, and one regex pass over the whole line per rule cost most of a minified tree's scan.
 */
const LONG_LINE = 4096;
const LONG_LINE_WINDOW: readonly [number, number] = [1024, 4096];
const WINDOW_EDGE = 64;
/**
 * On a long line, the characters each side of a dangerous call that its escalation pattern reads (the
 * statement around it): a megabyte of minified code always holds a string concatenation or a
 * `body` somewhere, and testing the whole line made every finding in a bundle high.
 */
const ESCALATE_REACH = 256;
const NEWLINE = 10;

/**
 * Calls `run` once per maximal run of overlapping windows `window(pos)` of `positions` (sorted
 * ascending, so window starts are too): each region of the text is searched once.
 */
function forMergedWindows(
  positions: readonly number[],
  window: (pos: number) => [number, number],
  run: (start: number, end: number) => void,
): void {
  let wStart = -1;
  let wEnd = -1;
  for (const pos of positions) {
    const [start, end] = window(pos);
    if (start <= wEnd) wEnd = Math.max(wEnd, end);
    else {
      if (wEnd >= 0) run(wStart, wEnd);
      wStart = start;
      wEnd = end;
    }
  }
  if (wEnd >= 0) run(wStart, wEnd);
}

/** A lookbehind of unbounded length could reach past a window's start: such a rule searches whole lines. */
const UNBOUNDED_LOOKBEHIND = /\(\?<[=!](?:\[(?:[^\]\\]|\\.)*\]|[^()[\\]|\\.|\([^()]*\))*?(?:[*+]|\{\d+,\})/;

/**
 * A suppression marker (see suppress.ts), found by the prefilter pass with the rules' keywords: a file
 * without one is not searched for it line by line (a search per minified file of megabytes).
 */
const MARKER = { keywords: ['moko-ignore:'] };

/** What the prefilter pass found in a file: the candidate rules, and whether a marker may be present. */
export interface FileCandidates {
  /** Candidate rule indices and where their keywords start (see `candidatesOfBytes`). */
  rules: Map<number, number[]>;
  /** False when the file holds no `moko-ignore:` (true does not promise one: the pass ignores case). */
  marked: boolean;
}

const COMMENT_LINE = /^\s*(?:\/\/|#(?!!)|\*|\/\*|--|;|<!--|')/;
/** Comment markers a comment may close on its own line, and how. */
const CLOSERS: Readonly<Record<string, string>> = { '/*': '*/', '<!--': '-->' };

/**
 * Whether the character at `at` of a line is inside a comment that starts the line: to its end for
 * `//`, `#` and the like, up to its closer for `/*` and `<!--`, so code after a closed banner
 * (`/*! lib v1 *\/ eval(x)`, how minified bundles start) is read.
 */
function inLeadingComment(line: SourceLine, at: number): boolean {
  // A long line's head is enough, unless it is all blanks.
  let head = line.length > LONG_LINE ? line.slice(0, LONG_LINE) : line.text();
  if (head.length < line.length && head.trim() === '') head = line.text();
  const m = COMMENT_LINE.exec(head);
  if (m === null) return false;
  const closer = CLOSERS[m[0].trimStart()];
  if (closer === undefined) return true;
  const end = line.slice(0, at).indexOf(closer, m[0].length);
  return end === -1 || end + closer.length > at;
}

/** Runs pattern rules over file texts: the prefilter first, then only the candidate rules' regexes. */
/** A line of the text being scanned, as `judge` needs it. */
interface Line {
  source: TextSource;
  /** The line, decoded as far as asked (a long line in windows around its findings). */
  text: SourceLine;
  /** Whether the line carries integrity strings or base64 media near `offset` (see makeLine). */
  benign: (offset: number) => boolean;
}

export class ContentScanner {
  /**
   * One prefilter over every rule's keywords. Per-language prefilters found fewer candidates but
   * cost 3-4 ms each to build: more than a scan of a few MiB spends on the extra keywords.
   */
  private readonly prefilter: Prefilter;
  private readonly globs: (((path: string) => boolean) | undefined)[];
  /** Rules without keywords limited to some files: candidates wherever their glob matches. */
  private readonly gated: number[];
  /** The prefilter's index of MARKER (after the rules). */
  private readonly marker: number;

  /** Whether a rule's regex may run in windows of a long line (see LONG_LINE). */
  private readonly windowable: boolean[];

  /** Sticky copies of span rules' patterns, made on first use. */
  private readonly stickies = new Map<PatternRule, RegExp>();
  /** Lines of the current text already decoded, by start offset: one decode per line for every rule. */
  private readonly lineTexts = new Map<number, string>();
  /** Lines of the current text already judged, by start offset (see `lineOf`). */
  private readonly lineCache = new Map<number, Line>();

  /** `rules` are the active pattern rules. */
  constructor(private readonly rules: readonly PatternRule[]) {
    this.globs = rules.map((r) => (r.fileGlobs ? picomatch([...r.fileGlobs], { dot: true }) : undefined));
    this.prefilter = prefilterOf([...rules, MARKER]);
    this.marker = rules.length;
    this.gated = rules.flatMap((r, i) => (r.fileGlobs && !r.keywords?.length ? [i] : []));
    this.windowable = rules.map((r) => !UNBOUNDED_LOOKBEHIND.test(r.pattern.source));
  }

  private stickyOf(rule: PatternRule): RegExp {
    let re = this.stickies.get(rule);
    if (!re) {
      re = new RegExp(rule.pattern.source, `${rule.pattern.flags.replace('g', '')}y`);
      this.stickies.set(rule, re);
    }
    return re;
  }

  /** Hits in one file's text; `path` is relative with forward slashes. */
  scan(path: string, text: string): ContentHit[] {
    const { rules } = this.forFile(path, this.prefilter.scan(text));
    return rules.size === 0 ? [] : this.scanSource(path, new StringSource(text), rules);
  }

  /**
   * Candidate rules of a file's bytes and where their keywords start (byte offsets), from one
   * prefilter pass; no rules means none can match and the file need not be decoded.
   */
  candidatesOfBytes(path: string, bytes: Uint8Array, length: number): FileCandidates {
    return this.forFile(path, this.prefilter.scanBytes(bytes, length));
  }

  /** `candidatesOfBytes` for a file whose prefilter lanes ran on the read-ahead thread. */
  candidatesOfPrefiltered(path: string, bytes: Uint8Array, length: number, pre: Prefiltered): FileCandidates {
    return this.forFile(path, this.prefilter.scanPrefiltered(bytes, length, pre));
  }

  /** Memories the read-ahead thread prefilters large files in (see Prefilter.readAheadAreas). */
  readAheadAreas(): ReadAheadAreas | undefined {
    return this.prefilter.readAheadAreas();
  }

  /**
   * A counter of the UTF-16 units that well-formed UTF-8 ranges of `bytes` decode to, when they lie
   * where `inputFor` reads files (see Prefilter.utf16UnitsIn); undefined otherwise.
   */
  utf16UnitsIn(bytes: Uint8Array): ((from: number, to: number) => number) | undefined {
    return this.prefilter.utf16UnitsIn(bytes);
  }

  /**
   * Where to read a file of `size` bytes for `candidatesOfBytes` to scan it without a copy (the
   * prefilter's input area): valid until the next call.
   */
  inputFor(size: number): Uint8Array {
    return this.prefilter.input(size);
  }

  /**
   * Drops the candidates whose rule does not apply to the file's language, and adds the rules
   * without keywords that are limited to files like this one (a `.pgpass` is read whole).
   */
  private forFile(path: string, candidates: Map<number, number[]>): FileCandidates {
    const marked = candidates.delete(this.marker);
    const language = languageOf(path);
    for (const index of candidates.keys()) {
      const langs = this.rules[index]!.languages;
      if (langs && (language === undefined || !langs.includes(language))) candidates.delete(index);
    }
    for (const index of this.gated) if (this.globs[index]!(path)) candidates.set(index, []);
    return { rules: candidates, marked };
  }

  /**
   * Hits in a file's bytes, read as latin1 (one character per byte, so keyword offsets stay valid;
   * the patterns are ASCII): only the lines and windows around keywords are decoded. The texts a
   * hit carries are latin1 views; the caller converts what it shows back to UTF-8.
   */
  scanBytes(path: string, bytes: Buffer, length: number, candidates: Map<number, number[]>): ContentHit[] {
    if (candidates.size === 0) return [];
    let keywords = 0;
    for (const [index, positions] of candidates) if (!this.rules[index]!.span) keywords += positions.length;
    // Where keywords are dense, decoding the whole file at once costs less than line by line (span
    // rules decode a few characters around a keyword, and only after their byte checks pass).
    const source = new BytesSource(bytes, length, this.prefilter.newlinesIn(bytes));
    if (keywords * DENSE_BYTES_PER_KEYWORD > length) source.whole();
    return this.scanSource(path, source, candidates);
  }

  private scanSource(path: string, source: TextSource, candidates: Map<number, number[]>): ContentHit[] {
    const language = languageOf(path);
    const hits: RawHit[] = [];
    for (const [index, positions] of candidates) {
      const rule = this.rules[index]!;
      if (rule.languages && (!language || !rule.languages.includes(language))) continue;
      const glob = this.globs[index];
      if (glob && !glob(path)) continue;
      if (positions.length === 0) {
        this.run(rule, source.whole(), 0, source, hits);
        continue;
      }
      // Spans are tried one by one (in any order: a match found twice is dropped later).
      if (rule.span) {
        this.runSpans(rule, rule.span, positions, source, hits);
        continue;
      }
      positions.sort((a, b) => a - b);
      if (rule.multiline) {
        // So many keyword hits that one pass over the text is cheaper than many windows.
        if (positions.length > WHOLE_TEXT_HITS) {
          this.run(rule, source.whole(), 0, source, hits);
          continue;
        }
        // Window mode: a byte range around each keyword, widened to whole lines, windows merged. A line
        // reaching more than LONG_LINE past the range (minified code) is cut instead (see runCut).
        const [before, after] = rule.window ?? DEFAULT_WINDOW;
        const window = (pos: number): [number, number] => {
          const from = Math.max(0, pos - before);
          const to = Math.min(source.length, pos + after);
          const lineStart = source.lastNewline(from) + 1;
          const lineEnd = source.nextNewline(to);
          return [from - lineStart > LONG_LINE ? from : lineStart, lineEnd - to > LONG_LINE ? to : lineEnd];
        };
        forMergedWindows(positions, window, (start, end) => this.runCut(rule, start, end, source, hits));
        continue;
      }
      // Line mode: the regex runs only over the lines that hold one of the rule's keywords, each once
      // (a long line only in windows around the keywords).
      let covered = -1;
      for (let k = 0; k < positions.length; k++) {
        const pos = positions[k]!;
        if (pos < covered) continue;
        const start = source.lastNewline(pos) + 1;
        const end = source.nextNewline(pos);
        covered = end;
        if (end - start > LONG_LINE && this.windowable[index]) {
          this.runWindows(rule, positions, k, start, end, source, hits);
          continue;
        }
        this.run(rule, this.textOf(source, start, end), start, source, hits, { line: true });
      }
    }
    this.lineCache.clear();
    this.lineTexts.clear();
    return locate(dropShadowedGenerics(hits), source);
  }

  /**
   * A line-mode rule on a long line (`[lineStart, lineEnd)`): its regex runs in merged windows around
   * its keywords on the line (`positions` from `first` on, sorted), dropping matches at a window's cut.
   */
  private runWindows(
    rule: PatternRule,
    positions: readonly number[],
    first: number,
    lineStart: number,
    lineEnd: number,
    source: TextSource,
    hits: RawHit[],
  ): void {
    const [before, after] = LONG_LINE_WINDOW;
    // Only the windows are decoded (a substring when the line already is): most of a megabyte line
    // of minified code is never turned into a string.
    const line = this.lineTexts.get(lineStart);
    let last = first;
    while (last < positions.length && positions[last]! < lineEnd) last++;
    forMergedWindows(
      positions.slice(first, last),
      (pos) => [Math.max(lineStart, pos - before), Math.min(lineEnd, pos + after)],
      (start, end) =>
        this.run(
          rule,
          line === undefined ? source.slice(start, end) : line.slice(start - lineStart, end - lineStart),
          start,
          source,
          hits,
          { cutStart: start > lineStart, cutEnd: end < lineEnd },
        ),
    );
  }

  /**
   * Span mode: around each keyword occurrence, `before` characters before it to `after` after its
   * start, plus one character of context each side (for `\b`), cut at the line's ends unless the
   * rule is multi-line. A match
   * found twice from two nearby occurrences is dropped later (same rule, same offset).
   */
  private runSpans(
    rule: PatternRule,
    span: Span,
    positions: readonly number[],
    source: TextSource,
    hits: RawHit[],
  ): void {
    const sticky = this.stickyOf(rule);
    const { before, after, atKeyword, userinfo } = span;
    const follows = span.follows === undefined ? undefined : charSet(span.follows);
    for (const pos of positions) {
      if (follows !== undefined && !followsWord(source, pos, follows)) continue;
      if (userinfo && !hasUserinfo(source, pos, after)) continue;
      let start = Math.max(0, pos - before - 1);
      let chunk = source.slice(start, Math.min(source.length, pos + after + 1));
      if (!rule.multiline) {
        const lineStart = chunk.lastIndexOf('\n', pos - start - 1);
        if (lineStart !== -1) {
          chunk = chunk.slice(lineStart + 1);
          start += lineStart + 1;
        }
        const lineEnd = chunk.indexOf('\n', pos - start);
        if (lineEnd !== -1) chunk = chunk.slice(0, lineEnd);
      }
      if (!atKeyword) {
        this.run(rule, chunk, start, source, hits);
        continue;
      }
      // One sticky attempt at the keyword, which fails within a few characters on the thousands of
      // occurrences that are not a credential.
      sticky.lastIndex = pos - start;
      const m = sticky.exec(chunk);
      if (m !== null && m[0].length > 0) {
        const hit = this.judge(rule, m, start, source, undefined);
        if (hit) hits.push(hit);
      }
    }
  }

  /**
   * A multi-line rule over `[start, end)` of the source: a window edge that is not a line's end (nor
   * the text's) is a cut, near which matches are dropped (see LONG_LINE).
   */
  private runCut(rule: PatternRule, start: number, end: number, source: TextSource, hits: RawHit[]): void {
    this.run(rule, source.slice(start, end), start, source, hits, {
      cutStart: start > 0 && source.codeAt(start - 1) !== NEWLINE,
      cutEnd: end < source.length && source.codeAt(end) !== NEWLINE,
    });
  }

  /**
   * Runs `rule` over `chunk` (at `base` in the source). `line`: the chunk is one whole line. `cutStart`
   * and `cutEnd`: the chunk was cut out of a long line there, so a match within WINDOW_EDGE of that
   * edge is dropped (the regex saw a false start or end of text).
   */
  private run(
    rule: PatternRule,
    chunk: string,
    base: number,
    source: TextSource,
    hits: RawHit[],
    { line = false, cutStart = false, cutEnd = false } = {},
  ): void {
    const re = rule.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(chunk); m !== null; m = re.exec(chunk)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (cutStart && m.index < WINDOW_EDGE) continue;
      if (cutEnd && chunk.length - (m.index + m[0].length) < WINDOW_EDGE) continue;
      const hit = this.judge(rule, m, base, source, line ? chunk : undefined);
      if (hit) hits.push(hit);
    }
  }

  /**
   * The line holding `offset` (`lineChunk` when the regex ran over that line): its text without `\r`,
   * and whether it carries integrity strings or base64 media. Lines found from an offset are kept for
   * the text being scanned, so the many matches of several rules on one long line (minified code)
   * share one line, decoded only where they look.
   */
  private lineOf(source: TextSource, offset: number, base: number, lineChunk: string | undefined): Line {
    if (lineChunk !== undefined) return this.makeLine(source, base, base + lineChunk.length, lineChunk);
    const start = lineStartAt(source, offset);
    let line = this.lineCache.get(start);
    if (line === undefined || line.source !== source) {
      line = this.makeLine(source, start, source.nextNewline(offset), undefined);
      this.lineCache.set(start, line);
    }
    return line;
  }

  /** The text of the line `[start, end)`, decoded once per scan: rules share it, and hits on it carry the same string. */
  private textOf(source: TextSource, start: number, end: number): string {
    let text = this.lineTexts.get(start);
    if (text === undefined) {
      text = source.slice(start, end);
      this.lineTexts.set(start, text);
    }
    return text;
  }

  /** The line from `start` to its `\n` at `end`; `raw` is its text when already decoded. */
  private makeLine(source: TextSource, start: number, end: number, raw: string | undefined): Line {
    // A short line is decoded whole, once for every rule (line-mode rules read it whole too).
    const text = new SourceLine(
      source,
      start,
      end,
      raw ?? (end - start > LONG_LINE ? undefined : this.textOf(source, start, end)),
    );
    let benign: boolean | undefined;
    // On a long line only the window around the match counts (as for line rules, see LONG_LINE): an
    // integrity hash a megabyte away says nothing about it, and testing the whole line cost two
    // regex passes over every minified file with a candidate secret.
    const [before, after] = LONG_LINE_WINDOW;
    const isBenign =
      text.length > LONG_LINE
        ? (offset: number) => isBenignLine(text.slice(offset - start - before, offset - start + after))
        : () => (benign ??= isBenignLine(text.text()));
    return { source, text, benign: isBenign };
  }

  /** `lineChunk` is the match's whole line when the regex ran over one line (as the source holds it). */
  private judge(
    rule: PatternRule,
    m: RegExpExecArray,
    base: number,
    source: TextSource,
    lineChunk: string | undefined,
  ): RawHit | undefined {
    let value = m[0];
    let offset = base + m.index;
    for (let g = 1; g < m.length; g++) {
      const v = m[g];
      if (v !== undefined) {
        value = v;
        offset = base + m.index + Math.max(0, m[0].indexOf(v));
        break;
      }
    }
    if (rule.category === 'secret') {
      const hashLike = (rule as { hashLike?: boolean }).hashLike;
      // The value's own checks first: most matches fail them, and then their line (a whole minified
      // file, megabytes long) is never decoded.
      const rejectedValue =
        isExampleOrPlaceholder(value) ||
        isReference(value) ||
        (!hashLike && isHashOrId(value)) ||
        (rule.minEntropy !== undefined && shannonEntropy(value) < rule.minEntropy) ||
        (rule.validate !== undefined && !rule.validate(value, m));
      const line = rejectedValue ? undefined : this.lineOf(source, offset, base, lineChunk);
      return {
        rejected: line === undefined || line.benign(offset),
        rule,
        severity: rule.severity,
        // A rejected hit is dropped before anyone reads its line.
        lineText: line?.text ?? new SourceLine(source, offset, offset),
        lineStart: line?.text.start ?? offset,
        redacted: redact(value),
        value,
        start: offset,
        end: offset + value.length,
      };
    }
    const lineText = this.lineOf(source, offset, base, lineChunk).text;
    const lineStart = lineText.start;
    const at = base + m.index - lineStart;
    if (inLeadingComment(lineText, at)) return undefined;
    if (rule.validate && !rule.validate(value, m)) return undefined;
    const context =
      lineText.length > LONG_LINE
        ? lineText.slice(at - ESCALATE_REACH, at + m[0].length + ESCALATE_REACH)
        : lineText.text();
    const severity =
      rule.escalate && (rule.escalate.pattern.test(m[0]) || rule.escalate.pattern.test(context))
        ? rule.escalate.severity
        : rule.severity;
    const snippet = m[0].length > 120 ? `${m[0].slice(0, 117)}...` : m[0];
    return {
      rule,
      severity,
      lineText,
      lineStart,
      snippet: snippet.replace(/\s+/g, ' '),
      start: offset,
      end: offset + value.length,
    };
  }
}
