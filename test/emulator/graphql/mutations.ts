import { isAncestor } from '../git-diff.js';
import { addLabels } from '../label-ops.js';
import type { PullRecord, RepoRecord } from '../model.js';
import { openPull } from '../pull-ops.js';
import { assertTagMutable } from '../release-ops.js';
import { HttpError } from '../route-kit.js';
import { assertWrite, GqlError, type GqlContext } from './context.js';
import { commitNode, refNode } from './git-nodes.js';
import { type Found, findNode } from './lookup.js';
import { issueNode, projectNode, pullNode, repositoryNode } from './nodes.js';

type Input = Record<string, unknown> & { clientMutationId?: string };

/** The node an input id names, if it is one of `kinds`; else GitHub's NOT_FOUND error. */
function nodeOf<K extends Found['kind']>(ctx: GqlContext, id: unknown, ...kinds: K[]): Extract<Found, { kind: K }> {
  const f = findNode(ctx, String(id));
  if (!f || !kinds.includes(f.kind as K))
    throw new GqlError('NOT_FOUND', `Could not resolve to a node with the global id of '${String(id)}'`);
  return f as Extract<Found, { kind: K }>;
}

function repoById(ctx: GqlContext, id: unknown): RepoRecord {
  return nodeOf(ctx, id, 'repo').repo;
}

function pullById(ctx: GqlContext, id: unknown): { repo: RepoRecord; pull: PullRecord } {
  const f = nodeOf(ctx, id, 'pull');
  assertWrite(ctx, f.repo);
  return f;
}

function unprocessable(e: unknown): never {
  if (e instanceof HttpError) {
    const first = (e.extra.errors as { message?: string }[] | undefined)?.[0]?.message;
    throw new GqlError('UNPROCESSABLE', first ?? e.message);
  }
  throw e;
}

