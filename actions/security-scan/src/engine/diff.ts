import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UserError } from '../../../../shared/core/errors.js';

const run = promisify(execFile);

/** Changed line ranges per file (relative to the scanned root), inclusive, 1-based. Added files map to `'all'`. */
export type ChangedLines = Map<string, [number, number][] | 'all'>;

/**
 * Parses a unified diff (`git diff --unified=0`, or a GitHub API `patch` with context lines) into the
 * added/changed line ranges of the new side: only `+` lines count, context lines do not.
 */
export function parseUnifiedDiff(diff: string, into: ChangedLines = new Map()): ChangedLines {
  let ranges: [number, number][] | undefined;
  let next = 0;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4).trim();
      const file = target === '/dev/null' ? undefined : target.replace(/^b\//, '');
      ranges = undefined;
      if (file) {
        const existing = into.get(file);
        ranges = Array.isArray(existing) ? existing : [];
        if (existing !== 'all') into.set(file, ranges);
      }
      continue;
    }
    if (line.startsWith('--- ') || line.startsWith('diff ') || line.startsWith('index ')) continue;
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (!ranges || next === 0) continue;
    if (line.startsWith('+')) {
      const last = ranges[ranges.length - 1];
      if (last && last[1] === next - 1) last[1] = next;
      else ranges.push([next, next]);
      next++;
    } else if (line.startsWith(' ')) next++;
  }
  return into;
}

/** Base and head commits of a pull_request / pull_request_target event payload. */
export function pullRequestShas(event: object): { base: string; head: string } | undefined {
  const pr = (event as { pull_request?: { base?: { sha?: unknown }; head?: { sha?: unknown } } }).pull_request;
  const base = pr?.base?.sha;
  const head = pr?.head?.sha;
  return typeof base === 'string' && typeof head === 'string' ? { base, head } : undefined;
}

/**
 * Changed lines between two commits with `git diff --unified=0 base...head` (execFile with an
 * argument array; shas are validated as hex first). Needs both commits in the local clone, e.g.
 * `actions/checkout` with `fetch-depth: 0`.
 */
export async function gitChangedLines(
  repoDir: string,
  base: string,
  head: string,
  pathspec: string,
): Promise<ChangedLines> {
  for (const sha of [base, head])
    if (!/^[0-9a-f]{7,64}$/i.test(sha)) throw new UserError(`Not a commit SHA: ${JSON.stringify(sha)}`);
  const { stdout } = await run(
    'git',
    ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--relative', `${base}...${head}`, '--', pathspec],
    {
      cwd: repoDir,
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  return parseUnifiedDiff(stdout);
}

/** File entry of `GET /repos/{owner}/{repo}/pulls/{n}/files`. */
export interface PullFile {
  filename: string;
  status: string;
  patch?: string;
}

/** Changed lines from the pull request files API: files without a `patch` (large or binary) count as wholly changed. */
export function apiChangedLines(files: readonly PullFile[], prefix: string): ChangedLines {
  const out: ChangedLines = new Map();
  for (const f of files) {
    if (f.status === 'removed') continue;
    if (prefix && !f.filename.startsWith(prefix)) continue;
    const rel = prefix ? f.filename.slice(prefix.length) : f.filename;
    if (f.patch === undefined) {
      out.set(rel, 'all');
      continue;
    }
    const ranges = parseUnifiedDiff(`+++ b/${rel}\n${f.patch}`).get(rel);
    out.set(rel, ranges ?? []);
  }
  return out;
}

/** True when a finding at `file:line` is inside the changed lines (file-level findings: the file changed). */
export function inChangedLines(changed: ChangedLines, file: string, line: number, fileLevel: boolean): boolean {
  const ranges = changed.get(file);
  if (ranges === undefined) return false;
  if (ranges === 'all' || fileLevel) return true;
  return ranges.some(([a, b]) => line >= a && line <= b);
}
