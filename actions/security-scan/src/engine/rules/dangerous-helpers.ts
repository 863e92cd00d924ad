import type { Severity } from '../../../../../shared/core/finding.js';
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

/**
 * A check that the match is not a method's definition, `eval(node) {` in a class body: its parameter
 * list closes on the same line and a body follows. A call's closing parenthesis never opens a block.
 */
export function notDefinition(_value: string, m: RegExpExecArray): boolean {
  return !/^[^()\n]*\)\s*\{/.test(m.input.slice(m.index + m[0].length - 1));
}

// How to fix each kind of dangerous call: shared by the rules of every language.
export const EVAL_HELP =
  'Do not evaluate strings as code. Parse data with a real parser (JSON.parse, ast.literal_eval) or dispatch through a fixed table of functions.';
export const SHELL_HELP =
  'Do not build shell commands from strings. Pass the program and its arguments as an array without a shell (execFile/spawn, subprocess.run([...]), exec.Command(name, args...)), and validate every argument.';
export const DESER_HELP =
  'Never deserialize untrusted data with a format that can construct arbitrary objects. Use JSON, or the safe loader of the format, and verify integrity (HMAC) of anything that must round-trip.';
export const SQL_HELP =
  'Build SQL with bound parameters (placeholders such as ?, $1, %s passed separately), never by concatenating or interpolating values into the query text.';
export const TLS_HELP =
  'Keep TLS certificate verification on. Trust a private CA by adding it to the trust store (NODE_EXTRA_CA_CERTS, REQUESTS_CA_BUNDLE, a custom RootCAs pool) instead of disabling verification.';
