import picomatch from 'picomatch';
import type { Severity } from '../validation/finding.js';
import { redact, shannonEntropy } from './entropy.js';
import { isBenignLine, isExampleOrPlaceholder, isHashOrId, isReference } from './false-positives.js';
import { languageOf } from './language.js';
import { Prefilter } from './prefilter.js';
import type { Language, PatternRule } from './rule.js';

/** A pattern match that passed every filter, before suppressions and fingerprints. */
export interface ContentHit {
  rule: PatternRule;
  severity: Severity;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  lineText: string;
  /** Redacted value for secrets. */
  redacted?: string;
  /** A specific rule matched but a filter (checksum, example, placeholder) rejected the value. */
  rejected?: boolean;
  /** The secret itself, only so the caller can mask it in logs (never stored in a finding). */
  value?: string;
  /** The matched code (dangerous functions only; secrets never carry their value). */
  snippet?: string;
}

/** Characters before and after a keyword that a multi-line rule's match may span. */
const DEFAULT_WINDOW: readonly [number, number] = [1000, 10_000];

/** Past this many keyword hits in a file, a line-mode rule runs once over the whole text. */
const WHOLE_TEXT_HITS = 16;

const COMMENT_LINE = /^\s*(?:\/\/|#(?!!)|\*|\/\*|--|;|<!--|')/;

/** Runs pattern rules over file texts: the prefilter first, then only the candidate rules' regexes. */
export class ContentScanner {
  /** One prefilter per language, holding only the keywords of rules that apply to it. */
  private readonly prefilters = new Map<Language | undefined, Prefilter>();
  private readonly globs: ((path: string) => boolean)[];

  /** `rules` are the active pattern rules. */
  constructor(private readonly rules: readonly PatternRule[]) {
    this.globs = rules.map((r) => (r.fileGlobs ? picomatch([...r.fileGlobs], { dot: true }) : () => true));
  }

  private prefilterFor(language: Language | undefined): Prefilter {
    let p = this.prefilters.get(language);
    if (!p) {
      p = new Prefilter(this.rules, (i) => {
        const langs = this.rules[i]!.languages;
        return !langs || (language !== undefined && langs.includes(language));
      });
      this.prefilters.set(language, p);
    }
    return p;
  }

  /** Hits in one file's text; `path` is relative with forward slashes. */
  scan(path: string, text: string, precomputed?: Map<number, number[]>): ContentHit[] {
    const language = languageOf(path);
    const candidates = precomputed ?? this.prefilterFor(language).scan(text);
    if (candidates.size === 0) return [];
    const lines = new LineIndex(text);
    const hits: (ContentHit & { start: number; end: number })[] = [];
    for (const [index, positions] of candidates) {
      const rule = this.rules[index]!;
      if (rule.languages && (!language || !rule.languages.includes(language))) continue;
      if (!this.globs[index]!(path)) continue;
      // No keyword, or so many keyword hits that one pass over the text is cheaper than many lines.
      if (positions.length === 0 || positions.length > WHOLE_TEXT_HITS) {
        this.run(rule, text, 0, lines, hits);
        continue;
      }
      positions.sort((a, b) => a - b);
      if (rule.multiline) {
        // Window mode: a byte range around each keyword, widened to whole lines, windows merged.
        const [before, after] = rule.window ?? DEFAULT_WINDOW;
        let wStart = -1;
        let wEnd = -1;
        for (const pos of positions) {
          const start = text.lastIndexOf('\n', Math.max(0, pos - before)) + 1;
          const endAt = text.indexOf('\n', Math.min(text.length, pos + after));
          const end = endAt === -1 ? text.length : endAt;
          if (start <= wEnd) wEnd = Math.max(wEnd, end);
          else {
            if (wEnd >= 0) this.run(rule, text.slice(wStart, wEnd), wStart, lines, hits);
            wStart = start;
            wEnd = end;
          }
        }
        this.run(rule, text.slice(wStart, wEnd), wStart, lines, hits);
        continue;
      }
      // Line mode: the regex runs only over the lines that hold one of the rule's keywords.
      let covered = -1;
      for (const pos of positions) {
        if (pos < covered) continue;
        const start = text.lastIndexOf('\n', pos) + 1;
        let end = text.indexOf('\n', pos);
        if (end === -1) end = text.length;
        covered = end;
        this.run(rule, text.slice(start, end), start, lines, hits);
      }
    }
    return dropShadowedGenerics(hits);
  }

  /** Prefilter over raw bytes (undefined when the bytes are not pure ASCII; decode and use `scan`). */
  candidatesOfBytes(path: string, bytes: Uint8Array, length: number): Map<number, number[]> | undefined {
    return this.prefilterFor(languageOf(path)).scanBytes(bytes, length);
  }

  private run(
    rule: PatternRule,
    chunk: string,
    base: number,
    lines: LineIndex,
    hits: (ContentHit & { start: number; end: number })[],
  ): void {
    const re = rule.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(chunk); m !== null; m = re.exec(chunk)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const hit = this.judge(rule, m, base, lines);
      if (hit) hits.push(hit);
    }
  }

  private judge(rule: PatternRule, m: RegExpExecArray, base: number, lines: LineIndex) {
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
    const { line, column, lineText } = lines.at(offset);
    if (rule.category === 'secret') {
      const hashLike = (rule as { hashLike?: boolean }).hashLike;
      const rejected =
        isExampleOrPlaceholder(value) ||
        isReference(value) ||
        (!hashLike && isHashOrId(value)) ||
        isBenignLine(lineText) ||
        (rule.minEntropy !== undefined && shannonEntropy(value) < rule.minEntropy) ||
        (rule.validate !== undefined && !rule.validate(value, m));
      return {
        rejected,
        rule,
        severity: rule.severity,
        line,
        column,
        lineText,
        redacted: redact(value),
        value,
        start: offset,
        end: offset + value.length,
      };
    }
    if (COMMENT_LINE.test(lineText)) return undefined;
    if (rule.validate && !rule.validate(value, m)) return undefined;
    const severity =
      rule.escalate && (rule.escalate.pattern.test(m[0]) || rule.escalate.pattern.test(lineText))
        ? rule.escalate.severity
        : rule.severity;
    const snippet = m[0].length > 120 ? `${m[0].slice(0, 117)}...` : m[0];
    return {
      rule,
      severity,
      line,
      column,
      lineText,
      snippet: snippet.replace(/\s+/g, ' '),
      start: offset,
      end: offset + value.length,
    };
  }
}

