import { addLabels, ensureLabel, findLabel, labelsNamed } from '../label-ops.js';
import type { CommentRecord, IssueRecord, PullRecord, RepoRecord } from '../model.js';
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
import { repoApi, repoHtml } from '../views-git.js';
import { issueJson, labelJson } from '../views-issues.js';
import { userJson } from '../views.js';

function issueFor(
  ctx: HandlerContext,
  access: 'read' | 'write' = 'read',
): { repo: RepoRecord; issue: IssueRecord | PullRecord } {
  const repo = repoFor(ctx, access);
  ctx.state.git(repo);
  const n = Number(ctx.params.issue_number);
  const issue = repo.issues.find((i) => i.number === n) ?? repo.pulls.find((p) => p.number === n);
  if (!issue) notFound();
  return { repo, issue };
}

/** Label names from a request body: GitHub accepts names or `{ name }` objects. */
function labelNames(raw: unknown[]): string[] {
  return raw.map((l) => (typeof l === 'string' ? l : String((l as { name?: string }).name ?? '')));
}

/** The body of `add-labels`, `set-labels`: a bare array or `{ labels: [...] }`. */
function bodyLabels(ctx: HandlerContext): string[] {
  return labelNames(Array.isArray(ctx.body) ? ctx.body : ((ctx.body.labels as unknown[] | undefined) ?? []));
}

/** The issue's labels after a change, as the label endpoints answer. */
function issueLabelsJson(ctx: HandlerContext, repo: RepoRecord, issue: IssueRecord | PullRecord) {
  return issue.labels.map((n) => labelJson(ctx.state, repo, findLabel(repo, n)!));
}

