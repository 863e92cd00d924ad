import type { ArtifactRecord, JobRecord, RepoRecord, RunRecord, WorkflowRecord } from '../model.js';
import {
  type HandlerContext,
  HttpError,
  noContent,
  notFound,
  ok,
  paginate,
  repoFor,
  type RouteTable,
} from '../route-kit.js';
import { repoApi, repoHtml } from '../views-git.js';
import { repoJson, userJson } from '../views.js';

function workflowJson(ctx: HandlerContext, repo: RepoRecord, w: WorkflowRecord) {
  return {
    id: w.id,
    node_id: w.node_id,
    name: w.name,
    path: w.path,
    state: w.state,
    created_at: w.created_at,
    updated_at: w.updated_at,
    url: `${repoApi(ctx.state, repo)}/actions/workflows/${w.id}`,
    html_url: `${repoHtml(ctx.state, repo)}/blob/${repo.default_branch}/${w.path}`,
    badge_url: `${repoHtml(ctx.state, repo)}/workflows/${w.name}/badge.svg`,
  };
}

function runJson(ctx: HandlerContext, repo: RepoRecord, r: RunRecord) {
  const api = `${repoApi(ctx.state, repo)}/actions/runs/${r.id}`;
  const w = repo.workflows.find((x) => x.id === r.workflow_id);
  const minimal = repoJson(ctx.state, repo);
  return {
    id: r.id,
    name: r.name,
    node_id: r.node_id,
    head_branch: r.head_branch,
    head_sha: r.head_sha,
    path: w?.path ?? '',
    display_title: r.name,
    run_number: r.run_number,
    run_attempt: r.run_attempt,
    event: r.event,
    status: r.status,
    conclusion: r.conclusion,
    workflow_id: r.workflow_id,
    url: api,
    html_url: `${repoHtml(ctx.state, repo)}/actions/runs/${r.id}`,
    pull_requests: [],
    created_at: r.created_at,
    updated_at: r.updated_at,
    run_started_at: r.run_started_at ?? r.created_at,
    actor: userJson(ctx.state, r.actor),
    triggering_actor: userJson(ctx.state, r.actor),
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${repoApi(ctx.state, repo)}/check-suites/${r.id}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    workflow_url: `${repoApi(ctx.state, repo)}/actions/workflows/${r.workflow_id}`,
    head_commit: {
      id: r.head_sha,
      tree_id: r.head_sha,
      message: r.name,
      timestamp: r.created_at,
      author: { name: r.actor, email: `${r.actor}@users.noreply.github.com` },
      committer: { name: r.actor, email: `${r.actor}@users.noreply.github.com` },
    },
    repository: minimal,
    head_repository: minimal,
  };
}

function jobJson(ctx: HandlerContext, repo: RepoRecord, j: JobRecord) {
  const run = repo.runs.find((r) => r.id === j.run_id);
  return {
    id: j.id,
    run_id: j.run_id,
    run_url: `${repoApi(ctx.state, repo)}/actions/runs/${j.run_id}`,
    run_attempt: run?.run_attempt ?? 1,
    node_id: j.node_id,
    head_sha: run?.head_sha ?? '',
    head_branch: run?.head_branch ?? null,
    url: `${repoApi(ctx.state, repo)}/actions/jobs/${j.id}`,
    html_url: `${repoHtml(ctx.state, repo)}/actions/runs/${j.run_id}/job/${j.id}`,
    status: j.status,
    conclusion: j.conclusion,
    created_at: j.started_at,
    started_at: j.started_at,
    completed_at: j.completed_at,
    name: j.name,
    steps: j.steps.map((s) => ({ ...s, started_at: j.started_at, completed_at: j.completed_at })),
    check_run_url: `${repoApi(ctx.state, repo)}/check-runs/${j.id}`,
    labels: ['ubuntu-latest'],
    runner_id: null,
    runner_name: null,
    runner_group_id: null,
    runner_group_name: null,
    workflow_name: run?.name ?? null,
  };
}

