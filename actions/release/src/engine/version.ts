import semver from 'semver';
import { InputError } from '../../../../shared/core/errors.js';
import type { Bump } from './conventional.js';

/** Release tags are `v` + a semantic version, e.g. `v1.4.0` or `v2.0.0-rc.1` (the floating `v1` is not one). */
export const TAG_PREFIX = 'v';

/** The version a tag name stands for, or undefined when it is not a release tag of `prefix` (`pkg-a-v` in a monorepo). */
export function versionOfTag(tag: string, prefix = TAG_PREFIX): string | undefined {
  if (!tag.startsWith(prefix)) return undefined;
  const v = semver.valid(tag.slice(prefix.length));
  return v ?? undefined;
}

/** The tag of a version. */
export function tagOf(version: string, prefix = TAG_PREFIX): string {
  return `${prefix}${version}`;
}

/** True for versions without a pre-release part. */
export function isStable(version: string): boolean {
  return semver.prerelease(version) === null;
}

/**
 * The next stable version after `base` for `bump`. Before 1.0.0 (https://semver.org/#spec-item-4,
 * "anything may change at any time") a breaking change bumps the minor version and a feature bumps the
 * minor version too, so 0.x never jumps to 1.0.0 by itself: reaching 1.0.0 is a decision, made with the
 * `version` input. Without a previous release the first version is `initial` (default 0.1.0).
 */
export function nextStable(base: string | undefined, bump: Bump, initial = '0.1.0'): string {
  if (base === undefined) return initial;
  const major = semver.major(base);
  const effective: Bump = major === 0 && bump === 'major' ? 'minor' : bump;
  const next = semver.inc(base, effective);
  if (!next) throw new Error(`cannot increment ${base} by ${effective}`);
  return next;
}

/** Pre-release identifiers allowed by the `prerelease` input: one dot-free SemVer identifier, e.g. `rc`, `beta`. */
export const PRERELEASE_ID = /^[0-9A-Za-z-]+$/;

/**
 * `<stable>-<id>.<n>` with n one more than the highest existing `<stable>-<id>.N` (starting at 1), so
 * `1.3.0-rc.1`, `1.3.0-rc.2`, … until `1.3.0` is released.
 */
export function nextPrerelease(stable: string, id: string, existing: readonly string[]): string {
  let n = 0;
  for (const v of existing) {
    const pre = semver.prerelease(v);
    if (!pre || `${semver.major(v)}.${semver.minor(v)}.${semver.patch(v)}` !== stable) continue;
    if (pre.length === 2 && pre[0] === id && typeof pre[1] === 'number') n = Math.max(n, pre[1]);
  }
  return `${stable}-${id}.${n + 1}`;
}

/** Validates the `version` input: a SemVer version, with or without the leading `v`. */
export function parseVersionInput(value: string, inputName = 'version'): string {
  const v = semver.valid(value.startsWith(TAG_PREFIX) ? value.slice(TAG_PREFIX.length) : value);
  if (!v) throw new InputError(inputName, value, 'expected a semantic version such as 1.4.0, v1.4.0 or 2.0.0-rc.1');
  return v;
}

/**
 * The floating major tag (`v3`) this release should move, or undefined: only stable releases from 1.0.0
 * on (0.x makes no compatibility promise a floating tag could stand for), and only when the release is
 * the highest of its major line, so a late patch of an older minor does not move `v3` backwards.
 */
export function majorTagFor(version: string, existing: readonly string[]): string | undefined {
  if (!isStable(version) || semver.major(version) === 0) return undefined;
  const major = semver.major(version);
  const higher = existing.some((v) => isStable(v) && semver.major(v) === major && semver.gt(v, version));
  return higher ? undefined : `${TAG_PREFIX}${major}`;
}

/**
 * The floating minor tag (`v3.2`) this release should move, or undefined: stable releases from 1.0.0
 * on that are the highest of their minor line.
 */
export function minorTagFor(version: string, existing: readonly string[]): string | undefined {
  if (!isStable(version) || semver.major(version) === 0) return undefined;
  const [major, minor] = [semver.major(version), semver.minor(version)];
  const higher = existing.some(
    (v) => isStable(v) && semver.major(v) === major && semver.minor(v) === minor && semver.gt(v, version),
  );
  return higher ? undefined : `${TAG_PREFIX}${major}.${minor}`;
}
