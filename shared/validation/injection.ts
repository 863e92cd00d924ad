/**
 * The roadmap's shell- and SQL-injection checks, for values that will reach another system (a
 * commit message, a branch name put into a template, a value another team's script will use).
 *
 * This project itself never builds a shell command or a query from user input: it calls APIs, or
 * `execFile` with an argument array, so these checks are defence in depth and reporting, not the
 * protection. Each returns a Finding that says why, or null when the value looks harmless.
 */
import type { Finding } from '../core/finding.js';

/** Options of the injection checks. */
export interface InjectionCheckOptions {
  /** The input or field the value came from, named in the message. */
  inputName?: string;
}

interface Pattern {
  re: RegExp;
  why: string;
  severity?: Finding['severity'];
}

/** Shell metacharacters that end a command, start another, expand or redirect (POSIX sh, "Token Recognition"). */
const SHELL_PATTERNS: readonly Pattern[] = [
  { re: /\$\(|`/, why: 'a command substitution ($(...) or backticks)' },
  { re: /\$\{|\$[A-Za-z_]/, why: 'a parameter expansion ($NAME, or $ and a brace)' },
  { re: /[;&|]/, why: 'a command separator or pipe (; & |)' },
  { re: /[<>]/, why: 'a redirection (< or >)' },
  { re: /[\r\n]/, why: 'a line break, which starts a new command' },
  { re: /\0/, why: 'a NUL byte' },
  { re: /^\s*-/, why: 'a leading "-", which a command would read as an option', severity: 'medium' },
];

/** SQL fragments typical of injection attempts (OWASP SQL Injection Prevention Cheat Sheet). */
const SQL_PATTERNS: readonly Pattern[] = [
  { re: /'\s*(?:or|and)\s+(?:'[^']*'|\d+)\s*(?:=|like|<|>)/i, why: 'a quote followed by a boolean condition' },
  { re: /\b(?:or|and)\s+(\d+)\s*=\s*\1\b/i, why: 'an always-true condition (OR 1=1)' },
  { re: /\bunion\b(?:\s+all)?\s+select\b/i, why: 'a UNION SELECT' },
  {
    re: /;\s*(?:select|insert|update|delete|drop|alter|create|truncate|exec(?:ute)?|grant|revoke|shutdown)\b/i,
    why: 'a stacked query after ";"',
  },
  { re: /\b(?:drop|truncate)\s+(?:table|database|schema)\b/i, why: 'a DROP or TRUNCATE statement' },
  { re: /\b(?:sleep|benchmark|pg_sleep)\s*\(|\bwaitfor\s+delay\b/i, why: 'a time-delay function' },
  { re: /\bxp_cmdshell\b|\binto\s+(?:out|dump)file\b|\bload_file\s*\(/i, why: 'a command or file-access function' },
  { re: /'\s*(?:--|#|\/\*)|\/\*.*\*\//, why: 'a quote closed into a comment, or an inline comment' },
];

function check(
  value: string,
  patterns: readonly Pattern[],
  kind: 'shell' | 'sql',
  opts: InjectionCheckOptions,
): Finding | null {
  const hit = patterns.find((p) => p.re.test(value));
  if (!hit) return null;
  const subject = opts.inputName ? `Input '${opts.inputName}'` : 'Value';
  return {
    ruleId: `injection/${kind}`,
    severity: hit.severity ?? 'high',
    category: 'injection',
    message: `${subject} contains ${hit.why}; it would be unsafe in ${kind === 'shell' ? 'a shell command' : 'an SQL statement'}.`,
    help:
      kind === 'shell'
        ? 'Pass values as separate arguments (execFile with an argument array) or through environment variables, never inside a command string.'
        : 'Use parameterized queries; never build SQL by concatenating values.',
  };
}

/** A Finding when `value` carries shell metacharacters that could inject a command, else null. */
export function checkShellInjection(value: string, opts: InjectionCheckOptions = {}): Finding | null {
  return check(value, SHELL_PATTERNS, 'shell', opts);
}

/** A Finding when `value` looks like an SQL-injection attempt, else null. Plain apostrophes (O'Brien) pass. */
export function checkSqlInjection(value: string, opts: InjectionCheckOptions = {}): Finding | null {
  return check(value, SQL_PATTERNS, 'sql', opts);
}

/** Both checks; the findings of those that fired. */
export function checkInjection(value: string, opts: InjectionCheckOptions = {}): Finding[] {
  return [checkShellInjection(value, opts), checkSqlInjection(value, opts)].filter((f): f is Finding => f !== null);
}
