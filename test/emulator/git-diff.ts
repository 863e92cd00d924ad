import { structuredPatch } from 'diff';
import type { GitStore } from './git.js';

/** A changed path between two commits, as pull request file lists report it. */
export interface ChangedFile {
  path: string;
  status: 'added' | 'removed' | 'modified';
  sha: string | undefined;
  before?: string;
}

function ancestors(git: GitStore, sha: string): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const queue = [sha];
  while (queue.length > 0) {
    const s = queue.shift()!;
    if (seen.has(s)) continue;
    seen.add(s);
    order.push(s);
    const c = git.get(s);
    if (c?.type === 'commit') queue.push(...c.parents);
  }
  return order;
}

/** The nearest common ancestor of two commits (breadth-first from `b`). */
export function mergeBase(git: GitStore, a: string, b: string): string | undefined {
  const fromA = new Set(ancestors(git, a));
  return ancestors(git, b).find((s) => fromA.has(s));
}

/** Whether `ancestor` is reachable from `sha`. */
export function isAncestor(git: GitStore, ancestor: string, sha: string): boolean {
  return ancestors(git, sha).includes(ancestor);
}

function treeOf(git: GitStore, commit: string | undefined): Map<string, { sha: string; mode: string }> {
  const c = commit ? git.get(commit) : undefined;
  return c?.type === 'commit' ? git.flatten(c.tree) : new Map();
}

/** Files that differ between two commits. */
export function diffCommits(git: GitStore, from: string | undefined, to: string): ChangedFile[] {
  const a = treeOf(git, from);
  const b = treeOf(git, to);
  const out: ChangedFile[] = [];
  for (const [path, e] of b) {
    const old = a.get(path);
    if (!old) out.push({ path, status: 'added', sha: e.sha });
    else if (old.sha !== e.sha) out.push({ path, status: 'modified', sha: e.sha, before: old.sha });
  }
  for (const [path, e] of a) if (!b.has(path)) out.push({ path, status: 'removed', sha: undefined, before: e.sha });
  return out.sort((x, y) => (x.path < y.path ? -1 : 1));
}

/**
 * The line diff of a change as GitHub's file lists give it: `additions`, `deletions` and `patch`,
 * the unified-diff hunks with 3 lines of context and no file headers
 * (https://docs.github.com/en/rest/pulls/pulls#list-pull-requests-files). jsdiff computes the hunks.
 */
export function filePatch(git: GitStore, f: ChangedFile): { additions: number; deletions: number; patch: string } {
  const text = (sha: string | undefined) => {
    const o = sha ? git.get(sha) : undefined;
    return o?.type === 'blob' ? o.data.toString('utf8') : '';
  };
  const { hunks } = structuredPatch(f.path, f.path, text(f.before), text(f.sha), '', '', { context: 3 });
  let additions = 0;
  let deletions = 0;
  const patch = hunks
    .map((h) => {
      for (const line of h.lines) {
        if (line.startsWith('+')) additions++;
        else if (line.startsWith('-')) deletions++;
      }
      return [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join('\n');
    })
    .join('\n');
  return { additions, deletions, patch };
}
