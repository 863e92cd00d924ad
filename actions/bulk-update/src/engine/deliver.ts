import { errorMessage } from '../../../../shared/core/errors.js';
import type { BulkApi } from './api.js';
import type { Delivery } from './config.js';
import type { FileChange, PullInfo, RepoState } from './model.js';
import type { ContentPacer } from './pacer.js';
import { decoratePullRequest, type ReviewerIds } from './pull-request-extras.js';
import type { RepoInfo } from './repos.js';
import { renderTemplate, type TemplateValues } from './template.js';

/** What delivering file changes to one repository did. */
export interface DeliveryOutcome {
  status: 'updated' | 'unchanged' | 'skipped';
  reason?: string;
  pullRequest?: { number: number; url: string };
  commit?: string;
}

/** Run-wide inputs of delivery. */
export interface DeliveryContext {
  api: BulkApi;
  pacer: ContentPacer;
  delivery: Delivery;
  force: boolean;
  reviewers: () => Promise<ReviewerIds>;
  values: TemplateValues;
  /** A previous attempt started writing this repository (ledger): re-apply pull request extras. */
  recovering: boolean;
}

const COMMIT =
  'mutation BulkCommit($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid url } } }';
const CREATE_REF =
  'mutation BulkCreateRef($input: CreateRefInput!) { createRef(input: $input) { ref { id target { oid } } } }';
const UPDATE_REF = 'mutation BulkResetRef($input: UpdateRefInput!) { updateRef(input: $input) { ref { id } } }';
const CREATE_PR =
  'mutation BulkCreatePull($input: CreatePullRequestInput!) { createPullRequest(input: $input) { pullRequest { id number url } } }';
const UPDATE_PR =
  'mutation BulkUpdatePull($input: UpdatePullRequestInput!) { updatePullRequest(input: $input) { pullRequest { id } } }';

/** A markdown list of the changes, for the pull request body. */
function describeChanges(changes: FileChange[]): string {
  return changes.map((c) => `- ${c.kind} \`${c.path}\`${c.note ? ` (${c.note})` : ''}`).join('\n');
}

/** Where file changes go, decided from the state read: an outcome already, our default branch, or our pull request. */
type Route =
  | { outcome: DeliveryOutcome }
  | { direct: boolean; headOid: string; open: PullInfo | undefined; latest: PullInfo | undefined };

/** The decisions deliverFiles makes before writing, shared with previewDelivery so the two cannot drift. */
function route(state: RepoState, changes: FileChange[], delivery: Delivery, force: boolean): Route {
  const ours = state.pulls.filter((p) => p.baseRefName === state.defaultBranch || !p.baseRefName);
  const open = ours.find((p) => p.state === 'OPEN');
  const latest = ours[0];
  if (changes.length === 0) return { outcome: { status: 'unchanged' } };
  if (!state.headOid) return { outcome: { status: 'skipped', reason: 'empty repository (no default branch)' } };
  if (!open && latest?.state === 'CLOSED' && !force) {
    return {
      outcome: {
        status: 'skipped',
        reason: `pull request #${latest.number} was closed unmerged by a maintainer (set force: true to push again)`,
      },
    };
  }
  const direct = delivery.mode === 'commit' && !open && !state.defaultProtected;
  return { direct, headOid: state.headOid, open, latest };
}

/** What delivery would do, without doing it (dry-run): the decisions of deliverFiles. */
export function previewDelivery(
  state: RepoState,
  changes: FileChange[],
  delivery: Delivery,
  force: boolean,
): DeliveryOutcome {
  const r = route(state, changes, delivery, force);
  if ('outcome' in r) return r.outcome;
  if (r.direct) return { status: 'updated', reason: `dry run: would commit to ${state.defaultBranch}` };
  if (r.open) {
    const pullRequest = { number: r.open.number, url: r.open.url };
    return pending(state, changes).length > 0
      ? { status: 'updated', pullRequest, reason: `dry run: would update pull request #${r.open.number}` }
      : { status: 'unchanged', pullRequest, reason: `pull request #${r.open.number} is already up to date` };
  }
  return { status: 'updated', reason: 'dry run: would open a pull request' };
}

/**
 * One verified commit through createCommitOnBranch: GitHub signs commits made through the API
 * (https://docs.github.com/graphql/reference/mutations#createcommitonbranch), and expectedHeadOid makes
 * it fail instead of overwriting a branch someone moved meanwhile.
 */
