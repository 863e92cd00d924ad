import type { Severity } from '../../../../../shared/core/finding.js';
import type { PatternRule, Span } from '../rule.js';

/** Compact description of one secret format, expanded by `secret()`. */
export interface SecretSpec {
  /** Name after `secret/`. */
  id: string;
  /** Provider and credential, e.g. `GitHub personal access token`. */
  title: string;
  /** Regex source; capture group 1 (if any) is the secret value. */
  re: string;
  /** Lowercase literals that every match contains (the prefilter). */
  kw: readonly string[];
  sev?: Severity;
  flags?: string;
  minEntropy?: number;
  validate?: (value: string, match: RegExpExecArray) => boolean;
  /** Generic rules yield to a specific rule that matched the same text. */
  generic?: boolean;
  /** Matches may span lines. */
  multiline?: boolean;
  /** Keep values shaped like hashes or UUIDs (for formats that are exactly that). */
  hashLike?: boolean;
  /** Globs the rule is limited to (files whose format alone says the value is a credential). */
  files?: readonly string[];
  /** For multi-line rules: characters before and after a keyword the match may span. */
  window?: readonly [number, number];
  /** For single-line rules: the span around a keyword that holds every match (see `PatternRule.span`). */
  span?: Span;
}

/** A secret rule whose findings are suppressed when a specific rule matched overlapping text. */
export interface SecretRule extends PatternRule {
  generic: boolean;
  hashLike: boolean;
}

/** Expands a spec into a rule with the common CWE and help text. */
export function secret(spec: SecretSpec): SecretRule {
  const hasGroup = /\((?!\?)/.test(spec.re);
  return {
    kind: 'pattern',
    id: `secret/${spec.id}`,
    category: 'secret',
    severity: spec.sev ?? 'high',
    cwe: 798,
    title: spec.title,
    help:
      `A ${spec.title} is committed in clear text. Revoke or rotate it at the provider now (it is in the Git history), ` +
      `remove it from the code and load it at run time from a secret store, e.g. \`\${{ secrets.NAME }}\` in workflows ` +
      'or an environment variable. If this is a test value, add `moko-ignore: ' +
      `secret/${spec.id} <reason>\` on the line or accept it in the baseline.`,
    keywords: spec.kw,
    pattern: new RegExp(spec.re, spec.flags ?? 'g'),
    group: hasGroup ? 1 : 0,
    secret: true,
    generic: spec.generic ?? false,
    hashLike: spec.hashLike ?? false,
    ...(spec.multiline ? { multiline: true } : {}),
    ...(spec.window ? { window: spec.window } : {}),
    ...(spec.span ? { span: spec.span } : {}),
    ...(spec.files ? { fileGlobs: spec.files } : {}),
    ...(spec.minEntropy !== undefined ? { minEntropy: spec.minEntropy } : {}),
    ...(spec.validate ? { validate: spec.validate } : {}),
  };
}

/**
 * Regex source for `<keyword>… = <value>` assignments (code, YAML, JSON, XML, .env, Make, Go's
 * `var name string =`), the shape of
 * credentials that carry no prefix of their own. Group 1 is the value.
 */
export function keyed(keyword: string, value: string): string {
  return (
    `(?:${keyword})(?:[0-9a-z_.-]{0,25})(?:[ \\t]+string)?(?:[ \\t'"\\x60]{0,3})${KEYED_OPERATOR}` +
    `(?:[ \\t'"\\x60=]|\\\\"){0,5}(${value})(?:[\\x60'"\\s;,)\\]}<]|\\\\[nr"]|$)`
  );
}

/**
 * The operators between a name and its value: `=`, `:`, Go's `:=`, Make's `::=`/`:::=`/`?=`, PHP's
 * `.=`/`??=`, `=>`, `<=`, `||:` (Nix), a call's `,` (`setProperty("API_TOKEN", "…")`); and an XML element's `>`, after which the value may sit on the
 * next line (`<apiToken>\n    value\n</apiToken>`).
 */
const KEYED_OPERATOR = '(?:=|>\\s{0,64}|:{1,3}=|\\|\\|:|<=|=>|:|\\?\\??=|\\.=|(?<=["\'\\x60][ \\t]{0,3}),)';

/** Keyed rules start at their keyword and end within this many characters (names, operator, value). */
const KEYED_SPAN = { before: 0, after: 512, atKeyword: true } as const;

/**
 * Regex source for a credential under a short child key (`apiKey:`, `token =`) whose provider is named
 * on a parent YAML/JSON/TOML line instead (`datadog:\n  apiKey: …`); used by window rules keyed on the
 * provider's name. Group 1 is the value.
 */
export function childKey(names: string, value: string): string {
  return `(?:^|[\\s{,"'])(?:${names})["']?[ \\t]*(?:=|:)[ \\t]*["']?(${value})(?=[\\x60'"\\s;,)\\]}]|$)`;
}

/**
 * A keyed rule that also finds the credential under a child key within a window around the provider's
 * name (a parent YAML block, a `[provider]` TOML table, a client constructor a few lines on).
 */
export function keyedOrNested(
  id: string,
  title: string,
  keyword: string,
  value: string,
  children: string,
  extra: Partial<SecretSpec> = {},
): SecretRule {
  return secret({
    id,
    title,
    re: `${keyed(keyword, value)}|${childKey(children, value)}`,
    kw: keyword.split('|').map((k) => k.replace(/\\/g, '').toLowerCase()),
    flags: 'gi',
    minEntropy: 3,
    multiline: true,
    window: [400, 800],
    ...extra,
  });
}

/** The same spec as `keyed`, case-insensitive and with the keyword as its only prefilter literal. */
export function keyedSecret(
  id: string,
  title: string,
  keyword: string,
  value: string,
  extra: Partial<SecretSpec> = {},
): SecretRule {
  // Span mode across lines: one sticky attempt at each keyword, which also reaches a value on the
  // line after an XML element's opening tag.
  return secret({
    id,
    title,
    re: keyed(keyword, value),
    kw: keyword.split('|').map((k) => k.replace(/\\/g, '').toLowerCase()),
    flags: 'gi',
    minEntropy: 3,
    multiline: true,
    span: KEYED_SPAN,
    ...extra,
  });
}

/** Canonical UUID value source. */
export const UUID_RE = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
