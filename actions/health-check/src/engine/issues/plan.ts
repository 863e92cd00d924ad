import { atLeast } from '../status.js';
import type { HealthStatus } from '../types.js';
import type { IssueState } from './issue-body.js';

/** The tracking issue of a target as found on GitHub. */
export interface ExistingIssue {
  number: number;
  state: 'open' | 'closed';
  body: string | null;
  title: string;
  url: string;
  recorded?: IssueState;
}

/** What to do with a target's tracking issue this run. */
export type IssueAction =
  | { kind: 'none' }
  | { kind: 'open' }
  | { kind: 'unchanged'; issue: ExistingIssue }
  | { kind: 'update'; issue: ExistingIssue; comment?: string }
  | { kind: 'close'; issue: ExistingIssue; comment: string }
  | { kind: 'reopen'; issue: ExistingIssue; comment: string };

/**
 * The lifecycle: open when the status reaches `issuesOn`; while it stays there, edit the body in
 * place when the findings changed (a comment only when the status itself changed, so an hourly
 * run does not spam); close with a comment when it drops below; reopen the same issue, with a
 * comment, on a regression.
 */
export function planIssue(
  status: HealthStatus,
  digest: string,
  issuesOn: HealthStatus,
  existing: ExistingIssue | undefined,
): IssueAction {
  const tracked = atLeast(status, issuesOn);
  if (!existing) return tracked ? { kind: 'open' } : { kind: 'none' };
  if (!tracked) {
    return existing.state === 'open'
      ? { kind: 'close', issue: existing, comment: `Healthy again (status ${status}): closing.` }
      : { kind: 'none' };
  }
  if (existing.state === 'closed')
    return { kind: 'reopen', issue: existing, comment: `Regressed: status ${status} again. Reopening.` };
  const before = existing.recorded;
  if (before && before.status === status && before.digest === digest) return { kind: 'unchanged', issue: existing };
  if (before && before.status !== status)
    return { kind: 'update', issue: existing, comment: `Status changed from ${before.status} to ${status}.` };
  return { kind: 'update', issue: existing };
}
