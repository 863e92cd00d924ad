import type { ActionContext, ActionResult } from '../../../shared/action/define-action.js';
import { InputError, UserError } from '../../../shared/core/errors.js';
import { type Clock, systemClock } from '../../../shared/core/clock.js';
import type { GitHubClient } from '../../../shared/github/client.js';
import { prependChangelog, renderChangelog } from './engine/changelog.js';
import { type GitApi, gitApi } from './engine/git-api.js';
import { type ReleaseTag, type RepoRef, readFileAt, readReleaseTags, walkHistory } from './engine/history.js';
import { planRelease } from './engine/plan.js';
import { publishRelease } from './engine/publish.js';
import { rollbackRelease } from './engine/rollback.js';
import { writePublishSummary, writeRollbackSummary } from './summary.js';
import { isStable, PRERELEASE_ID, parseVersionInput } from './engine/version.js';

/** The typed inputs of the release action. */
export interface ReleaseInputs {
  mode: 'release' | 'rollback';
  version: string | undefined;
  prerelease: string | undefined;
  draft: boolean;
  'changelog-file': string | undefined;
  'major-tag': boolean;
}

const EMPTY = {
  released: false,
  version: '',
  tag: '',
  'previous-tag': '',
  'release-url': '',
  'major-tag': '',
  changelog: '',
};

function repoOf(ctx: ActionContext<ReleaseInputs>): RepoRef {
  const r = ctx.env.repository;
  if (!r) throw new UserError('GITHUB_REPOSITORY is not set: the release action works on the calling repository');
  return r;
}