/** The mutations the actions use, on the same state REST serves. */
export function mutationRoot(ctx: GqlContext): Record<string, (args: { input: Input }) => unknown> {
  const { state } = ctx;
  return {
    createCommitOnBranch: ({ input }) => {
      // https://docs.github.com/graphql/reference/mutations#createcommitonbranch
      const branch = input.branch as { repositoryNameWithOwner?: string; branchName?: string; id?: string };
      let repo: RepoRecord | undefined;
      let name = branch.branchName;
      if (branch.id) {
        const f = findNode(ctx, branch.id);
        if (f?.kind === 'ref') [repo, name] = [f.repo, f.ref.replace(/^refs\/heads\//, '')];
      } else if (branch.repositoryNameWithOwner) {
        const [o, n] = branch.repositoryNameWithOwner.split('/');
        repo = state.repo(o ?? '', n ?? '');
      }
      if (!repo)
        throw new GqlError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${branch.repositoryNameWithOwner ?? branch.id}'.`,
        );
      assertWrite(ctx, repo);
      const git = state.git(repo);
      const refName = `refs/heads/${name}`;
      const head = git.refs.get(refName);
      if (!head) throw new GqlError('NOT_FOUND', `A ref named "${refName}" does not exist in this repository.`);
      if (head !== input.expectedHeadOid) {
        throw new GqlError(
          'STALE_DATA',
          `Expected branch to point to "${String(input.expectedHeadOid)}" but it did not. Pull and try again.`,
        );
      }
      const changes = input.fileChanges as
        | { additions?: { path: string; contents: string }[]; deletions?: { path: string }[] }
        | undefined;
      for (const d of changes?.deletions ?? []) {
        if (!git.lookup(head, d.path))
          throw new GqlError(
            'UNPROCESSABLE',
            `A path was requested for deletion which does not exist as of commit oid \`${head}\``,
          );
      }
      const message = input.message as { headline: string; body?: string };
      const sha = git.commitChanges(
        head,
        [
          ...(changes?.deletions ?? []).map((d) => ({ path: d.path, data: null })),
          ...(changes?.additions ?? []).map((a) => ({ path: a.path, data: Buffer.from(a.contents, 'base64') })),
        ],
        {
          message: message.body ? `${message.headline}\n\n${message.body}` : message.headline,
          author: state.signature(ctx.login),
          verified: true,
        },
      );
      git.refs.set(refName, sha);
      repo.pushed_at = state.now();
      const c = git.get(sha) as Parameters<typeof commitNode>[3];
      return {
        clientMutationId: input.clientMutationId ?? null,
        commit: commitNode(ctx, repo, sha, c),
        ref: refNode(ctx, repo, refName),
      };
    },
    createRef: ({ input }) => {
      const repo = repoById(ctx, input.repositoryId);
      assertWrite(ctx, repo);
      const git = state.git(repo);
      const name = String(input.name);
      if (!name.startsWith('refs/')) throw new GqlError('UNPROCESSABLE', `Reference name must start with 'refs/'.`);
      if (git.refs.has(name))
        throw new GqlError('UNPROCESSABLE', `A ref named "${name}" already exists in the repository.`);
      if (!git.get(String(input.oid)))
        throw new GqlError('UNPROCESSABLE', `Could not resolve to a commit with the oid ${String(input.oid)}`);
      git.refs.set(name, String(input.oid));
      return { clientMutationId: input.clientMutationId ?? null, ref: refNode(ctx, repo, name) };
    },
    updateRef: ({ input }) => {
      const f = nodeOf(ctx, input.refId, 'ref');
      assertWrite(ctx, f.repo);
      const git = state.git(f.repo);
      const current = git.refs.get(f.ref);
      try {
        assertTagMutable(f.repo, f.ref);
      } catch (e) {
        unprocessable(e);
      }
      const oid = String(input.oid);
      if (!git.get(oid)) throw new GqlError('UNPROCESSABLE', `Could not resolve to a commit with the oid ${oid}`);
      if (current && !input.force && !isAncestor(git, current, oid))
        throw new GqlError('UNPROCESSABLE', 'Update is not a fast forward');
      git.refs.set(f.ref, oid);
      return { clientMutationId: input.clientMutationId ?? null, ref: refNode(ctx, f.repo, f.ref) };
    },
    createPullRequest: ({ input }) => {
      const repo = repoById(ctx, input.repositoryId);
      assertWrite(ctx, repo);
      let pull: PullRecord;
      try {
        pull = openPull(ctx, repo, {
          title: String(input.title),
          head: String(input.headRefName),
          base: String(input.baseRefName),
          body: (input.body as string | undefined) ?? null,
          draft: input.draft as boolean | undefined,
          maintainerCanModify: input.maintainerCanModify as boolean | undefined,
        });
      } catch (e) {
        unprocessable(e);
      }
      return { clientMutationId: input.clientMutationId ?? null, pullRequest: pullNode(ctx, repo, pull) };
    },
    updatePullRequest: ({ input }) => {
      const { repo, pull } = pullById(ctx, input.pullRequestId);
      if (typeof input.title === 'string') pull.title = input.title;
      if (typeof input.body === 'string') pull.body = input.body;
      if (typeof input.baseRefName === 'string') pull.base = input.baseRefName;
      if (input.state === 'CLOSED' && pull.state === 'open')
        Object.assign(pull, { state: 'closed', closed_at: state.now() });
      if (input.state === 'OPEN' && pull.state === 'closed' && !pull.merged)
        Object.assign(pull, { state: 'open', closed_at: null });
      if (Array.isArray(input.labelIds)) {
        pull.labels = [];
        addLabels(
          ctx,
          repo,
          pull,
          (input.labelIds as string[])
            .map((id) => {
              const f = findNode(ctx, id);
              return f?.kind === 'label' ? f.label.name : '';
            })
            .filter(Boolean),
        );
      }
      pull.updated_at = state.now();
      return { clientMutationId: input.clientMutationId ?? null, pullRequest: pullNode(ctx, repo, pull) };
    },
    closePullRequest: ({ input }) => {
      const { repo, pull } = pullById(ctx, input.pullRequestId);
      if (pull.state === 'open')
        Object.assign(pull, { state: 'closed', closed_at: state.now(), updated_at: state.now() });
      return { clientMutationId: input.clientMutationId ?? null, pullRequest: pullNode(ctx, repo, pull) };
    },
    enablePullRequestAutoMerge: ({ input }) => {
      const { repo, pull } = pullById(ctx, input.pullRequestId);
      if (repo.settings.allow_auto_merge !== true)
        throw new GqlError('UNPROCESSABLE', 'Auto merge is not allowed for this repository');
      // Without required checks or reviews a pull request is mergeable at once and GitHub refuses auto-merge.
      if (!repo.protections.has(pull.base)) throw new GqlError('UNPROCESSABLE', 'Pull request is in clean status');
      pull.auto_merge = { merge_method: String(input.mergeMethod ?? 'MERGE'), enabled_by: ctx.login };
      return {
        clientMutationId: input.clientMutationId ?? null,
        actor: { __typename: 'User', login: ctx.login },
        pullRequest: pullNode(ctx, repo, pull),
      };
    },
    addLabelsToLabelable: ({ input }) => {
      const f = nodeOf(ctx, input.labelableId, 'pull', 'issue');
      assertWrite(ctx, f.repo);
      const target = f.kind === 'pull' ? f.pull : f.issue;
      const names = (input.labelIds as string[]).map((id) => nodeOf(ctx, id, 'label').label.name);
      addLabels(ctx, f.repo, target, names);
      return {
        clientMutationId: input.clientMutationId ?? null,
        labelable: f.kind === 'pull' ? pullNode(ctx, f.repo, f.pull) : issueNode(ctx, f.repo, f.issue),
      };
    },
    requestReviews: ({ input }) => {
      const { repo, pull } = pullById(ctx, input.pullRequestId);
      const logins = ((input.userIds as string[] | undefined) ?? []).map((id) => nodeOf(ctx, id, 'user').login);
      const slugs = ((input.teamIds as string[] | undefined) ?? []).map((id) => nodeOf(ctx, id, 'team').team.slug);
      pull.requested_reviewers = input.union ? [...new Set([...pull.requested_reviewers, ...logins])] : logins;
      pull.requested_teams = input.union ? [...new Set([...pull.requested_teams, ...slugs])] : slugs;
      return {
        clientMutationId: input.clientMutationId ?? null,
        actor: { __typename: 'User', login: ctx.login },
        pullRequest: pullNode(ctx, repo, pull),
      };
    },
    createProjectV2: ({ input }) => {
      const f = nodeOf(ctx, input.ownerId, 'org');
      if (ctx.grant.permission !== 'admin' && ctx.grant.permission !== 'write')
        throw new GqlError('FORBIDDEN', 'Resource not accessible by integration');
      const id = state.nextId();
      const project = {
        id,
        node_id: state.nodeId('PVT', id),
        number: f.org.projects.length + 1,
        title: String(input.title),
        repositories: [] as number[],
      };
      if (input.repositoryId) project.repositories.push(repoById(ctx, input.repositoryId).id);
      f.org.projects.push(project);
      return { clientMutationId: input.clientMutationId ?? null, projectV2: projectNode(ctx, f.org, project) };
    },
    linkProjectV2ToRepository: ({ input }) => {
      const p = nodeOf(ctx, input.projectId, 'project');
      const repo = repoById(ctx, input.repositoryId);
      assertWrite(ctx, repo);
      if (!p.project.repositories.includes(repo.id)) p.project.repositories.push(repo.id);
      return { clientMutationId: input.clientMutationId ?? null, repository: repositoryNode(ctx, repo) };
    },
  };
}
