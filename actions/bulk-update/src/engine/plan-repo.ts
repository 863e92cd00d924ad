import { diffSummaryLine } from './describe.js';
import { unifiedDiff } from './diff.js';
import type { FileChange, RepoPlan, RepoState } from './model.js';
import type { PreparedOperation } from './operations/types.js';
import type { RepoInfo } from './repos.js';

/** Runs every prepared operation against one repository's state; only differences come back. */
export function planRepo(repo: RepoInfo, state: RepoState, ops: PreparedOperation[]): RepoPlan {
  const plan: RepoPlan = { repo, files: [], writes: [], notes: [] };
  const seen = new Set<string>();
  for (const op of ops) {
    const p = op.plan(repo, state);
    for (const f of p.files ?? []) {
      // A later files operation wins for the same path.
      if (seen.has(f.path)) plan.files = plan.files.filter((x) => x.path !== f.path);
      seen.add(f.path);
      plan.files.push(f);
    }
    plan.writes.push(...(p.writes ?? []));
    plan.notes.push(...(p.notes ?? []));
  }
  return plan;
}

/** Paths whose current text a dry-run diff needs (files that exist and change). */
export function pathsNeedingText(plan: RepoPlan): string[] {
  return plan.files.filter((f) => f.kind !== 'add').map((f) => f.path);
}

function isText(buf: Buffer): boolean {
  return !buf.subarray(0, 8000).includes(0);
}

/** The unified diff of a plan's file changes plus one line per direct write (dry-run output). */
export function planDiff(plan: RepoPlan, before: Map<string, string | null>): string {
  const parts = plan.files.map((f: FileChange) => {
    const old = f.kind === 'add' ? null : (before.get(f.path) ?? '');
    const neu =
      f.kind === 'delete' ? null : f.content && isText(f.content) ? f.content.toString('utf8') : '(binary content)\n';
    return unifiedDiff(f.path, old, neu) || `${diffSummaryLine(f)}\n`;
  });
  const writes = plan.writes.map((w) => `# ${w.operation}: ${w.description}\n`);
  return [...parts, ...writes].join('');
}
