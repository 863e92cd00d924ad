import type { IssueRecord, LabelRecord, PullRecord, RepoRecord } from './model.js';
import type { HandlerContext } from './route-kit.js';

/** The repository's label of that name; GitHub matches label names case-insensitively. */
export function findLabel(repo: RepoRecord, name: string): LabelRecord | undefined {
  return repo.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
}

/** The repository's labels for these names, in order, skipping names with no label. */
export function labelsNamed(repo: RepoRecord, names: string[]): LabelRecord[] {
  return names.map((n) => findLabel(repo, n)).filter((l): l is LabelRecord => l !== undefined);
}

/** Creates a label on first use, as GitHub does when an unknown label is added to an issue. */
export function ensureLabel(
  ctx: Pick<HandlerContext, 'state'>,
  repo: RepoRecord,
  name: string,
  color = 'ededed',
  description: string | null = null,
): LabelRecord {
  const existing = findLabel(repo, name);
  if (existing) return existing;
  const id = ctx.state.nextId();
  const label = { id, node_id: ctx.state.nodeId('LA', id), name, color, description, default: false };
  repo.labels.push(label);
  return label;
}

/** Adds labels to an issue or pull request; shared with GraphQL `addLabelsToLabelable`. */
export function addLabels(
  ctx: Pick<HandlerContext, 'state'>,
  repo: RepoRecord,
  issue: IssueRecord | PullRecord,
  names: string[],
): void {
  for (const n of names) {
    const l = ensureLabel(ctx, repo, n);
    if (!issue.labels.some((x) => x.toLowerCase() === l.name.toLowerCase())) issue.labels.push(l.name);
  }
}
