import type { ActionContext, ActionResult } from '../../../shared/action/define-action.js';
import { UserError } from '../../../shared/core/errors.js';
import { type Clock, systemClock } from '../../../shared/core/clock.js';
import type { GitHubClient } from '../../../shared/github/client.js';
import { resolveAssets } from './engine/assets.js';
import { gitApi } from './engine/git-api.js';
import { type RepoRef, readReleaseTags } from './engine/history.js';
import { releasePackages } from './engine/packages.js';
import { runReleasePr } from './engine/release-pr.js';
import { type ReleaseOptions, type ReleaseResult, runReleaseEngine } from './engine/release.js';
import { versionOfTag } from './engine/version.js';
import { rollbackRelease } from './engine/rollback.js';
import type { ReleaseInputs } from './settings.js';
import { writePublishSummary, writeRollbackSummary } from './summary.js';

const EMPTY = {
  released: false,
  version: '',
  tag: '',
  'previous-version': '',
  'previous-tag': '',
  'release-url': '',
  'release-id': '',
  'major-tag': '',
  changelog: '',
  packages: '',
  'pull-request': '',
};

function repoOf(ctx: ActionContext<ReleaseInputs>): RepoRef {
  const r = ctx.env.repository;
  if (!r) throw new UserError('GITHUB_REPOSITORY is not set: the release action works on the calling repository');
  return r;
}

/** The run's commit and branch; outside a workflow (no GITHUB_SHA), the default branch's head. */
async function headAndBranch(
  ctx: ActionContext<ReleaseInputs>,
  github: GitHubClient,
  repo: RepoRef,
): Promise<{ head: string; branch?: string }> {
  const branch = ctx.env.ref?.startsWith('refs/heads/') ? ctx.env.ref.slice('refs/heads/'.length) : undefined;
  if (ctx.env.sha) return { head: ctx.env.sha, ...(branch ? { branch } : {}) };
  const { data } = await github.rest.repos.get({ owner: repo.owner, repo: repo.repo });
  const ref = await gitApi(github, repo).getRef(`heads/${data.default_branch}`);
  if (!ref)
    throw new UserError(`the default branch ${data.default_branch} of ${repo.owner}/${repo.repo} has no commit`);
  return { head: ref.commit, branch: data.default_branch };
}

/**
 * A release makes about ten writes, far below GitHub's secondary limits (80 content-creating requests
 * a minute), so the process-wide 1 s spacing of writes would only slow it down: no extra spacing.
 */
function clientOf(ctx: ActionContext<ReleaseInputs>): Promise<GitHubClient> {
  return ctx.github({ throttle: { writeSpacingMs: 0 } });
}