async function commit(
  ctx: DeliveryContext,
  repo: RepoInfo,
  branch: string,
  headOid: string,
  changes: FileChange[],
): Promise<string> {
  const additions = changes
    .filter((c) => c.kind !== 'delete')
    .map((c) => ({ path: c.path, contents: c.content!.toString('base64') }));
  const deletions = changes.filter((c) => c.kind === 'delete').map((c) => ({ path: c.path }));
  const input = {
    branch: { repositoryNameWithOwner: repo.fullName, branchName: branch },
    message: {
      headline: renderTemplate(ctx.delivery.commitMessage, ctx.values, 'delivery.commitMessage'),
      body: describeChanges(changes),
    },
    expectedHeadOid: headOid,
    fileChanges: { additions, deletions },
  };
  const res = (await ctx.pacer.run(() => ctx.api.graphql(COMMIT, { input }))) as {
    createCommitOnBranch: { commit: { oid: string } };
  };
  return res.createCommitOnBranch.commit.oid;
}

function pending(state: RepoState, changes: FileChange[]): FileChange[] {
  const files = state.branch?.files;
  if (!files) return changes;
  return changes.filter((c) => {
    const have = files.get(c.path);
    return have === undefined || have !== (c.kind === 'delete' ? null : c.oid);
  });
}

/**
 * Brings the file changes to the repository: directly on the default branch (`mode: commit`, unprotected)
 * or through our pull request: one branch, one commit, one PR, one request for labels/reviewers/auto-merge.
 * An open PR of ours gets a new commit on its branch, never a second PR; a PR closed unmerged is respected
 * unless `force`. Every step first checks whether a previous (killed) attempt already did it.
 */
export async function deliverFiles(
  repo: RepoInfo,
  state: RepoState,
  changes: FileChange[],
  ctx: DeliveryContext,
): Promise<DeliveryOutcome> {
  const { api, delivery } = ctx;
  const r = route(state, changes, delivery, ctx.force);
  if ('outcome' in r) return r.outcome;
  const { open, latest, headOid } = r;
  if (r.direct) {
    try {
      const oid = await commit(ctx, repo, state.defaultBranch, headOid, changes);
      return { status: 'updated', commit: oid };
    } catch (error) {
      // A ruleset can protect the branch without a protection rule; fall back to a pull request.
      if (!/protect|rule|violat/i.test(errorMessage(error))) throw error;
    }
  }
  const body = renderTemplate(delivery.body, { ...ctx.values, changes: describeChanges(changes) }, 'delivery.body');
  const title = renderTemplate(delivery.title, ctx.values, 'delivery.title');
  let commitOid: string | undefined;
  let notes: string[] = [];
  let branchOid = state.branch?.oid;
  let todo = pending(state, changes);
  if (state.branch && !open && latest?.state === 'MERGED') {
    // The branch is left over from a merged PR: start it again from the default branch.
    await ctx.pacer.run(() =>
      api.graphql(UPDATE_REF, { input: { refId: state.branch!.id, oid: headOid, force: true } }),
    );
    branchOid = headOid;
    todo = changes;
  }
  if (!branchOid) {
    await ctx.pacer.run(() =>
      api.graphql(CREATE_REF, {
        input: { repositoryId: state.id, name: `refs/heads/${delivery.branch}`, oid: headOid },
      }),
    );
    branchOid = headOid;
  }
  if (todo.length > 0) commitOid = await commit(ctx, repo, delivery.branch, branchOid, todo);
  if (open) {
    // A killed attempt may have committed without updating the body, or opened the PR without its extras.
    if (commitOid || ctx.recovering) {
      await ctx.pacer.run(() => api.graphql(UPDATE_PR, { input: { pullRequestId: open.id, title, body } }));
    }
    if (ctx.recovering) {
      notes = await decoratePullRequest(
        api,
        ctx.pacer,
        repo,
        state,
        open.id,
        open.number,
        delivery,
        await ctx.reviewers(),
      );
    }
    const pullRequest = { number: open.number, url: open.url };
    if (commitOid)
      return { status: 'updated', pullRequest, commit: commitOid, reason: 'updated our open pull request' };
    if (!ctx.recovering) {
      return { status: 'unchanged', pullRequest, reason: `pull request #${open.number} is already up to date` };
    }
    return { status: 'updated', pullRequest, ...(notes.length > 0 ? { reason: notes.join('; ') } : {}) };
  }
  const created = (await ctx.pacer.run(() =>
    api.graphql(CREATE_PR, {
      input: {
        repositoryId: state.id,
        baseRefName: state.defaultBranch,
        headRefName: delivery.branch,
        title,
        body,
        draft: delivery.draft,
      },
    }),
  )) as { createPullRequest: { pullRequest: { id: string; number: number; url: string } } };
  const pr = created.createPullRequest.pullRequest;
  notes = await decoratePullRequest(api, ctx.pacer, repo, state, pr.id, pr.number, delivery, await ctx.reviewers());
  const outcome: DeliveryOutcome = { status: 'updated', pullRequest: { number: pr.number, url: pr.url } };
  if (notes.length > 0) outcome.reason = notes.join('; ');
  if (commitOid) outcome.commit = commitOid;
  return outcome;
}
