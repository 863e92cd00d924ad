import type { Severity } from '../../validation/finding.js';
import type { Language, PatternRule, Span } from '../rule.js';

/** Compact description of one dangerous-function rule. */
export interface CodeSpec {
  id: string;
  title: string;
  re: string;
  flags?: string;
  kw: readonly string[];
  lang: readonly Language[];
  sev: Severity;
  cwe: number;
  help: string;
  /** Matches may span lines (calls split over several lines). */
  multiline?: boolean;
  /** Characters before/after a keyword a multi-line match may span. */
  window?: readonly [number, number];
  /** The span around a keyword that holds every match (see `PatternRule.span`). */
  span?: Span;
  /** Extra check on the match (e.g. what precedes it); false drops it. */
  validate?: (value: string, match: RegExpExecArray) => boolean;
  /** When this also matches the matched text (or its line), the severity rises to `to`. */
  escalate?: { re: string; to: Severity };
}

/** Expands a spec into a pattern rule of the `dangerous-function` family. */
export function code(spec: CodeSpec): PatternRule {
  return {
    kind: 'pattern',
    id: `dangerous/${spec.id}`,
    category: 'dangerous-function',
    severity: spec.sev,
    cwe: spec.cwe,
    title: spec.title,
    help: spec.help,
    keywords: spec.kw,
    languages: spec.lang,
    pattern: new RegExp(spec.re, spec.flags ?? 'g'),
    group: 0,
    secret: false,
    ...(spec.multiline ? { multiline: true } : {}),
    ...(spec.window ? { window: spec.window } : {}),
    ...(spec.span ? { span: spec.span } : {}),
    ...(spec.validate ? { validate: spec.validate } : {}),
    ...(spec.escalate ? { escalate: { pattern: new RegExp(spec.escalate.re, 'i'), severity: spec.escalate.to } } : {}),
  };
}

/** Text that builds a string from variables: concatenation, template, f-string, format, `%`. */
export const INTERPOLATED = String.raw`\$\{|["'\x60]\s*\+|\+\s*["'\x60]|\bf["']|\.format\(|["']\s*%\s*[\w(]|#\{|\$_(?:GET|POST|REQUEST|COOKIE)|fmt\.Sprintf|\.\s*\$\w|"[^"]*\$\w`;

/**
 * A check that the match is a free function call, not a method such as `regex.exec(` or `$.eval(`
 * (unless the object is named by `allowed`, e.g. `child_process.`). Done after the regex so the
 * pattern starts with a literal the engine can search for quickly.
 */
export function notMethod(allowed?: RegExp): (value: string, match: RegExpExecArray) => boolean {
  return (_value, m) => {
    const before = m.input.slice(Math.max(0, m.index - 24), m.index);
    return !/[.\w$]$/.test(before) || (allowed?.test(before) ?? false);
  };
}
