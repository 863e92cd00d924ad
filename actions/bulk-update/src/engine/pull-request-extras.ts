import { errorMessage } from '../../../../shared/core/errors.js';
import { type BulkApi, gqlString } from './api.js';
import { graphqlFailure } from '../../../../shared/github/graphql-failure.js';
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

/**
 * Resolves `login` and `org/team` reviewers to node ids once per run, through REST
 * (https://docs.github.com/rest/users/users#get-a-user, https://docs.github.com/rest/teams/teams#get-a-team-by-name):
 * one request per reviewer per run, not per repository. Unknown ones are reported, not fatal.
 */
export async function resolveReviewers(api: BulkApi, org: string, reviewers: string[]): Promise<ReviewerIds> {
  const out: ReviewerIds = { userIds: [], teamIds: [], missing: [] };
  for (const r of reviewers) {
    const [owner, slug] = r.includes('/') ? r.split('/', 2) : [undefined, undefined];
    try {
      const res = slug
        ? await api.request('GET /orgs/{org}/teams/{team_slug}', { org: owner || org, team_slug: slug })
        : await api.request('GET /users/{username}', { username: r });
      const id = (res.data as { node_id?: string }).node_id;
      if (!id) out.missing.push(r);
      else if (slug) out.teamIds.push(id);
      else out.userIds.push(id);
    } catch {
      out.missing.push(r);
    }
  }
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
): Promise<string[]> {
  const ids = delivery.labels.map((name) => state.deliveryLabels.get(name) ?? null);
  const labelIds = ids.every((id) => id !== null) ? (ids as string[]) : [];
  const notes = reviewers.missing.length > 0 ? [`reviewers not found: ${reviewers.missing.join(', ')}`] : [];
  if (labelIds.length < delivery.labels.length) {
    try {
      await pacer.run(() =>
        api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
          owner: repo.owner,
          repo: repo.name,
          issue_number: pullNumber,
          labels: delivery.labels,
        }),
      );
    } catch (error) {
      notes.push(`labels failed: ${errorMessage(error)}`);
    }
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
  if (parts.length === 0) return notes;
  try {
    await pacer.run(() => api.graphql(`mutation BulkDecorate { ${parts.join(' ')} }`));
    return notes;
  } catch (error) {
    // Each mutation of the document succeeds or fails alone; the pull request exists either way, so a
    // failed extra is reported, not fatal. GitHub refuses auto-merge on a pull request that is already
    // mergeable ("clean status": no required checks or reviews), which is common and harmless.
    const failure = graphqlFailure(error);
    if (!failure) throw error;
    return [
      ...notes,
      ...failure.errors.map(({ path, message }) => {
        if (/clean status/i.test(String(message ?? '')))
          return 'auto-merge not enabled: the pull request is already mergeable';
        const alias = Array.isArray(path) ? path[0] : undefined;
        return `${String(alias ?? 'extras')} failed: ${String(message ?? 'unknown error')}`;
      }),
    ];
  }
}
