import semver from 'semver';
import { UserError } from '../../../../shared/core/errors.js';
import { type Bump, bumpOf, dropReverted, type ParsedCommit, parseCommit, type RawCommit } from './conventional.js';
import type { ReleaseTag } from './history.js';
import { isStable, majorTagFor, nextPrerelease, nextStable, tagOf } from './version.js';

/** What the planner is told. */
export interface PlanInput {
  /** The commit to release. */
  head: string;
  tags: readonly ReleaseTag[];
  /** First-parent history from `head`, newest first (consumed only as far as needed). */
  history: AsyncIterable<RawCommit>;
  /** The `version` input: release exactly this version. */
  forced?: string;
  /** The `prerelease` input, e.g. `rc`. */
  prerelease?: string;
  /** Stop reading history after this many commits (a repository without any release tag). */
  maxCommits?: number;
  /** A bump chosen by the user instead of the one the commits ask for (`bump` input). */
  bump?: Bump;
  /** The first version when there is no release tag yet. Default 0.1.0. */
  initialVersion?: string;
  /** Tag prefix (`pkg-a-v` for a monorepo package); default `v`. Floating tags only for `v`. */
  prefix?: string;
}

/** The release to make, or why there is none. */
export type ReleasePlan =
  | {
      release: true;
      version: string;
      tag: string;
      previousTag?: string;
      /** True when `tag` already exists on `head`: this run completes or confirms that release. */
      existing: boolean;
      bump?: Bump;
      /** Commits the changelog lists (since previousTag), newest first. */
      commits: ParsedCommit[];
      /** Floating major tag to move to the release, e.g. `v3`; undefined for pre-releases and 0.x. */
      majorTag?: string;
      /** True when history reading stopped at maxCommits. */
      truncated: boolean;
    }
  | { release: false; reason: string; previousTag?: string; commits: ParsedCommit[] };

function highest(tags: readonly ReleaseTag[]): ReleaseTag | undefined {
  return [...tags].sort((a, b) => semver.rcompare(a.version, b.version))[0];
}

/**
 * Decides the version. Stable: bump the latest stable tag reachable from `head` by the commits since it
 * (bumpOf, pre-1.0 rules in nextStable). Pre-release: the same stable target with `-<id>.<n>`, its
 * changelog covering the commits since the latest tag of any kind. A `head` that already carries the
 * version this run would make (or the forced one) is an existing release: the run confirms or completes it.
 */
export async function planRelease(input: PlanInput): Promise<ReleasePlan> {
  const { head, tags } = input;
  const byCommit = new Map<string, ReleaseTag[]>();
  for (const t of tags) byCommit.set(t.commit, [...(byCommit.get(t.commit) ?? []), t]);
  const wanted = (t: ReleaseTag) =>
    input.prerelease ? semver.prerelease(t.version)?.[0] === input.prerelease : isStable(t.version);
  let existingTag: ReleaseTag | undefined;
  if (input.forced) {
    const same = tags.find((t) => t.version === input.forced);
    if (same && same.commit !== head)
      throw new UserError(
        `${same.name} already exists on commit ${same.commit.slice(0, 7)}, not on ${head.slice(0, 7)}: choose another version`,
      );
    existingTag = same;
  } else {
    existingTag = highest((byCommit.get(head) ?? []).filter(wanted));
  }

  // Walk back to the latest stable tag (the bump base), noting the latest tag of any kind (pre-release changelog cut).
  const commits: ParsedCommit[] = [];
  let sinceAnyTag: number | undefined;
  let anyTag: ReleaseTag | undefined;
  let stableTag: ReleaseTag | undefined;
  let truncated = false;
  let walked = 0;
  const max = input.maxCommits ?? 5000;
  for await (const raw of input.history) {
    const here = (byCommit.get(raw.sha) ?? []).filter((t) => !(raw.sha === head && existingTag && t === existingTag));
    const atHead = raw.sha === head;
    // Tags on head itself never end the range: they are this release or one of its pre-releases.
    if (!atHead && here.length > 0) {
      if (anyTag === undefined) {
        anyTag = highest(here);
        sinceAnyTag = commits.length;
      }
      const stable = highest(here.filter((t) => isStable(t.version)));
      if (stable) {
        stableTag = stable;
        break;
      }
    }
    walked++;
    if (!raw.outside) commits.push(parseCommit(raw));
    if (walked >= max) {
      truncated = true;
      break;
    }
  }
  const bump = input.bump ?? bumpOf(dropReverted(commits));
  // The base is the highest stable release of the repository, not the first one the walk met: a walk
  // that stopped early or a release tag not reachable from head must never make the version go back.
  const highestStable = highest(tags.filter((t) => isStable(t.version) && t.commit !== head));
  const previous =
    input.prerelease || (existingTag && !isStable(existingTag.version)) ? (anyTag ?? highestStable) : highestStable;
  const listed = dropReverted(
    previous === anyTag && sinceAnyTag !== undefined ? commits.slice(0, sinceAnyTag) : commits,
  );
  const previousTag = previous?.name;

  let version: string;
  if (existingTag) version = existingTag.version;
  else if (input.forced) {
    if (highestStable && semver.lte(input.forced, highestStable.version))
      throw new UserError(
        `version ${input.forced} is not higher than the latest release ${highestStable.name}: versions never go backwards`,
      );
    version = input.forced;
  } else {
    if (!bump) {
      const reason = stableTag
        ? `no feat, fix, perf or breaking commits since ${stableTag.name}: nothing to release`
        : 'no feat, fix, perf or breaking commits in the history: nothing to release';
      return { release: false, reason, ...(previousTag ? { previousTag } : {}), commits: listed };
    }
    const stable = nextStable(highestStable?.version, bump, input.initialVersion);
    version = input.prerelease
      ? nextPrerelease(
          stable,
          input.prerelease,
          tags.map((t) => t.version),
        )
      : stable;
  }
  const majorTag =
    (input.prefix ?? 'v') !== 'v'
      ? undefined
      : majorTagFor(
          version,
          tags.map((t) => t.version),
        );
  return {
    release: true,
    version,
    tag: tagOf(version, input.prefix),
    ...(previousTag ? { previousTag } : {}),
    existing: existingTag !== undefined,
    ...(bump ? { bump } : {}),
    commits: listed,
    ...(majorTag ? { majorTag } : {}),
    truncated,
  };
}
