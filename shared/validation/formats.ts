import picomatch from 'picomatch';
import semver from 'semver';
import { z } from 'zod';
import { schemaFrom } from './schema.js';

/** Why `value` is not a semantic version (a leading `v` is accepted, as npm's semver does), or undefined. */
export function semverProblem(value: string): string | undefined {
  return semver.valid(value) === null ? 'expected a semantic version such as 1.2.3 or 2.0.0-rc.1' : undefined;
}

/** True for a semantic version (https://semver.org), e.g. `1.2.3`, `v2.0.0-rc.1`. */
export const isSemver = (value: string): boolean => semverProblem(value) === undefined;
/** zod schema for a semantic version. */
export const semverSchema = schemaFrom(semverProblem);

/**
 * Why `value` is not an acceptable URL, or undefined. Only https unless `allowHttp`; credentials in
 * the URL are refused because they would end up in logs and summaries.
 */
export function urlProblem(value: string, opts: { allowHttp?: boolean } = {}): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'expected an absolute URL';
  }
  const allowed = opts.allowHttp ? ['https:', 'http:'] : ['https:'];
  if (!allowed.includes(url.protocol)) return `expected an ${opts.allowHttp ? 'http(s)' : 'https'} URL`;
  if (url.hostname === '') return 'expected a URL with a host';
  if (url.username !== '' || url.password !== '') return 'credentials must not be part of the URL';
  return undefined;
}

/** True for an https URL without credentials. */
export const isHttpsUrl = (value: string): boolean => urlProblem(value) === undefined;
/** zod schema for an https URL. */
export const httpsUrlSchema = schemaFrom((v) => urlProblem(v));
/** zod schema for an http or https URL (e.g. a Pushgateway on the runner's network). */
export const httpUrlSchema = schemaFrom((v) => urlProblem(v, { allowHttp: true }));

/** zod schema for an e-mail address (zod's own pattern). */
export const emailSchema = z.email({ error: 'expected an e-mail address' });
/** True for an e-mail address. */
export const isEmail = (value: string): boolean => emailSchema.safeParse(value).success;

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

/** True for a relative glob that picomatch can compile. */
export const isGlob = (value: string): boolean => globProblem(value) === undefined;
/** zod schema for a workspace glob. */
export const globSchema = schemaFrom(globProblem);