/** `artifact` (https://docs.github.com/rest/actions/artifacts). */
export function artifactJson(ctx: Pick<HandlerContext, 'state'>, repo: RepoRecord, a: ArtifactRecord) {
  const run = repo.runs.find((r) => r.id === a.run_id);
  return {
    id: a.id,
    node_id: a.node_id,
    name: a.name,
    size_in_bytes: a.size_in_bytes,
    url: `${repoApi(ctx.state, repo)}/actions/artifacts/${a.id}`,
    archive_download_url: `${repoApi(ctx.state, repo)}/actions/artifacts/${a.id}/zip`,
    expired: false,
    created_at: a.created_at,
    updated_at: a.created_at,
    expires_at: a.expires_at,
    digest: a.digest ?? null,
    workflow_run: {
      id: a.run_id,
      repository_id: repo.id,
      head_repository_id: repo.id,
      head_branch: run?.head_branch ?? repo.default_branch,
      head_sha: run?.head_sha ?? '',
    },
  };
}

function workflowFor(ctx: HandlerContext, access: 'read' | 'write' = 'read') {
  const repo = repoFor(ctx, access);
  const key = ctx.params.workflow_id ?? '';
  const w = repo.workflows.find((x) => String(x.id) === key || x.path.endsWith(`/${key}`));
  if (!w) notFound();
  return { repo, w };
}

function wrapped(ctx: HandlerContext, key: string, items: unknown[]) {
  const p = paginate(ctx, items);
  return { status: 200, body: { total_count: items.length, [key]: p.items }, headers: p.headers };
}

/**
 * GitHub's `created` filter of workflow runs, in search date syntax
 * (https://docs.github.com/search-github/getting-started-with-searching-on-github/understanding-the-search-syntax#query-for-dates):
 * `A..B`, `>=A`, `>A`, `<=A`, `<A` or a bare date; a date alone covers its whole day.
 */
export function createdMatcher(spec: string | null): (created: string) => boolean {
  if (!spec) return () => true;
  const start = (d: string) => Date.parse(d);
  const end = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? Date.parse(d) + 86_400_000 - 1 : Date.parse(d));
  const range = /^(.+)\.\.(.+)$/.exec(spec);
  const cmp = /^(>=|>|<=|<)(.+)$/.exec(spec);
  let test: (t: number) => boolean;
  if (range) test = (t) => (range[1] === '*' || t >= start(range[1]!)) && (range[2] === '*' || t <= end(range[2]!));
  else if (cmp) {
    const [op, d] = [cmp[1], cmp[2]!];
    test =
      op === '>='
        ? (t) => t >= start(d)
        : op === '>'
          ? (t) => t > end(d)
          : op === '<='
            ? (t) => t <= end(d)
            : (t) => t < start(d);
  } else test = (t) => t >= start(spec) && t <= end(spec);
  const bounds = (range ? [range[1]!, range[2]!] : [cmp ? cmp[2]! : spec]).filter((d) => d !== '*');
  if (bounds.some((d) => Number.isNaN(Date.parse(d))))
    throw new HttpError(422, 'Validation Failed', {
      errors: [{ resource: 'WorkflowRun', field: 'created', code: 'invalid' }],
    });
  return (created) => test(Date.parse(created));
}

function runFilter(ctx: HandlerContext) {
  const q = ctx.query;
  const created = createdMatcher(q.get('created'));
  return (r: RunRecord) =>
    created(r.created_at) &&
    (!q.get('branch') || r.head_branch === q.get('branch')) &&
    (!q.get('event') || r.event === q.get('event')) &&
    (!q.get('head_sha') || r.head_sha === q.get('head_sha')) &&
    (!q.get('status') || r.status === q.get('status') || r.conclusion === q.get('status'));
}

/** Repository artifacts (the results service adds to the same map). */
export function artifactsOf(ctx: Pick<HandlerContext, 'state'>, repo: RepoRecord): ArtifactRecord[] {
  return [...ctx.state.artifacts.values()]
    .filter((x) => x.repo === repo && x.artifact.finalized)
    .map((x) => x.artifact);
}

