import type { ParsedCommit } from './conventional.js';

/** A section of the notes: the commit types it lists and its heading. */
export interface Section {
  types: readonly string[];
  title: string;
}

/**
 * Default sections, in the order shown (the conventionalcommits preset's visible types); other types
 * (docs, chore, ci, …) are left out unless configured.
 */
export const DEFAULT_SECTIONS: readonly Section[] = [
  { types: ['feat', 'feature'], title: 'Features' },
  { types: ['fix'], title: 'Bug Fixes' },
  { types: ['perf'], title: 'Performance Improvements' },
  { types: ['revert'], title: 'Reverts' },
];

/** What a changelog entry is made of. */
export interface ChangelogInput {
  version: string;
  tag: string;
  previousTag?: string;
  /** `https://github.com/owner/repo`: commit, pull request and compare links hang off it. */
  repoUrl: string;
  /** Release date, YYYY-MM-DD. */
  date: string;
  commits: readonly ParsedCommit[];
  /** Sections to group by; default DEFAULT_SECTIONS. */
  sections?: readonly Section[];
}

function line(c: ParsedCommit, repoUrl: string, text = c.subject): string {
  const scope = c.scope ? `**${c.scope}:** ` : '';
  const pr = c.pullRequest === undefined ? '' : ` ([#${c.pullRequest}](${repoUrl}/pull/${c.pullRequest}))`;
  const url = c.url ?? `${repoUrl}/commit/${c.sha}`;
  const by = c.author ? ` by @${c.author}` : '';
  return `* ${scope}${text.replace(/\r?\n/g, ' ')}${pr} ([${c.sha.slice(0, 7)}](${url}))${by}`;
}

/**
 * One changelog entry in Markdown (the layout release-please writes): a heading linking the compare
 * view, breaking changes first, then features, fixes, performance and reverts, each line linking its
 * pull request (from a squash-merge `(#12)` suffix) and commit. Commits come newest first.
 */
export function renderChangelog(input: ChangelogInput): string {
  const { repoUrl } = input;
  const title = input.previousTag
    ? `[${input.version}](${repoUrl}/compare/${input.previousTag}...${input.tag})`
    : input.version;
  const out = [`## ${title} (${input.date})`];
  const breaking = input.commits.filter((c) => c.breaking);
  if (breaking.length > 0) {
    out.push('', '### ⚠ BREAKING CHANGES', '');
    for (const c of breaking) out.push(line(c, repoUrl, c.breakingNote));
  }
  for (const s of input.sections ?? DEFAULT_SECTIONS) {
    const items = input.commits.filter((c) => c.type !== undefined && s.types.includes(c.type));
    if (items.length === 0) continue;
    out.push('', `### ${s.title}`, '');
    for (const c of items) out.push(line(c, repoUrl));
  }
  if (out.length === 1) out.push('', '_No notable changes._');
  return `${out.join('\n')}\n`;
}

const FILE_HEADING = '# Changelog';

/**
 * The changelog file with `entry` on top, below the `# Changelog` heading (created when the file is new
 * or lacks it). An entry already there for the same version (left by an earlier attempt) is replaced,
 * so commits made since that attempt are listed too.
 */
export function prependChangelog(existing: string | undefined, entry: string, version: string): string {
  const text = existing ?? '';
  const heading = new RegExp(`^## \\[?${version.replace(/[.+]/g, '\\$&')}\\]?[ (]`, 'm');
  const found = heading.exec(text);
  if (found) {
    const rest = text.slice(found.index);
    const next = /^## /m.exec(rest.slice(3));
    const end = next ? found.index + 3 + next.index : text.length;
    return `${text.slice(0, found.index)}${entry}${end < text.length ? `\n${text.slice(end)}` : ''}`;
  }
  const body = text.startsWith(FILE_HEADING) ? text.slice(FILE_HEADING.length).replace(/^\s*\n/, '') : text;
  return `${FILE_HEADING}\n\n${entry}${body.trim() === '' ? '' : `\n${body}`}`;
}

/** GitHub refuses a release body over 125,000 characters. */
export const RELEASE_BODY_LIMIT = 125_000;

/**
 * `notes` cut at a line boundary so that, with a closing line linking the full changelog, they fit in
 * `limit` characters; unchanged when they already fit.
 */
export function fitNotes(notes: string, fullUrl: string, limit = RELEASE_BODY_LIMIT, reserve = 0): string {
  if (notes.length + reserve <= limit) return notes;
  const tail = `\n\n_The notes are cut to GitHub's limit; see the [full changelog](${fullUrl})._\n`;
  const room = limit - reserve - tail.length;
  const cut = notes.lastIndexOf('\n', room);
  return `${notes.slice(0, cut > 0 ? cut : room)}${tail}`;
}
