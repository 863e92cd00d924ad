/** How much a set of changes moves the version. */
export type Bump = 'major' | 'minor' | 'patch';

/** One commit as read from the history, before interpretation. */
export interface RawCommit {
  sha: string;
  /** Full message: headline, blank line, body and footers. */
  message: string;
  /** Web URL of the commit. */
  url?: string;
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
}

const HEADER = /^(?<type>[A-Za-z]+)(?:\((?<scope>[^()\r\n]+)\))?(?<bang>!)?: (?<subject>.+)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE: ?([\s\S]*)$/m;
const PR_SUFFIX = /\s*\(#(\d+)\)\s*$/;

/** Parses a commit message; a message that does not follow the spec keeps its headline as subject and no type. */
export function parseCommit(commit: RawCommit): ParsedCommit {
  const [headline = '', ...rest] = commit.message.split(/\r?\n/);
  const body = rest.join('\n');
  const base = { sha: commit.sha, ...(commit.url ? { url: commit.url } : {}) };
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
 * `fix` or `perf` → patch, else nothing to release (docs, chore, ci, … and non-conventional commits).
 */
export function bumpOf(commits: readonly ParsedCommit[]): Bump | undefined {
  if (commits.some((c) => c.breaking)) return 'major';
  if (commits.some((c) => c.type === 'feat')) return 'minor';
  if (commits.some((c) => c.type === 'fix' || c.type === 'perf')) return 'patch';
  return undefined;
}
