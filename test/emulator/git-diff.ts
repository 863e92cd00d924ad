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

/** Line counts of a change, for `additions`/`deletions` fields. */
export function lineCounts(git: GitStore, f: ChangedFile): { additions: number; deletions: number } {
  const lines = (sha: string | undefined) => {
    const o = sha ? git.get(sha) : undefined;
    return o?.type === 'blob' ? o.data.toString('utf8').split('\n').filter(Boolean) : [];
  };
  const before = new Set(lines(f.before));
  const after = new Set(lines(f.sha));
  return {
    additions: [...after].filter((l) => !before.has(l)).length,
    deletions: [...before].filter((l) => !after.has(l)).length,
  };
}