/** A path inside the repository (not the workspace): relative, no `..`. */
function repoPath(value: string): string {
  const clean = value.replace(/^\.\//, '');
  if (clean.startsWith('/') || clean.split('/').some((s) => s === '..' || s === '') || clean.includes('\\'))
    throw new InputError('changelog-file', value, 'expected a relative path inside the repository, e.g. CHANGELOG.md');
  return clean;
}

async function headAndBranch(
  ctx: ActionContext<ReleaseInputs>,
  github: GitHubClient,
  api: GitApi,
  repo: RepoRef,
): Promise<{ head: string; branch?: string }> {
  const branch = ctx.env.ref?.startsWith('refs/heads/') ? ctx.env.ref.slice('refs/heads/'.length) : undefined;
  if (ctx.env.sha) return { head: ctx.env.sha, ...(branch ? { branch } : {}) };
  const { data } = await github.rest.repos.get({ owner: repo.owner, repo: repo.repo });
  const ref = await api.getRef(`heads/${data.default_branch}`);
  if (!ref)
    throw new UserError(`the default branch ${data.default_branch} of ${repo.owner}/${repo.repo} has no commit`);
  return { head: ref.commit, branch: data.default_branch };
}

/**
 * A re-run of a job that already committed its changelog: the run's commit is the parent of the
 * branch head, and that head carries a release tag. Releasing from there lets the re-run confirm (or
 * complete) that release instead of computing the next pre-release number or a second changelog commit.
 */
async function changelogCommitOf(
  api: GitApi,
  branch: string,
  head: string,
  tags: readonly ReleaseTag[],
): Promise<string> {
  const tip = await api.getRef(`heads/${branch}`);
  if (!tip || tip.commit === head || !tags.some((t) => t.commit === tip.commit)) return head;
  return (await api.parentsOf(tip.commit)).includes(head) ? tip.commit : head;
}

/**
 * A release makes at most six writes and a few reads, far below GitHub's secondary limits (80
 * content-creating requests a minute), so the process-wide 1 s spacing of writes would only slow
 * every release down: its client has no extra spacing.
 */
function clientOf(ctx: ActionContext<ReleaseInputs>): GitHubClient {
  return ctx.github({ throttle: { writeSpacingMs: 0 } });
}

/** The release action: `release` mode computes and publishes the next version, `rollback` undoes one. */
export async function runRelease(ctx: ActionContext<ReleaseInputs>, clock: Clock = systemClock): Promise<ActionResult> {
  const { inputs, logger } = ctx;
  const repo = repoOf(ctx);
  const version = inputs.version ? parseVersionInput(inputs.version) : undefined;
  if (inputs.prerelease && !PRERELEASE_ID.test(inputs.prerelease))
    throw new InputError(
      'prerelease',
      inputs.prerelease,
      'expected one identifier of letters, digits and hyphens, e.g. rc or beta',
    );
  const github = clientOf(ctx);
  const api = gitApi(github, repo);
  const tags = await readReleaseTags(github, repo);

  if (inputs.mode === 'rollback') {
    const outcome = await rollbackRelease({
      api,
      tags,
      ...(version ? { version } : {}),
      dryRun: ctx.dryRun,
      audit: ctx.audit,
      logger,
    });
    writeRollbackSummary(ctx.summary, outcome);
    ctx.audit.event('release.rollback', { ...outcome, history: undefined, dryRun: ctx.dryRun });
    return {
      outputs: {
        ...EMPTY,
        version: outcome.version ?? '',
        tag: outcome.tag ?? '',
        'previous-tag': outcome.previousTag ?? '',
        'major-tag': outcome.majorTag ?? '',
      },
    };
  }

  const { head: runHead, branch } = await headAndBranch(ctx, github, api, repo);
  const head = inputs['changelog-file'] && branch ? await changelogCommitOf(api, branch, runHead, tags) : runHead;
  const plan = await planRelease({
    head,
    tags,
    history: walkHistory(github, repo, head),
    ...(version ? { forced: version } : {}),
    ...(inputs.prerelease ? { prerelease: inputs.prerelease } : {}),
  });
  if (!plan.release) {
    logger.info(plan.reason);
    ctx.summary.heading(`release: nothing to release`).paragraph(plan.reason);
    return { outputs: { ...EMPTY, 'previous-tag': plan.previousTag ?? '' } };
  }
  if (plan.truncated)
    logger.warning(
      'History read stopped after 5000 commits without finding a release tag; the changelog lists those only.',
    );
  const repoUrl = `${ctx.env.serverUrl}/${repo.owner}/${repo.repo}`;
  const notes = renderChangelog({
    version: plan.version,
    tag: plan.tag,
    ...(plan.previousTag ? { previousTag: plan.previousTag } : {}),
    repoUrl,
    date: new Date(clock.now()).toISOString().slice(0, 10),
    commits: plan.commits,
  });
  let changelogFile: { path: string; branch: string; before: string | undefined; after: string } | undefined;
  if (inputs['changelog-file']) {
    const path = repoPath(inputs['changelog-file']);
    if (!branch)
      throw new UserError(
        `changelog-file needs a branch to commit to, but the run's ref is ${ctx.env.ref ?? 'unknown'}`,
      );
    const before = await readFileAt(github, repo, head, path);
    changelogFile = { path, branch, before, after: prependChangelog(before, notes, plan.version) };
  }
  const majorTag = inputs['major-tag'] ? plan.majorTag : undefined;
  const outcome = await publishRelease({
    api,
    github,
    repo,
    version: plan.version,
    tag: plan.tag,
    head,
    prerelease: !isStable(plan.version),
    draft: inputs.draft,
    notes,
    ...(majorTag ? { majorTag } : {}),
    ...(changelogFile ? { changelogFile } : {}),
    dryRun: ctx.dryRun,
    audit: ctx.audit,
    logger,
  });
  for (const s of outcome.steps) logger.info(`${outcome.status === 'dry-run' ? '[dry-run] would ' : ''}${s}`);
  ctx.audit.event('release.publish', {
    tag: plan.tag,
    status: outcome.status,
    steps: outcome.steps,
    commit: outcome.commit,
    dryRun: ctx.dryRun,
  });
  writePublishSummary(ctx.summary, plan, outcome, notes);
  ctx.metrics.counter('release_runs', 'Release runs by outcome.', ['outcome']).inc({ outcome: outcome.status });
  return {
    outputs: {
      released: outcome.status === 'published',
      version: plan.version,
      tag: plan.tag,
      'previous-tag': plan.previousTag ?? '',
      'release-url': outcome.release?.url ?? '',
      'major-tag': majorTag ?? '',
      changelog: notes,
    },
  };
}
