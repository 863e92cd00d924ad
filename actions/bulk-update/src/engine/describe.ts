import type { FileChange, RepoPlan } from './model.js';

/** `+ path`, `~ path`, `- path (note)`: one line per file change. */
export function diffSummaryLine(f: FileChange): string {
  const sign = f.kind === 'add' ? '+' : f.kind === 'update' ? '~' : '-';
  return `${sign} ${f.path}${f.note ? ` (${f.note})` : ''}`;
}

/** Every change of a plan as one line each (results file and summary). */
export function describePlan(plan: RepoPlan): string[] {
  return [...plan.files.map(diffSummaryLine), ...plan.writes.flatMap((w) => w.description.split('\n'))];
}
