import semver from 'semver';
import { UserError } from '../../../../shared/core/errors.js';
import type { GitApi } from './git-api.js';
import type { ReleaseTag } from './history.js';
import { type RepoRules, tagBlocks } from './preflight.js';
import type { FloatingTag } from './publish.js';
import type { FloatingRestore } from './recover.js';
import { isStable, majorTagFor, minorTagFor } from './version.js';

/** The floating tags (`v3`, `v3.2`) a release of `version` moves; none for monorepo packages. */
export function floatingFor(
  version: string,
  tags: readonly ReleaseTag[],
  o: { pkg?: unknown; majorTag: boolean; minorTag: boolean },
): string[] {
  if (o.pkg) return [];
  const versions = tags.map((t) => t.version);
  const names: string[] = [];
  const major = o.majorTag ? majorTagFor(version, versions) : undefined;
  if (major) names.push(major);
  const minor = o.minorTag ? minorTagFor(version, versions) : undefined;
  if (minor) names.push(minor);
  return names;
}

/** The floating tags to move to `commit`, each with where it points now (those already there are left out). */
export async function floatingRefs(api: GitApi, names: string[], commit: string): Promise<FloatingTag[]> {
  const out: FloatingTag[] = [];
  for (const name of names) {
    const before = await api.getRef(`tags/${name}`);
    if (before?.commit === commit) continue;
    out.push({ name, ...(before ? { before } : {}) });
  }
  return out;
}

/** Refuses, before any write, a release whose tags the repository's rulesets would block (or block undoing). */
export function checkTagRules(rules: RepoRules, tag: string | undefined, floating: FloatingTag[]): void {
  const blocks = [
    ...(tag ? [...tagBlocks(rules, tag, 'creation'), ...tagBlocks(rules, tag, 'deletion')] : []),
    ...floating.flatMap((f) => tagBlocks(rules, f.name, f.before ? 'update' : 'creation')),
  ];
  if (blocks.length > 0)
    throw new UserError(
      `the repository's rules do not let this release be written or undone: ${blocks.join('; ')}. Let the workflow's token bypass the ruleset, or narrow it.`,
    );
}

/**
 * Floating tags (`v1`, `v1.2`) that an unfinished release had already moved to its commit, each with
 * the commit of the highest remaining stable release of its line (where it pointed before, or should).
 */
export async function floatingBack(
  api: GitApi,
  unfinished: ReleaseTag,
  remaining: readonly ReleaseTag[],
): Promise<FloatingRestore[]> {
  const major = semver.major(unfinished.version);
  const minor = semver.minor(unfinished.version);
  const lines = [
    { name: `v${major}`, fits: (t: ReleaseTag) => semver.major(t.version) === major },
    {
      name: `v${major}.${minor}`,
      fits: (t: ReleaseTag) => semver.major(t.version) === major && semver.minor(t.version) === minor,
    },
  ];
  const out: FloatingRestore[] = [];
  for (const line of lines) {
    const ref = await api.getRef(`tags/${line.name}`);
    if (ref?.commit !== unfinished.commit) continue;
    const best = [...remaining]
      .filter((t) => isStable(t.version) && line.fits(t))
      .sort((a, b) => semver.rcompare(a.version, b.version))[0];
    out.push({ name: line.name, before: ref, ...(best ? { to: best.commit, toTag: best.name } : {}) });
  }
  return out;
}
