import type { IssueRecord, LabelRecord, PullRecord, RepoRecord } from './model.js';
import { labelsNamed } from './label-ops.js';
import type { EmulatorState } from './state.js';
import { repoApi, repoHtml } from './views-git.js';
import { repoJson, teamJson, userJson } from './views.js';

/** `label` (https://docs.github.com/rest/issues/labels). */
export function labelJson(state: EmulatorState, repo: RepoRecord, l: LabelRecord): Record<string, unknown> {
  return {
    id: l.id,
    node_id: l.node_id,
    url: `${repoApi(state, repo)}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    description: l.description,
    default: l.default,
  };
}

function labelsOf(state: EmulatorState, repo: RepoRecord, names: string[]) {
  return labelsNamed(repo, names).map((l) => labelJson(state, repo, l));
}

/** `issue`; pull requests carry a `pull_request` object, as in GitHub's issues API. */
export function issueJson(
  state: EmulatorState,
  repo: RepoRecord,
  i: IssueRecord | PullRecord,
): Record<string, unknown> {
  const api = `${repoApi(state, repo)}/issues/${i.number}`;
  const isPull = 'head' in i;
  return {
    id: i.id,
    node_id: i.node_id,
    url: api,
    repository_url: repoApi(state, repo),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${repoHtml(state, repo)}/${isPull ? 'pull' : 'issues'}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: 'state_reason' in i ? i.state_reason : null,
    title: i.title,
    body: i.body,
    user: userJson(state, i.user),
    labels: labelsOf(state, repo, i.labels),
    assignee: i.assignees[0] ? userJson(state, i.assignees[0]) : null,
    assignees: i.assignees.map((a) => userJson(state, a)),
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: repo.comments.filter((c) => c.issue_number === i.number).length,
    closed_at: i.closed_at,
    created_at: i.created_at,
    updated_at: i.updated_at,
    author_association: 'MEMBER',
    ...(isPull
      ? {
          pull_request: {
            url: `${repoApi(state, repo)}/pulls/${i.number}`,
            html_url: `${repoHtml(state, repo)}/pull/${i.number}`,
            diff_url: `${repoHtml(state, repo)}/pull/${i.number}.diff`,
            patch_url: `${repoHtml(state, repo)}/pull/${i.number}.patch`,
            merged_at: (i as PullRecord).merged_at,
          },
        }
      : {}),
  };
}

/** `pull-request` (full) or `pull-request-simple` for lists. */
export function pullJson(state: EmulatorState, repo: RepoRecord, p: PullRecord, full = true): Record<string, unknown> {
  const api = `${repoApi(state, repo)}/pulls/${p.number}`;
  const html = `${repoHtml(state, repo)}/pull/${p.number}`;
  const baseSha = repo.git?.refs.get(`refs/heads/${p.base}`) ?? p.head_sha;
  const r = repoJson(state, repo);
  const side = (ref: string, sha: string) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: userJson(state, repo.owner),
    repo: r,
  });
  return {
    url: api,
    id: p.id,
    node_id: p.node_id,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repoApi(state, repo)}/issues/${p.number}`,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi(state, repo)}/pulls/comments{/number}`,
    comments_url: `${repoApi(state, repo)}/issues/${p.number}/comments`,
    statuses_url: `${repoApi(state, repo)}/statuses/${p.head_sha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: userJson(state, p.user),
    body: p.body,
    labels: labelsOf(state, repo, p.labels),
    milestone: null,
    active_lock_reason: null,
    created_at: p.created_at,
    updated_at: p.updated_at,
    closed_at: p.closed_at,
    merged_at: p.merged_at,
    merge_commit_sha: p.merge_commit_sha,
    assignee: p.assignees[0] ? userJson(state, p.assignees[0]) : null,
    assignees: p.assignees.map((a) => userJson(state, a)),
    requested_reviewers: p.requested_reviewers.map((u) => userJson(state, u)),
    requested_teams: p.requested_teams.flatMap((slug) => {
      const org = state.org(repo.owner);
      const team = org?.teams.find((t) => t.slug === slug);
      return org && team ? [teamJson(state, org, team)] : [];
    }),
    head: side(p.head, p.head_sha),
    base: side(p.base, baseSha),
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: `${repoApi(state, repo)}/issues/${p.number}` },
      comments: { href: `${repoApi(state, repo)}/issues/${p.number}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApi(state, repo)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${repoApi(state, repo)}/statuses/${p.head_sha}` },
    },
    author_association: 'MEMBER',
    auto_merge: p.auto_merge
      ? {
          enabled_by: userJson(state, p.auto_merge.enabled_by),
          merge_method: p.auto_merge.merge_method,
          commit_title: '',
          commit_message: '',
        }
      : null,
    draft: p.draft,
    ...(full
      ? {
          merged: p.merged,
          mergeable: p.state === 'open' ? true : null,
          rebaseable: p.state === 'open' ? true : null,
          mergeable_state: p.state === 'open' ? 'clean' : 'unknown',
          merged_by: p.merged ? userJson(state, 'moko-bot') : null,
          comments: repo.comments.filter((c) => c.issue_number === p.number).length,
          review_comments: 0,
          maintainer_can_modify: p.maintainer_can_modify,
          commits: 1,
          additions: 1,
          deletions: 0,
          changed_files: 1,
        }
      : {}),
  };
}
