import { diffCommits, mergeBase } from '../git-diff.js';
import type { GitStore } from '../git.js';
import { type CommitStatusRecord, emptyRepoActivity, type RepoRecord, type RunRecord } from '../model.js';
import {
  HttpError,
  type HandlerContext,
  noContent,
  notFound,
  ok,
  okPage,
  repoFor,
  type RouteTable,
} from '../route-kit.js';
import { commitJson, diffEntryJson, repoApi, repoHtml } from '../views-git.js';
import { repoJson, userJson } from '../views.js';
import { gitFor } from './git-data.js';

type CommitObj = Parameters<typeof commitJson>[3];

function reachable(git: GitStore, from: string): Set<string> {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const sha = stack.pop()!;
    if (seen.has(sha)) continue;
    seen.add(sha);
    const c = git.get(sha);
    if (c?.type === 'commit') stack.push(...c.parents);
  }
  return seen;
}

function compare(ctx: HandlerContext, base: string, head: string) {
  const { repo, git } = gitFor(ctx);
  const b = git.resolveCommit(base);
  const h = git.resolveCommit(head);
  if (!b || !h) notFound();
  const mb = mergeBase(git, b, h);
  const fromBase = reachable(git, b);
  const fromHead = reachable(git, h);
  const ahead = [...fromHead].filter((s) => !fromBase.has(s));
  const behind = [...fromBase].filter((s) => !fromHead.has(s));
  const status = b === h ? 'identical' : behind.length === 0 ? 'ahead' : ahead.length === 0 ? 'behind' : 'diverged';
  const html = `${repoHtml(ctx.state, repo)}/compare/${base}...${head}`;
  const files = diffCommits(git, mb, h).map((f) => diffEntryJson(ctx.state, repo, git, f, h));
  return ok({
    url: `${repoApi(ctx.state, repo)}/compare/${base}...${head}`,
    html_url: html,
    permalink_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    base_commit: commitJson(ctx.state, repo, b, git.get(b) as CommitObj),
    merge_base_commit: commitJson(ctx.state, repo, mb ?? b, git.get(mb ?? b) as CommitObj),
    status,
    ahead_by: ahead.length,
    behind_by: behind.length,
    total_commits: ahead.length,
    commits: ahead.reverse().map((s) => commitJson(ctx.state, repo, s, git.get(s) as CommitObj)),
    files: files.map((f) => ({ ...f, changes: f.additions + f.deletions })),
  });
}

function statusJson(ctx: HandlerContext, repo: RepoRecord, s: CommitStatusRecord) {
  return {
    url: `${repoApi(ctx.state, repo)}/statuses/${s.sha}`,
    avatar_url: null,
    id: s.id,
    node_id: ctx.state.nodeId('SC', s.id),
    state: s.state,
    description: s.description,
    target_url: s.target_url,
    context: s.context,
    created_at: s.created_at,
    updated_at: s.created_at,
    creator: userJson(ctx.state, s.creator),
  };
}

