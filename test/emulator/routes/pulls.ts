import { diffCommits, mergeBase } from '../git-diff.js';
import { mergePull, openPull, validationFailed } from '../pull-ops.js';
import type { PullRecord, RepoRecord } from '../model.js';
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
import { pullJson } from '../views-issues.js';
import { diffEntryJson, repoApi, repoHtml } from '../views-git.js';
import { teamJson, userJson } from '../views.js';

function pullFor(ctx: HandlerContext, access: 'read' | 'write' = 'read'): { repo: RepoRecord; pull: PullRecord } {
  const repo = repoFor(ctx, access);
  ctx.state.git(repo);
  const pull = repo.pulls.find((p) => p.number === Number(ctx.params.pull_number));
  if (!pull) notFound();
  return { repo, pull };
}

/** Pull requests, reviews and reviewers (https://docs.github.com/rest/pulls). */
export const pullRoutes: RouteTable = {
  'pulls/list': (ctx) => {
    const repo = repoFor(ctx);
    ctx.state.git(repo);
    const state = ctx.query.get('state') ?? 'open';
    const head = ctx.query.get('head');
    const base = ctx.query.get('base');
    let pulls = repo.pulls.filter((p) => state === 'all' || p.state === state);
    if (head)
      pulls = pulls.filter(
        (p) =>
          `${repo.owner}:${p.head}`.toLowerCase() === head.toLowerCase() || (!head.includes(':') && p.head === head),
      );
    if (base) pulls = pulls.filter((p) => p.base === base);
    const direction = ctx.query.get('direction') ?? 'desc';
    // sort=updated orders by last update (https://docs.github.com/rest/pulls/pulls#list-pull-requests); else by creation.
    const key = (p: (typeof pulls)[number]) => (ctx.query.get('sort') === 'updated' ? p.updated_at : p.created_at);
    pulls = [...pulls].sort((a, b) => key(a).localeCompare(key(b)) || a.number - b.number);
    if (direction === 'desc') pulls.reverse();
    return okPage(ctx, pulls, (p) => pullJson(ctx.state, repo, p, false));
  },
  'pulls/create': (ctx) => {
    const repo = repoFor(ctx, 'write');
    const pull = openPull(ctx, repo, {
      title: String(ctx.body.title ?? ''),
      head: String(ctx.body.head),
      base: String(ctx.body.base),
      body: ctx.body.body as string | undefined,
      draft: ctx.body.draft as boolean | undefined,
      maintainerCanModify: ctx.body.maintainer_can_modify as boolean | undefined,
    });
    return {
      status: 201,
      body: pullJson(ctx.state, repo, pull),
      headers: { location: `${repoApi(ctx.state, repo)}/pulls/${pull.number}` },
    };
  },
  'pulls/get': (ctx) => {
    const { repo, pull } = pullFor(ctx);
    return ok(pullJson(ctx.state, repo, pull));
  },
  'pulls/update': (ctx) => {
    const { repo, pull } = pullFor(ctx, 'write');
    if (typeof ctx.body.title === 'string') pull.title = ctx.body.title;
    if (ctx.body.body !== undefined) pull.body = (ctx.body.body as string | null) ?? null;
    if (typeof ctx.body.base === 'string') pull.base = ctx.body.base;
    if (ctx.body.state === 'closed' && pull.state === 'open')
      Object.assign(pull, { state: 'closed', closed_at: ctx.state.now() });
    if (ctx.body.state === 'open' && pull.state === 'closed' && !pull.merged)
      Object.assign(pull, { state: 'open', closed_at: null });
    pull.updated_at = ctx.state.now();
    return ok(pullJson(ctx.state, repo, pull));
  },
  'pulls/list-files': (ctx) => {
    const { repo, pull } = pullFor(ctx);
    const git = ctx.state.git(repo);
    const baseSha = git.refs.get(`refs/heads/${pull.base}`) ?? pull.head_sha;
    const files = diffCommits(git, mergeBase(git, baseSha, pull.head_sha), pull.head_sha);
    return okPage(ctx, files, (f) => diffEntryJson(ctx.state, repo, git, f, pull.head_sha));
  },
  'pulls/check-if-merged': (ctx) => {
    const { pull } = pullFor(ctx);
    if (!pull.merged) notFound();
    return noContent();
  },
  'pulls/merge': (ctx) => {
    const { repo, pull } = pullFor(ctx, 'write');
    if (pull.state !== 'open') throw new HttpError(405, 'Pull Request is not mergeable');
    if (typeof ctx.body.sha === 'string' && ctx.body.sha !== pull.head_sha) {
      throw new HttpError(409, 'Head branch was modified. Review and try the merge again.');
    }
    const sha = mergePull(
      ctx,
      repo,
      pull,
      String(ctx.body.merge_method ?? 'merge'),
      ctx.body.commit_title as string | undefined,
    );
    return ok({ sha, merged: true, message: 'Pull Request successfully merged' });
  },
  'pulls/list-reviews': (ctx) => {
    const { repo, pull } = pullFor(ctx);
    return okPage(ctx, pull.reviews, (r) => reviewJson(ctx, repo, pull, r));
  },
  'pulls/create-review': (ctx) => {
    const { repo, pull } = pullFor(ctx, 'write');
    const event = ctx.body.event as string | undefined;
    const state =
      event === 'APPROVE'
        ? 'APPROVED'
        : event === 'REQUEST_CHANGES'
          ? 'CHANGES_REQUESTED'
          : event === 'COMMENT'
            ? 'COMMENTED'
            : 'PENDING';
    if (ctx.login === pull.user && state !== 'COMMENTED' && state !== 'PENDING') {
      throw new HttpError(422, 'Unprocessable Entity', { errors: ['Can not approve your own pull request'] });
    }
    const id = ctx.state.nextId();
    const review = {
      id,
      node_id: ctx.state.nodeId('PRR', id),
      user: ctx.login,
      body: String(ctx.body.body ?? ''),
      state,
      commit_id: pull.head_sha,
      submitted_at: ctx.state.now(),
    };
    pull.reviews.push(review);
    return ok(reviewJson(ctx, repo, pull, review));
  },
  'pulls/list-requested-reviewers': (ctx) => {
    const { repo, pull } = pullFor(ctx);
    const org = ctx.state.org(repo.owner);
    const teams = org
      ? org.teams.filter((t) => pull.requested_teams.includes(t.slug)).map((t) => teamJson(ctx.state, org, t))
      : [];
    return ok({ users: pull.requested_reviewers.map((u) => userJson(ctx.state, u)), teams });
  },
  'pulls/request-reviewers': (ctx) => {
    const { repo, pull } = pullFor(ctx, 'write');
    const org = ctx.state.org(repo.owner);
    const users = (ctx.body.reviewers as string[] | undefined) ?? [];
    const teams = (ctx.body.team_reviewers as string[] | undefined) ?? [];
    const unknown =
      users.some((u) => !ctx.state.accounts.has(u.toLowerCase())) ||
      teams.some((t) => !org?.teams.some((x) => x.slug === t.toLowerCase()));
    if (unknown) {
      validationFailed(
        'PullRequest',
        'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the repo.',
      );
    }
    for (const u of users) {
      if (u.toLowerCase() === pull.user.toLowerCase())
        validationFailed('PullRequest', 'Review cannot be requested from pull request author.');
      if (!pull.requested_reviewers.includes(u)) pull.requested_reviewers.push(u);
    }
    for (const t of teams) if (!pull.requested_teams.includes(t)) pull.requested_teams.push(t);
    return ok(pullJson(ctx.state, repo, pull, false), 201);
  },
  'pulls/remove-requested-reviewers': (ctx) => {
    const { repo, pull } = pullFor(ctx, 'write');
    const drop = new Set((ctx.body.reviewers as string[] | undefined) ?? []);
    pull.requested_reviewers = pull.requested_reviewers.filter((u) => !drop.has(u));
    return ok(pullJson(ctx.state, repo, pull, false));
  },
};

function reviewJson(ctx: HandlerContext, repo: RepoRecord, pull: PullRecord, r: PullRecord['reviews'][number]) {
  const html = `${repoHtml(ctx.state, repo)}/pull/${pull.number}#pullrequestreview-${r.id}`;
  return {
    id: r.id,
    node_id: r.node_id,
    user: userJson(ctx.state, r.user),
    body: r.body,
    state: r.state,
    html_url: html,
    pull_request_url: `${repoApi(ctx.state, repo)}/pulls/${pull.number}`,
    _links: { html: { href: html }, pull_request: { href: `${repoApi(ctx.state, repo)}/pulls/${pull.number}` } },
    submitted_at: r.submitted_at,
    commit_id: r.commit_id,
    author_association: 'MEMBER',
  };
}
