import type { Finding, Severity } from '../../../../shared/core/finding.js';

/** The four families of security-scan rules; each SARIF rule carries exactly one as a tag. */
export const CATEGORIES = ['secret', 'dangerous-function', 'file-permission', 'workflow'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What every rule declares, whatever its family (the interface of issue 2 item 9). */
export interface Rule {
  /** Stable id, `<family>/<name>`, e.g. `secret/github-pat`. */
  id: string;
  category: Category;
  severity: Severity;
  /** CWE number where one fits, e.g. 798. */
  cwe?: number;
  /** Short title, shown in SARIF `shortDescription` and the summary. */
  title: string;
  /** How to fix it. */
  help: string;
  /** Lowercase literals, one of which must occur in a file before the rule's regex runs (the prefilter). */
  keywords?: readonly string[];
  /** Languages (see `languageOf`) a content rule applies to; absent means every text file. */
  languages?: readonly Language[];
  /** Globs (picomatch, matched against the relative path) a rule is limited to. */
  fileGlobs?: readonly string[];
}

/** Languages the dangerous-function rules know, derived from file names. */
export type Language =
  | 'js'
  | 'python'
  | 'shell'
  | 'go'
  | 'ruby'
  | 'php'
  | 'java'
  | 'rust'
  | 'csharp'
  | 'yaml'
  | 'docker';

/** A rule matched by a regex over file text. `group` names the capture holding the flagged value. */
export interface PatternRule extends Rule {
  kind: 'pattern';
  pattern: RegExp;
  /** Capture group index of the secret value (0 = whole match). */
  group?: number;
  /** Extra check on the captured value (checksum, entropy): false drops the match. */
  validate?: (value: string, match: RegExpExecArray) => boolean;
  /** Minimum Shannon entropy (bits per char) of the value. */
  minEntropy?: number;
  /** Whether the value is a secret (redacted everywhere) or code (shown). */
  secret?: boolean;
  /** Matches may span lines: the regex runs over the whole text, not only keyword lines. */
  multiline?: boolean;
  /** For multi-line rules: characters before and after a keyword the match may span (default 1000, 10000). */
  window?: readonly [number, number];
  /**
   * For rules whose matches sit near a keyword: the regex runs only over `before` characters before
   * each keyword occurrence to `after` characters after its start (plus one each side, for `\b`),
   * cut at the line's ends unless the rule is multi-line, not over the whole line: keywords like `http`,
   * `pat` or `token` occur on thousands of lines that hold no credential. Every match must lie in
   * that span (`before` also covers what a lookbehind reads). With `atKeyword`, every match starts
   * exactly at a keyword occurrence: one sticky attempt there instead of a search.
   */
  span?: Span;
  /** Severity raised to this level when the optional `escalate` regex also matches the line. */
  escalate?: { pattern: RegExp; severity: Severity };
}

/** See `PatternRule.span`. */
export interface Span {
  before: number;
  after: number;
  atKeyword?: boolean;
  /**
   * Cheap necessary conditions checked on the bytes before anything is decoded. `follows`: past the
   * keyword's word (letters, digits, `_`, `-`; at most 32), the next character is one of these.
   * `userinfo`: the keyword is a URL's scheme, and its `://` is followed, within `after` characters of
   * the keyword, by an `@` before any `/`, whitespace, quote or `<>` (credentials in the URL).
   */
  follows?: string;
  userinfo?: boolean;
}

/** A rule checked against file metadata (mode bits, file name, presence of key material). */
export interface FileRule extends Rule {
  kind: 'file';
  check: (file: FileFacts) => string | undefined;
}

/** A rule evaluated by a structural checker (the workflow rules); the checker reports by id. */
export interface StructuralRule extends Rule {
  kind: 'structural';
}

/** Any rule the engine knows. */
export type AnyRule = PatternRule | FileRule | StructuralRule;

/** What file rules see about one file. */
export interface FileFacts {
  /** Relative path, forward slashes. */
  path: string;
  /** Base name. */
  name: string;
  /** POSIX mode bits (`stat.mode & 0o7777`). */
  mode: number;
  size: number;
  /** The text head (first 64 KiB) when the file is text, else undefined. */
  text?: string;
  binary: boolean;
}

/** A finding as the scanner reports it: the shared Finding plus what SARIF and the summary need. */
export interface SecurityFinding extends Finding {
  ruleId: string;
  category: Category;
  file: string;
  line: number;
  column: number;
  fingerprint: string;
  title: string;
  /** Redacted form of a secret (first 4 chars + `…` + length); never the value. */
  redacted?: string;
}
