import { type BulkApi, gqlString } from './api.js';
import type { Delivery } from './config.js';
import type { RepoState } from './model.js';
import type { ContentPacer } from './pacer.js';
import type { RepoInfo } from './repos.js';

/** Node ids of the configured reviewers, resolved once per run. */
export interface ReviewerIds {
  userIds: string[];
  teamIds: string[];
  missing: string[];
}

/** Resolves `login` and `org/team` reviewers to node ids in one GraphQL request. */
export async function resolveReviewers(api: BulkApi, org: string, reviewers: string[]): Promise<ReviewerIds> {
  const users = reviewers.filter((r) => !r.includes('/'));
  const teams = reviewers.filter((r) => r.includes('/')).map((r) => r.split('/'));
  if (users.length + teams.length === 0) return { userIds: [], teamIds: [], missing: [] };
  const parts = users.map((u, i) => `u${i}: user(login: ${gqlString(u)}) { id }`);
  for (const [i, [o, slug]] of teams.entries()) {
    parts.push(`o${i}: organization(login: ${gqlString(o ?? org)}) { team(slug: ${gqlString(slug ?? '')}) { id } }`);
  }
  let data: Record<string, { id?: string; team?: { id?: string } | null } | null> = {};
  try {
    data = (await api.graphql(`query BulkReviewers { ${parts.join(' ')} }`)) as typeof data;
  } catch (error) {
    // Unknown logins come back as errors beside partial data; keep what resolved.
    const partial = (error as { data?: typeof data }).data;
    if (partial) data = partial;
  }
  const out: ReviewerIds = { userIds: [], teamIds: [], missing: [] };
  users.forEach((u, i) => {
    const id = data[`u${i}`]?.id;
    if (id) out.userIds.push(id);
    else out.missing.push(u);
  });
  teams.forEach((t, i) => {
    const id = data[`o${i}`]?.team?.id;
    if (id) out.teamIds.push(id);
    else out.missing.push(t.join('/'));
  });
  return out;
}

const MERGE_METHOD = { merge: 'MERGE', squash: 'SQUASH', rebase: 'REBASE' } as const;

/**
 * Labels, reviewers and auto-merge for a new pull request in ONE GraphQL document: mutations in one
 * request run in order (https://spec.graphql.org/October2021/#sec-Mutation), so a new pull request
 * costs a single extra request. When a label does not exist yet in the repository, the labels go through
 * REST instead, which creates missing labels by name
 * (https://docs.github.com/rest/issues/labels#add-labels-to-an-issue); reviewers and auto-merge then
 * follow in the GraphQL document (two requests, only until the label exists).
 */
export async function decoratePullRequest(
  api: BulkApi,
  pacer: ContentPacer,
  repo: RepoInfo,
  state: RepoState,
  pullRequestId: string,
  pullNumber: number,
  delivery: Delivery,
  reviewers: ReviewerIds,
): Promise<void> {
  const ids = delivery.labels.map((name) => state.deliveryLabels.get(name) ?? null);
  const labelIds = ids.every((id) => id !== null) ? (ids as string[]) : [];
  if (labelIds.length < delivery.labels.length) {
    await pacer.run(() =>
      api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
        owner: repo.owner,
        repo: repo.name,
        issue_number: pullNumber,
        labels: delivery.labels,
      }),
    );
  }
  const parts: string[] = [];
  const pr = gqlString(pullRequestId);
  if (labelIds.length > 0) {
    parts.push(
      `labels: addLabelsToLabelable(input: { labelableId: ${pr}, labelIds: ${JSON.stringify(labelIds)} }) { clientMutationId }`,
    );
  }
  if (reviewers.userIds.length + reviewers.teamIds.length > 0) {
    parts.push(
      `reviews: requestReviews(input: { pullRequestId: ${pr}, userIds: ${JSON.stringify(reviewers.userIds)}, teamIds: ${JSON.stringify(reviewers.teamIds)}, union: true }) { clientMutationId }`,
    );
  }
  if (delivery.autoMerge) {
    parts.push(
      `automerge: enablePullRequestAutoMerge(input: { pullRequestId: ${pr}, mergeMethod: ${MERGE_METHOD[delivery.autoMerge]} }) { clientMutationId }`,
    );
  }
  if (parts.length === 0) return;
  await pacer.run(() => api.graphql(`mutation BulkDecorate { ${parts.join(' ')} }`));
}