function commentJson(ctx: HandlerContext, repo: RepoRecord, c: CommentRecord) {
  return {
    id: c.id,
    node_id: c.node_id,
    url: `${repoApi(ctx.state, repo)}/issues/comments/${c.id}`,
    html_url: `${repoHtml(ctx.state, repo)}/issues/${c.issue_number}#issuecomment-${c.id}`,
    issue_url: `${repoApi(ctx.state, repo)}/issues/${c.issue_number}`,
    body: c.body,
    user: userJson(ctx.state, c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: 'MEMBER',
  };
}

function commentFor(ctx: HandlerContext, access: 'read' | 'write' = 'read') {
  const repo = repoFor(ctx, access);
  const c = repo.comments.find((x) => x.id === Number(ctx.params.comment_id));
  if (!c) notFound();
  return { repo, c };
}

/** Issues, labels and issue comments (https://docs.github.com/rest/issues). */
export const issueRoutes: RouteTable = {
  'issues/list-for-repo': (ctx) => {
    const repo = repoFor(ctx);
    ctx.state.git(repo);
    const state = ctx.query.get('state') ?? 'open';
    const labels = (ctx.query.get('labels') ?? '').split(',').filter(Boolean);
    const all = [...repo.issues, ...repo.pulls]
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.some((x) => x.toLowerCase() === l.toLowerCase())))
      .sort((a, b) => b.number - a.number);
    return okPage(ctx, all, (i) => issueJson(ctx.state, repo, i));
  },
  'issues/create': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const id = ctx.state.nextId();
    const now = ctx.state.now();
    const issue: IssueRecord = {
      id,
      node_id: ctx.state.nodeId('I', id),
      number: repo.nextNumber++,
      title: String(ctx.body.title),
      body: (ctx.body.body as string | undefined) ?? null,
      state: 'open',
      state_reason: null,
      labels: [],
      assignees: (ctx.body.assignees as string[] | undefined) ?? [],
      user: ctx.login,
      created_at: now,
      updated_at: now,
      closed_at: null,
    };
    addLabels(ctx, repo, issue, labelNames((ctx.body.labels as unknown[] | undefined) ?? []));
    repo.issues.push(issue);
    return ok(issueJson(ctx.state, repo, issue), 201);
  },
  'issues/get': (ctx) => {
    const { repo, issue } = issueFor(ctx);
    return ok(issueJson(ctx.state, repo, issue));
  },
  'issues/update': (ctx) => {
    const { repo, issue } = issueFor(ctx, 'write');
    if (typeof ctx.body.title === 'string') issue.title = ctx.body.title;
    if (ctx.body.body !== undefined) issue.body = (ctx.body.body as string | null) ?? null;
    if (ctx.body.state === 'closed' && issue.state === 'open')
      Object.assign(issue, {
        state: 'closed',
        closed_at: ctx.state.now(),
        state_reason: ctx.body.state_reason ?? 'completed',
      });
    if (ctx.body.state === 'open') Object.assign(issue, { state: 'open', closed_at: null, state_reason: 'reopened' });
    if (Array.isArray(ctx.body.labels)) {
      issue.labels = [];
      addLabels(ctx, repo, issue, labelNames(ctx.body.labels));
    }
    if (Array.isArray(ctx.body.assignees)) issue.assignees = ctx.body.assignees as string[];
    issue.updated_at = ctx.state.now();
    return ok(issueJson(ctx.state, repo, issue));
  },
  'issues/list-labels-on-issue': (ctx) => {
    const { repo, issue } = issueFor(ctx);
    return okPage(ctx, labelsNamed(repo, issue.labels), (l) => labelJson(ctx.state, repo, l));
  },
  'issues/add-labels': (ctx) => {
    const { repo, issue } = issueFor(ctx, 'write');
    addLabels(ctx, repo, issue, bodyLabels(ctx));
    return ok(issueLabelsJson(ctx, repo, issue));
  },
  'issues/set-labels': (ctx) => {
    const { repo, issue } = issueFor(ctx, 'write');
    issue.labels = [];
    addLabels(ctx, repo, issue, bodyLabels(ctx));
    return ok(issueLabelsJson(ctx, repo, issue));
  },
  'issues/remove-label': (ctx) => {
    const { repo, issue } = issueFor(ctx, 'write');
    const name = (ctx.params.name ?? '').toLowerCase();
    if (!issue.labels.some((l) => l.toLowerCase() === name)) throw new HttpError(404, 'Label does not exist');
    issue.labels = issue.labels.filter((l) => l.toLowerCase() !== name);
    return ok(issueLabelsJson(ctx, repo, issue));
  },
  'issues/list-labels-for-repo': (ctx) => {
    const repo = repoFor(ctx);
    return okPage(ctx, repo.labels, (l) => labelJson(ctx.state, repo, l));
  },
  'issues/get-label': (ctx) => {
    const repo = repoFor(ctx);
    const l = findLabel(repo, ctx.params.name ?? '');
    if (!l) notFound();
    return ok(labelJson(ctx.state, repo, l));
  },
  'issues/create-label': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const name = String(ctx.body.name);
    if (findLabel(repo, name)) {
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
      });
    }
    const l = ensureLabel(
      ctx,
      repo,
      name,
      String(ctx.body.color ?? 'ededed').replace(/^#/, ''),
      (ctx.body.description as string | undefined) ?? null,
    );
    return ok(labelJson(ctx.state, repo, l), 201);
  },
  'issues/update-label': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const l = findLabel(repo, ctx.params.name ?? '');
    if (!l) notFound();
    const oldName = l.name;
    if (typeof ctx.body.new_name === 'string') l.name = ctx.body.new_name;
    if (typeof ctx.body.color === 'string') l.color = ctx.body.color.replace(/^#/, '');
    if (ctx.body.description !== undefined) l.description = (ctx.body.description as string | null) ?? null;
    for (const i of [...repo.issues, ...repo.pulls]) i.labels = i.labels.map((n) => (n === oldName ? l.name : n));
    return ok(labelJson(ctx.state, repo, l));
  },
  'issues/delete-label': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const l = findLabel(repo, ctx.params.name ?? '');
    if (!l) notFound();
    repo.labels = repo.labels.filter((x) => x !== l);
    for (const i of [...repo.issues, ...repo.pulls]) i.labels = i.labels.filter((n) => n !== l.name);
    return noContent();
  },
  'issues/list-comments': (ctx) => {
    const { repo, issue } = issueFor(ctx);
    return okPage(
      ctx,
      repo.comments.filter((c) => c.issue_number === issue.number),
      (c) => commentJson(ctx, repo, c),
    );
  },
  'issues/list-comments-for-repo': (ctx) => {
    const repo = repoFor(ctx);
    return okPage(ctx, repo.comments, (c) => commentJson(ctx, repo, c));
  },
  'issues/create-comment': (ctx) => {
    const { repo, issue } = issueFor(ctx, 'write');
    const id = ctx.state.nextId();
    const now = ctx.state.now();
    const c: CommentRecord = {
      id,
      node_id: ctx.state.nodeId('IC', id),
      issue_number: issue.number,
      body: String(ctx.body.body),
      user: ctx.login,
      created_at: now,
      updated_at: now,
    };
    repo.comments.push(c);
    return ok(commentJson(ctx, repo, c), 201);
  },
  'issues/get-comment': (ctx) => {
    const { repo, c } = commentFor(ctx);
    return ok(commentJson(ctx, repo, c));
  },
  'issues/update-comment': (ctx) => {
    const { repo, c } = commentFor(ctx, 'write');
    c.body = String(ctx.body.body);
    c.updated_at = ctx.state.now();
    return ok(commentJson(ctx, repo, c));
  },
  'issues/delete-comment': (ctx) => {
    const { repo, c } = commentFor(ctx, 'write');
    repo.comments = repo.comments.filter((x) => x !== c);
    return noContent();
  },
};
