import type { Severity } from '../../../../shared/core/finding.js';
import type { PatternRule } from './rule.js';
import { SourceLine, type TextSource } from './text-source.js';

/** A pattern match that passed every filter, before suppressions and fingerprints. */
export interface ContentHit {
  rule: PatternRule;
  severity: Severity;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** The finding's line, decoded as far as asked. */
  lineText: SourceLine;
  /** Offset of the line's start in the text (a byte offset in a file's bytes). */
  lineStart: number;
  /** The line above (undefined on the first line), for suppression comments. */
  lineAbove: SourceLine | undefined;
  /** Redacted value for secrets. */
  redacted?: string;
  /** A specific rule matched but a filter (checksum, example, placeholder) rejected the value. */
  rejected?: boolean;
  /** The secret itself, only so the caller can mask it in logs (never stored in a finding). */
  value?: string;
  /** The matched code (dangerous functions only; secrets never carry their value). */
  snippet?: string;
}

/** A match being judged: offsets in the source, the line around it, not yet its line number. */
export interface RawHit extends Omit<ContentHit, 'line' | 'column' | 'lineAbove'> {
  start: number;
  end: number;
}

/** Generic secret rules yield to a specific rule that matched overlapping text. */
export function dropShadowedGenerics(hits: RawHit[]): RawHit[] {
  if (hits.length === 0) return hits;
  // A value a specific rule recognised, even one it then rejected (bad checksum, documented
  // example), is not reported again by the generic assignment rules.
  const specific = hits.filter((h) => h.rule.category === 'secret' && !(h.rule as { generic?: boolean }).generic);
  const seen = new Set<string>();
  const out: RawHit[] = [];
  for (const h of hits.sort((a, b) => a.start - b.start || a.rule.id.localeCompare(b.rule.id))) {
    if (h.rejected) continue;
    if ((h.rule as { generic?: boolean }).generic && specific.some((s) => s.start < h.end && h.start < s.end)) continue;
    const key = `${h.rule.id}:${h.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(h);
  }
  return out;
}

/** Start of the line holding `offset` (a `\n` belongs to the line it ends). */
export function lineStartAt(source: TextSource, offset: number): number {
  return offset <= 0 ? 0 : source.lastNewline(offset - 1) + 1;
}

/** Line numbers, columns and the line above, for the hits kept (in offset order). */
export function locate(hits: RawHit[], source: TextSource): ContentHit[] {
  const out: ContentHit[] = [];
  let line = 1;
  let counted = 0;
  // Hits on one line share the line above (one object, decoded only if a suppression is looked for).
  let aboveOf = -1;
  let lineAbove: SourceLine | undefined;
  for (const { start, end: _e, ...hit } of hits) {
    const { lineStart } = hit;
    line += source.countLines(counted, lineStart);
    counted = lineStart;
    if (lineStart !== aboveOf) {
      aboveOf = lineStart;
      lineAbove = lineStart > 0 ? new SourceLine(source, lineStartAt(source, lineStart - 1), lineStart - 1) : undefined;
    }
    out.push({ ...hit, line, column: start - lineStart + 1, lineAbove });
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
