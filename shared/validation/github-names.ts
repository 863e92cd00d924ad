import { UserError } from '../core/errors.js';
import { schemaFrom } from './schema.js';

/**
 * GitHub usernames and organization names: up to 39 alphanumerics or single hyphens, not starting
 * or ending with a hyphen. Enterprise Managed Users add `_shortcode`, so an underscore is accepted
 * between alphanumerics too
 * (https://docs.github.com/en/enterprise-cloud@latest/admin/managing-iam/iam-configuration-reference/username-considerations-for-external-authentication).
 */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|[-_](?=[A-Za-z0-9])){0,38}$/;

/** Why `value` is not a GitHub owner (user or organization) name, or undefined. */
export function ownerProblem(value: string): string | undefined {
  if (OWNER.test(value)) return undefined;
  return 'expected a GitHub user or organization name: up to 39 letters, digits or single hyphens, not starting or ending with a hyphen';
}

/** True for a valid GitHub user or organization name. */
export const isGitHubOwner = (value: string): boolean => ownerProblem(value) === undefined;
/** zod schema for a GitHub owner. */
export const ownerSchema = schemaFrom(ownerProblem);

/** True for a GitHub login: an owner name, or an app's bot account such as `dependabot[bot]`. */
export function isGitHubLogin(value: string): boolean {
  return isGitHubOwner(value.endsWith('[bot]') ? value.slice(0, -'[bot]'.length) : value);
}
/** zod schema for a GitHub login. */
export const loginSchema = schemaFrom((v) => (isGitHubLogin(v) ? undefined : 'expected a GitHub login'));

/** Why `value` is not a repository name (letters, digits, `.`, `-`, `_`; at most 100), or undefined. */
export function repoNameProblem(value: string): string | undefined {
  if (value === '.' || value === '..') return 'a repository cannot be named . or ..';
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(value)) {
    return 'expected a repository name of up to 100 letters, digits, dots, hyphens or underscores';
  }
  return undefined;
}

/** True for a valid repository name (without the owner). */
export const isRepoName = (value: string): boolean => repoNameProblem(value) === undefined;
/** zod schema for a repository name. */
export const repoNameSchema = schemaFrom(repoNameProblem);

/** Splits `owner/repo`, throwing a UserError that says which half is wrong. */
export function parseRepository(value: string): { owner: string; repo: string } {
  const [owner = '', repo = '', ...rest] = value.split('/');
  if (rest.length > 0 || value.split('/').length !== 2) {
    throw new UserError(`${JSON.stringify(value)} is not owner/repo.`);
  }
  const problem = ownerProblem(owner) ?? repoNameProblem(repo);
  if (problem) throw new UserError(`${JSON.stringify(value)} is not owner/repo: ${problem}.`);
  return { owner, repo };
}

/** zod schema for `owner/repo`. */
export const repositorySchema = schemaFrom((v) => {
  const [owner = '', repo = '', ...rest] = v.split('/');
  if (rest.length > 0 || !v.includes('/')) return 'expected owner/repo';
  return ownerProblem(owner) ?? repoNameProblem(repo);
});

/**
 * Why `value` is not a valid ref name by git's rules, or undefined
 * (https://git-scm.com/docs/git-check-ref-format). `allowOneLevel` accepts names without a slash,
 * as `git check-ref-format --allow-onelevel` does.
 */
export function refNameProblem(value: string, allowOneLevel = true): string | undefined {
  if (value === '') return 'a ref name cannot be empty';
  if (Buffer.byteLength(value) > 255) return 'a ref name longer than 255 bytes cannot be stored';
  if (value === '@') return "a ref name cannot be '@'";
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return 'a ref name cannot contain control characters';
    if (' ~^:?*[\\'.includes(ch)) return `a ref name cannot contain ${JSON.stringify(ch)}`;
  }
  if (value.includes('..')) return "a ref name cannot contain '..'";
  if (value.includes('@{')) return "a ref name cannot contain '@{'";
  if (value.startsWith('/') || value.endsWith('/') || value.includes('//')) {
    return "a ref name cannot start or end with '/' or contain '//'";
  }
  if (value.endsWith('.')) return "a ref name cannot end with '.'";
  for (const part of value.split('/')) {
    if (part.startsWith('.')) return "no part of a ref name can start with '.'";
    if (part.endsWith('.lock')) return "no part of a ref name can end with '.lock'";
  }
  if (!allowOneLevel && !value.includes('/')) return "a full ref name needs a '/' (e.g. refs/heads/main)";
  return undefined;
}

/** Why `value` is not a branch name, or undefined: git's ref rules, plus no leading `-` and not `HEAD` (as `git branch` refuses). */
export function branchProblem(value: string): string | undefined {
  if (value.startsWith('-')) return "a branch name cannot start with '-'";
  if (value === 'HEAD') return "'HEAD' is not a valid branch name";
  return refNameProblem(value);
}

/** True for a valid git branch name. */
export const isBranchName = (value: string): boolean => branchProblem(value) === undefined;
/** zod schema for a branch name. */
export const branchSchema = schemaFrom(branchProblem);

/** Why `value` is not a ref (`HEAD`, a commit SHA, a short or full ref name), or undefined. */
export function refProblem(value: string): string | undefined {
  if (value === 'HEAD' || /^[0-9a-f]{7,64}$/i.test(value)) return undefined;
  if (value.startsWith('-')) return "a ref cannot start with '-'";
  return refNameProblem(value);
}

/** True for a ref: `HEAD`, a commit SHA, a branch or tag name, or a full `refs/...` name. */
export const isRef = (value: string): boolean => refProblem(value) === undefined;
/** zod schema for a ref. */
export const refSchema = schemaFrom(refProblem);