/** Adapter from the action context to the engine: `release` publishes the next version, `rollback` undoes one. */
export async function runRelease(ctx: ActionContext<ReleaseInputs>, clock: Clock = systemClock): Promise<ActionResult> {
  const { inputs, logger } = ctx;
  const repo = repoOf(ctx);
  const github = await clientOf(ctx);

  if (inputs.mode === 'rollback' && inputs.packages)
    throw new UserError("mode: rollback works on the repository's v tags only; packages cannot be rolled back yet");
  if (inputs.mode === 'rollback') {
    const outcome = await rollbackRelease({
      api: gitApi(github, repo),
      tags: await readReleaseTags(github, repo),
      ...(inputs.version ? { version: inputs.version } : {}),
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
        'previous-version': outcome.previousTag?.replace(/^v/, '') ?? '',
        'major-tag': outcome.majorTag ?? '',
      },
    };
  }

  if (inputs.packages && inputs.assets.length > 0)
    throw new UserError('assets cannot be combined with packages yet: attach them in a later step with release-id');
  const assets = inputs.assets.length > 0 ? await resolveAssets(ctx.env.workspace, inputs.assets) : undefined;
  const { head, branch } = await headAndBranch(ctx, github, repo);
  const options: ReleaseOptions = {
    github,
    repo,
    repoUrl: `${ctx.env.serverUrl}/${repo.owner}/${repo.repo}`,
    runHead: head,
    ...(branch ? { branch } : {}),
    ...(inputs['changelog-file'] ? { changelogFile: inputs['changelog-file'] } : {}),
    ...(assets ? { assets } : {}),
    ...(inputs['changelog-sections'] ? { sections: inputs['changelog-sections'] } : {}),
    ...(inputs['version-files'] ? { versionFiles: inputs['version-files'] } : {}),
    ...(inputs.bump !== 'auto' ? { bump: inputs.bump } : {}),
    ...(inputs.version ? { forced: inputs.version } : {}),
    ...(inputs.prerelease ? { prerelease: inputs.prerelease } : {}),
    ...(inputs['initial-version'] ? { initialVersion: inputs['initial-version'] } : {}),
    draft: inputs.draft,
    majorTag: inputs['major-tag'],
    minorTag: inputs['minor-tag'],
    date: new Date(clock.now()).toISOString().slice(0, 10),
    dryRun: ctx.dryRun,
    audit: ctx.audit,
    logger,
  };
  if (inputs['release-pr']) {
    if (inputs.packages) throw new UserError('release-pr cannot be combined with packages yet');
    const result = await runReleasePr(options);
    report(ctx, result);
    return {
      outputs: {
        ...EMPTY,
        ...outputsOf(result, 'v'),
        'pull-request': result.pullRequest?.url ?? '',
      },
    };
  }
  if (inputs.packages) {
    const results = await releasePackages(options, inputs.packages);
    const perPackage: Record<string, Record<string, string | boolean>> = {};
    for (const { name, result } of results) {
      report(ctx, result);
      const { 'previous-tag': _previousTag, ...own } = outputsOf(result, `${name}-v`);
      perPackage[name] = own;
    }
    return {
      outputs: {
        ...EMPTY,
        released: results.some((r) => isReleased(r.result)),
        packages: JSON.stringify(perPackage),
      },
    };
  }
  const result = await runReleaseEngine(options);
  report(ctx, result);
  const major = result.floating.find((f) => /^v\d+$/.test(f)) ?? '';
  return {
    outputs: {
      ...outputsOf(result, 'v'),
      'major-tag': major || (result.plan?.majorTag && inputs['major-tag'] ? result.plan.majorTag : ''),
      packages: '',
      'pull-request': '',
    },
  };
}

const isReleased = (r: ReleaseResult) => r.status === 'published' || r.status === 'completed';

/** The outputs of one release (the repository's, or a package's). */
function outputsOf(result: ReleaseResult, prefix: string) {
  return {
    released: isReleased(result),
    version: result.version ?? '',
    tag: result.tag ?? '',
    'previous-version': (result.previousTag && versionOfTag(result.previousTag, prefix)) ?? '',
    'previous-tag': result.previousTag ?? '',
    'release-url': result.release?.url ?? '',
    'release-id': result.release ? String(result.release.id) : '',
    changelog: result.notes ?? '',
  };
}

/** Log lines, audit event, job summary and metric of one release. */
function report(ctx: ActionContext<ReleaseInputs>, result: ReleaseResult): void {
  const { logger } = ctx;
  for (const s of result.recovered) logger.info(s);
  for (const s of result.steps) logger.info(`${result.status === 'dry-run' ? '[dry-run] would ' : ''}${s}`);
  if (result.reason) logger.info(result.reason);
  if (result.truncatedNotes)
    logger.warning(
      `The notes of ${result.tag} exceed GitHub's 125,000-character limit: the release body is cut and links the full changelog.`,
    );
  ctx.audit.event('release.publish', {
    tag: result.tag,
    status: result.status,
    steps: result.steps,
    recovered: result.recovered,
    commit: result.commit,
    dryRun: ctx.dryRun,
  });
  writePublishSummary(ctx.summary, result);
  ctx.metrics.counter('release_runs', 'Release runs by outcome.', ['outcome']).inc({ outcome: result.status });
}
