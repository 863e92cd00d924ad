import picomatch from 'picomatch';
import semver from 'semver';
import { schemaFrom } from './schema.js';

/** Why `value` is not a semantic version (a leading `v` is accepted, as npm's semver does), or undefined. */
export function semverProblem(value: string): string | undefined {
  return semver.valid(value) === null ? 'expected a semantic version such as 1.2.3 or 2.0.0-rc.1' : undefined;
}

/** A semantic version, for an input or config field (release's `version` input). */
export const semverSchema = schemaFrom(semverProblem);

/**
 * Why `value` is not a usable workspace glob, or undefined: it must compile with picomatch and stay
 * relative to the workspace (no absolute paths, no `..` parts). A leading `!` negates.
 */
export function globProblem(value: string): string | undefined {
  if (value.trim() === '') return 'expected a glob pattern';
  if (value.includes('\0')) return 'a glob cannot contain NUL bytes';
  const scan = picomatch.scan(value, { parts: true });
  const pattern = scan.negated ? value.slice(1) : value;
  if (pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern)) return 'a glob must be relative to the workspace';
  if ((scan.parts ?? []).includes('..')) return "a glob cannot contain '..'";
  try {
    // picomatch turns a pattern it cannot parse (e.g. an unclosed brace) into a regex that never matches.
    if (picomatch.makeRe(value).source === '$^') return 'the glob cannot be parsed (unbalanced brace?)';
  } catch {
    return 'the glob cannot be parsed';
  }
  return undefined;
}

/** zod schema for a workspace glob. */
export const globSchema = schemaFrom(globProblem);