/** Workflows, runs, jobs and artifacts (https://docs.github.com/rest/actions). */
export const actionsRoutes: RouteTable = {
  'actions/list-repo-workflows': (ctx) => {
    const repo = repoFor(ctx);
    return wrapped(
      ctx,
      'workflows',
      repo.workflows.map((w) => workflowJson(ctx, repo, w)),
    );
  },
  'actions/get-workflow': (ctx) => {
    const { repo, w } = workflowFor(ctx);
    return ok(workflowJson(ctx, repo, w));
  },
  'actions/enable-workflow': (ctx) => {
    const { w } = workflowFor(ctx, 'write');
    w.state = 'active';
    w.updated_at = ctx.state.now();
    return noContent();
  },
  'actions/disable-workflow': (ctx) => {
    const { w } = workflowFor(ctx, 'write');
    w.state = 'disabled_manually';
    w.updated_at = ctx.state.now();
    return noContent();
  },
  'actions/get-github-actions-default-workflow-permissions-repository': (ctx) => {
    const repo = repoFor(ctx, 'admin');
    const p = repo.workflowPermissions ?? { default: 'read', canApprovePullRequestReviews: false };
    return ok({
      default_workflow_permissions: p.default,
      can_approve_pull_request_reviews: p.canApprovePullRequestReviews,
    });
  },
  'actions/set-github-actions-default-workflow-permissions-repository': (ctx) => {
    const repo = repoFor(ctx, 'admin');
    const current = repo.workflowPermissions ?? { default: 'read', canApprovePullRequestReviews: false };
    repo.workflowPermissions = {
      default: (ctx.body.default_workflow_permissions as 'read' | 'write' | undefined) ?? current.default,
      canApprovePullRequestReviews:
        (ctx.body.can_approve_pull_request_reviews as boolean | undefined) ?? current.canApprovePullRequestReviews,
    };
    return noContent();
  },
  'actions/list-workflow-runs': (ctx) => {
    const { repo, w } = workflowFor(ctx);
    const runs = repo.runs
      .filter((r) => r.workflow_id === w.id)
      .filter(runFilter(ctx))
      .sort((a, b) => b.id - a.id);
    return wrapped(
      ctx,
      'workflow_runs',
      runs.map((r) => runJson(ctx, repo, r)),
    );
  },
  'actions/list-workflow-runs-for-repo': (ctx) => {
    const repo = repoFor(ctx);
    const runs = repo.runs.filter(runFilter(ctx)).sort((a, b) => b.id - a.id);
    return wrapped(
      ctx,
      'workflow_runs',
      runs.map((r) => runJson(ctx, repo, r)),
    );
  },
  'actions/get-workflow-run': (ctx) => {
    const repo = repoFor(ctx);
    const r = repo.runs.find((x) => x.id === Number(ctx.params.run_id));
    if (!r) notFound();
    return ok(runJson(ctx, repo, r));
  },
  'actions/list-jobs-for-workflow-run': (ctx) => {
    const repo = repoFor(ctx);
    const jobs = repo.jobs.filter((j) => j.run_id === Number(ctx.params.run_id));
    return wrapped(
      ctx,
      'jobs',
      jobs.map((j) => jobJson(ctx, repo, j)),
    );
  },
  'actions/get-job-for-workflow-run': (ctx) => {
    const repo = repoFor(ctx);
    const j = repo.jobs.find((x) => x.id === Number(ctx.params.job_id));
    if (!j) notFound();
    return ok(jobJson(ctx, repo, j));
  },
  'actions/list-artifacts-for-repo': (ctx) => {
    const repo = repoFor(ctx);
    const name = ctx.query.get('name');
    const list = artifactsOf(ctx, repo)
      .filter((a) => !name || a.name === name)
      .sort((a, b) => b.id - a.id);
    return wrapped(
      ctx,
      'artifacts',
      list.map((a) => artifactJson(ctx, repo, a)),
    );
  },
  'actions/list-workflow-run-artifacts': (ctx) => {
    const repo = repoFor(ctx);
    const name = ctx.query.get('name');
    const list = artifactsOf(ctx, repo).filter(
      (a) => a.run_id === Number(ctx.params.run_id) && (!name || a.name === name),
    );
    return wrapped(
      ctx,
      'artifacts',
      list.map((a) => artifactJson(ctx, repo, a)),
    );
  },
  'actions/get-artifact': (ctx) => {
    const repo = repoFor(ctx);
    const a = artifactsOf(ctx, repo).find((x) => x.id === Number(ctx.params.artifact_id));
    if (!a) notFound();
    return ok(artifactJson(ctx, repo, a));
  },
  'actions/delete-artifact': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const entry = ctx.state.artifacts.get(Number(ctx.params.artifact_id));
    if (!entry || entry.repo !== repo) notFound();
    ctx.state.artifacts.delete(entry.artifact.id);
    return noContent();
  },
  'actions/download-artifact': (ctx) => {
    const repo = repoFor(ctx);
    const a = artifactsOf(ctx, repo).find((x) => x.id === Number(ctx.params.artifact_id));
    if (!a) notFound();
    // GitHub answers with a redirect to a short-lived signed blob URL.
    return { status: 302, headers: { location: `${ctx.state.baseUrl}/_emulator/artifacts/${a.id}/zip` } };
  },
};
