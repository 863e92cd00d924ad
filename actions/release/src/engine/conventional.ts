/** How much a set of changes moves the version. */
export type Bump = 'major' | 'minor' | 'patch';

/** One commit as read from the history, before interpretation. */
export interface RawCommit {
  sha: string;
  /** Full message: headline, blank line, body and footers. */
  message: string;
  /** Web URL of the commit. */
  url?: string;
  /** GitHub login of the author, when the commit is linked to an account. */
  author?: string;
  /** True for a commit that does not touch the monorepo package being released: it only marks where tags are. */
  outside?: boolean;
}

/** A commit read as a Conventional Commit (https://www.conventionalcommits.org/en/v1.0.0/). */
export interface ParsedCommit {
  sha: string;
  url?: string;
  /** Lower-cased type, e.g. `feat`, `fix`; undefined for a message that is not conventional. */
  type?: string;
  scope?: string;
  subject: string;
  /** `!` after the type/scope, or a `BREAKING CHANGE:` / `BREAKING-CHANGE:` footer. */
  breaking: boolean;
  /** The footer's text, or the subject when only `!` marks the break. */
  breakingNote?: string;
  /** Pull request number from a squash-merge headline, e.g. `feat: x (#12)`. */
  pullRequest?: number;
  /** For a revert (`git revert` message): the reverted commit's SHA (or prefix) and headline. */
  reverts?: { sha: string; header: string };
  /** GitHub login of the author, when known: the notes credit it. */
  author?: string;
}

const HEADER = /^(?<type>[A-Za-z]+)(?:\((?<scope>[^()\r\n]+)\))?(?<bang>!)?: (?<subject>.+)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE: ?([\s\S]*)$/m;
const PR_SUFFIX = /\s*\(#(\d+)\)\s*$/;
// The conventionalcommits preset's revert pattern: `Revert "feat: x"` + `This reverts commit <sha>.`
const REVERT = /^(?:Revert|revert:)\s"?([\s\S]+?)"?\s*This reverts commit (\w*)\./i;

/** Parses a commit message; a message that does not follow the spec keeps its headline as subject and no type. */
export function parseCommit(commit: RawCommit): ParsedCommit {
  const [headline = '', ...rest] = commit.message.split(/\r?\n/);
  const body = rest.join('\n');
  const base = {
    sha: commit.sha,
    ...(commit.url ? { url: commit.url } : {}),
    ...(commit.author ? { author: commit.author } : {}),
  };
  const revert = REVERT.exec(commit.message);
  if (revert) {
    const header = revert[1]!.trim();
    return { ...base, type: 'revert', subject: header, breaking: false, reverts: { sha: revert[2]!, header } };
  }
  let subject = headline.trim();
  let pullRequest: number | undefined;
  const pr = PR_SUFFIX.exec(subject);
  if (pr) {
    pullRequest = Number(pr[1]);
    subject = subject.slice(0, pr.index).trim();
  }
  const withPr = pullRequest === undefined ? {} : { pullRequest };
  const m = HEADER.exec(subject);
  if (!m?.groups) return { ...base, subject, breaking: false, ...withPr };
  const footer = BREAKING_FOOTER.exec(body);
  // The footer's note runs to the next blank line (further footers follow it).
  const note = footer?.[1]?.split(/\n\s*\n/)[0]?.trim();
  const breaking = Boolean(m.groups.bang) || footer !== null;
  return {
    ...base,
    type: m.groups.type!.toLowerCase(),
    ...(m.groups.scope ? { scope: m.groups.scope.trim() } : {}),
    subject: m.groups.subject!.trim(),
    breaking,
    ...(breaking ? { breakingNote: note || m.groups.subject!.trim() } : {}),
    ...withPr,
  };
}

/**
 * The bump a set of commits asks for: any breaking change → major, else any `feat` → minor, else any
 * `fix`, `perf` or revert → patch, else nothing to release (docs, chore, ci, … and non-conventional
 * commits). Apply {@link dropReverted} first.
 */
export function bumpOf(commits: readonly ParsedCommit[]): Bump | undefined {
  if (commits.some((c) => c.breaking)) return 'major';
  if (commits.some((c) => c.type === 'feat')) return 'minor';
  if (commits.some((c) => c.type === 'fix' || c.type === 'perf' || c.reverts)) return 'patch';
  return undefined;
}

/**
 * The commits without revert pairs: a commit reverted by a later commit of the same range, and that
 * revert, cancel out (as semantic-release's conventional-commits-filter does). A revert of a commit
 * from an earlier release stays, and counts as a patch.
 */
export function dropReverted(commits: readonly ParsedCommit[]): ParsedCommit[] {
  const reverted = new Set<string>();
  const reverts = new Set<ParsedCommit>();
  for (const r of commits) {
    if (!r.reverts || r.reverts.sha.length < 7) continue;
    const target = commits.find((c) => c !== r && c.sha.startsWith(r.reverts!.sha) && !reverted.has(c.sha));
    if (target) {
      reverted.add(target.sha);
      reverts.add(r);
    }
  }
  return commits.filter((c) => !reverted.has(c.sha) && !reverts.has(c));
}