/** Generic secret rules yield to a specific rule that matched overlapping text. */
function dropShadowedGenerics(hits: (ContentHit & { start: number; end: number })[]): ContentHit[] {
  // A value a specific rule recognised, even one it then rejected (bad checksum, documented
  // example), is not reported again by the generic assignment rules.
  const specific = hits.filter((h) => h.rule.category === 'secret' && !(h.rule as { generic?: boolean }).generic);
  const seen = new Set<string>();
  const out: ContentHit[] = [];
  for (const h of hits.sort((a, b) => a.start - b.start || a.rule.id.localeCompare(b.rule.id))) {
    if (h.rejected) continue;
    if ((h.rule as { generic?: boolean }).generic && specific.some((s) => s.start < h.end && h.start < s.end)) continue;
    const key = `${h.rule.id}:${h.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { start: _s, end: _e, ...hit } = h;
    out.push(hit);
  }
  return out;
}

/** Offsets to line/column, computed lazily (most files have no hits). */
export class LineIndex {
  private starts: number[] | undefined;
  /** Builds an index for `text`. */
  constructor(private readonly text: string) {}

  private index(): number[] {
    if (!this.starts) {
      this.starts = [0];
      const text = this.text;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    }
    return this.starts;
  }

  /** Text of 1-based line `n`, or undefined when out of range. */
  lineText(n: number): string | undefined {
    const starts = this.index();
    const start = starts[n - 1];
    if (start === undefined) return undefined;
    const next = starts[n];
    return this.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, '');
  }

  /** 1-based line and column of an offset, and the text of that line. */
  at(offset: number): { line: number; column: number; lineText: string } {
    this.starts = this.index();
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = this.starts[lo]!;
    return { line: lo + 1, column: offset - start + 1, lineText: this.lineText(lo + 1) ?? '' };
  }
}