/** Compare, workflow dispatch, repository creation and deletion, commit statuses. */
export const repoExtraRoutes: RouteTable = {
  'repos/compare-commits-with-basehead': (ctx) => {
    const [base = '', head = ''] = (ctx.params.basehead ?? '').split('...');
    return compare(ctx, base, head);
  },
  'actions/create-workflow-dispatch': (ctx) => {
    const { repo, git } = gitFor(ctx, 'write');
    const key = ctx.params.workflow_id ?? '';
    const w = repo.workflows.find((x) => String(x.id) === key || x.path.endsWith(`/${key}`));
    if (!w) notFound();
    if (w.state !== 'active') throw new HttpError(422, `Cannot trigger a 'workflow_dispatch' on a disabled workflow`);
    const ref = String(ctx.body.ref);
    const sha = git.resolveCommit(ref.replace(/^refs\/(heads|tags)\//, ''));
    if (!sha) throw new HttpError(422, `No ref found for: ${ref}`);
    const id = ctx.state.nextId();
    const now = ctx.state.now();
    const run: RunRecord = {
      id,
      node_id: ctx.state.nodeId('WFR', id),
      workflow_id: w.id,
      name: w.name,
      run_number: repo.runs.filter((r) => r.workflow_id === w.id).length + 1,
      run_attempt: 1,
      event: 'workflow_dispatch',
      status: 'queued',
      conclusion: null,
      head_branch: ref.replace(/^refs\/(heads|tags)\//, ''),
      head_sha: sha,
      actor: ctx.login,
      created_at: now,
      updated_at: now,
    };
    repo.runs.push(run);
    if (ctx.body.return_run_details === true) {
      return ok({
        workflow_run_id: id,
        run_url: `${repoApi(ctx.state, repo)}/actions/runs/${id}`,
        html_url: `${repoHtml(ctx.state, repo)}/actions/runs/${id}`,
      });
    }
    return noContent();
  },
  'repos/create-in-org': (ctx) => {
    const org = ctx.state.org(ctx.params.org ?? '');
    if (!org) notFound();
    if (ctx.grant.permission !== 'admin') throw new HttpError(403, 'Resource not accessible by integration');
    const name = String(ctx.body.name);
    if (ctx.state.repo(org.login, name)) {
      throw new HttpError(422, 'Repository creation failed.', {
        errors: [
          { resource: 'Repository', code: 'custom', field: 'name', message: 'name already exists on this account' },
        ],
      });
    }
    const id = ctx.state.nextId();
    const now = ctx.state.now();
    const visibility =
      (ctx.body.visibility as RepoRecord['visibility'] | undefined) ??
      (ctx.body.private === false ? 'public' : 'private');
    const repo: RepoRecord = {
      id,
      node_id: ctx.state.nodeId('R', id),
      owner: org.login,
      name,
      description: (ctx.body.description as string | undefined) ?? null,
      visibility,
      topics: [],
      archived: false,
      fork: false,
      default_branch: 'main',
      language: null,
      created_at: now,
      updated_at: now,
      pushed_at: now,
      custom_properties: {},
      settings: {},
      seedFiles: () => ({ 'README.md': { content: `# ${name}\n` } }),
      ...emptyRepoActivity(),
      labels: [],
      immutableReleases: false,
    };
    ctx.state.addRepo(repo);
    return ok(repoJson(ctx.state, repo), 201);
  },
  'repos/delete': (ctx) => {
    const repo = repoFor(ctx, 'admin');
    ctx.state.removeRepo(repo);
    return noContent();
  },
  'repos/create-commit-status': (ctx) => {
    const { repo, git } = gitFor(ctx, 'write');
    const sha = ctx.params.sha ?? '';
    if (git.get(sha)?.type !== 'commit') throw new HttpError(422, `No commit found for SHA: ${sha}`);
    const id = ctx.state.nextId();
    const s: CommitStatusRecord = {
      id,
      sha,
      state: ctx.body.state as CommitStatusRecord['state'],
      context: (ctx.body.context as string | undefined) ?? 'default',
      description: (ctx.body.description as string | undefined) ?? null,
      target_url: (ctx.body.target_url as string | undefined) ?? null,
      created_at: ctx.state.now(),
      creator: ctx.login,
    };
    repo.statuses ??= [];
    repo.statuses.push(s);
    return ok(statusJson(ctx, repo, s), 201);
  },
  'repos/get-combined-status-for-ref': (ctx) => {
    const { repo, git } = gitFor(ctx);
    const sha = git.resolveCommit(ctx.params.ref ?? '');
    if (!sha) notFound();
    const latest = new Map<string, CommitStatusRecord>();
    for (const s of repo.statuses ?? []) if (s.sha === sha) latest.set(s.context, s);
    const list = [...latest.values()];
    // https://docs.github.com/rest/commits/statuses#get-the-combined-status-for-a-specific-reference
    const state = list.some((s) => s.state === 'error' || s.state === 'failure')
      ? 'failure'
      : list.length === 0 || list.some((s) => s.state === 'pending')
        ? 'pending'
        : 'success';
    return ok({
      state,
      sha,
      total_count: list.length,
      statuses: list.map((s) => statusJson(ctx, repo, s)),
      repository: repoJson(ctx.state, repo),
      commit_url: `${repoApi(ctx.state, repo)}/commits/${sha}`,
      url: `${repoApi(ctx.state, repo)}/commits/${sha}/status`,
    });
  },
  'repos/list-commit-statuses-for-ref': (ctx) => {
    const { repo, git } = gitFor(ctx);
    const sha = git.resolveCommit(ctx.params.ref ?? '');
    if (!sha) notFound();
    return okPage(ctx, (repo.statuses ?? []).filter((s) => s.sha === sha).reverse(), (s) => statusJson(ctx, repo, s));
  },
};
