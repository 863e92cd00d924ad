import type { Finding } from '../../../../../shared/core/finding.js';
import type { GitHubClient } from '../../../../../shared/github/client.js';
import type { HealthStatus, HealthWrite } from '../types.js';
import { findingsDigest, issueBody, markerOf, readIssueState } from './issue-body.js';
import { type ExistingIssue, type IssueAction, planIssue } from './plan.js';

/** One tracking issue to keep: where it lives and what it reports. */
export interface IssueTarget {
  /** Marker key, e.g. `organization:moko-demo` or `repository:moko-demo/api`. */
  key: string;
  owner: string;
  repo: string;
  /** What the issue is about, e.g. `organization moko-demo`. */
  subject: string;
  status: HealthStatus;
  findings: readonly Finding[];
}

/** Settings of {@link trackIssues}. */
export interface TrackOptions {
  client: GitHubClient;
  targets: readonly IssueTarget[];
  issuesOn: HealthStatus;
  labels: readonly string[];
  /** Report what would be done, write nothing. */
  preview: boolean;
  /** ISO time of the run, shown in the body. */
  at: string;
  reportUrl?: string;
  /** Called after each write, for the audit log. */
  onWrite(write: HealthWrite): void;
}

/** What happened (or, in preview, would happen) to one target's issue. */
export interface IssueOutcome {
  key: string;
  repository: string;
  action: IssueAction['kind'];
  number?: number;
  url?: string;
  preview: boolean;
}

/**
 * The target's tracking issue: issues carrying the first label (open and closed), whose body holds
 * the hidden marker. An open one wins over closed ones, the oldest over newer ones, so a duplicate
 * someone made by hand never takes over.
 */
export async function findTrackingIssue(
  client: GitHubClient,
  owner: string,
  repo: string,
  key: string,
  label: string,
): Promise<ExistingIssue | undefined> {
  const marker = markerOf(key);
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    owner,
    repo,
    labels: label,
    state: 'all',
    per_page: 100,
  });
  const mine = issues
    .filter((i) => !i.pull_request && (i.body ?? '').includes(marker))
    .sort((a, b) => (a.state === b.state ? a.number - b.number : a.state === 'open' ? -1 : 1));
  const found = mine[0];
  if (!found) return undefined;
  const recorded = readIssueState(found.body);
  return {
    number: found.number,
    state: found.state === 'closed' ? 'closed' : 'open',
    body: found.body ?? null,
    title: found.title,
    url: found.html_url,
    ...(recorded ? { recorded } : {}),
  };
}

/** Title of a tracking issue; the status is in the body, so the title stays put and notifications stay quiet. */
export function issueTitle(subject: string): string {
  return `Health check: ${subject}`;
}

/** Opens, edits, closes or reopens each target's tracking issue as {@link planIssue} decides. */
export async function trackIssues(opts: TrackOptions): Promise<IssueOutcome[]> {
  const { client } = opts;
  const out: IssueOutcome[] = [];
  const label = opts.labels[0] ?? 'health-check';
  for (const t of opts.targets) {
    const existing = await findTrackingIssue(client, t.owner, t.repo, t.key, label);
    const digest = findingsDigest(t.findings);
    const action = planIssue(t.status, digest, opts.issuesOn, existing);
    const repository = `${t.owner}/${t.repo}`;
    const base = { key: t.key, repository, action: action.kind, preview: opts.preview };
    if (action.kind === 'none') {
      out.push(base);
      continue;
    }
    if (action.kind !== 'open') Object.assign(base, { number: action.issue.number, url: action.issue.url });
    if (opts.preview || action.kind === 'unchanged') {
      out.push(base);
      continue;
    }
    const r = { owner: t.owner, repo: t.repo };
    const body = issueBody({
      key: t.key,
      title: t.subject,
      status: t.status,
      findings: t.findings,
      at: opts.at,
      ...(opts.reportUrl ? { reportUrl: opts.reportUrl } : {}),
    });
    const write = (type: string, number: number, detail: Record<string, unknown> = {}) =>
      opts.onWrite({ type, target: `${repository}#${number}`, detail: { key: t.key, status: t.status, ...detail } });
    if (action.kind === 'open') {
      const { data } = await client.rest.issues.create({
        ...r,
        title: issueTitle(t.subject),
        body,
        labels: [...opts.labels],
      });
      write('issue.opened', data.number, { findings: t.findings.length });
      out.push({ ...base, number: data.number, url: data.html_url });
      continue;
    }
    const n = action.issue.number;
    if (action.kind === 'close') {
      await client.rest.issues.createComment({ ...r, issue_number: n, body: action.comment });
      await client.rest.issues.update({ ...r, issue_number: n, body, state: 'closed', state_reason: 'completed' });
      write('issue.closed', n);
    } else if (action.kind === 'reopen') {
      await client.rest.issues.update({ ...r, issue_number: n, body, state: 'open' });
      await client.rest.issues.createComment({ ...r, issue_number: n, body: action.comment });
      write('issue.reopened', n, { findings: t.findings.length });
    } else {
      await client.rest.issues.update({ ...r, issue_number: n, body });
      write('issue.updated', n, { findings: t.findings.length });
      if (action.comment) {
        await client.rest.issues.createComment({ ...r, issue_number: n, body: action.comment });
        write('issue.commented', n, { comment: action.comment });
      }
    }
    out.push(base);
  }
  return out;
}
