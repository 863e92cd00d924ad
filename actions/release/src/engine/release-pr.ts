import { errorMessage, isUserError, UserError } from '../../../../shared/core/errors.js';
import { runTransaction } from '../../../../shared/transactions/transaction.js';
import { prependChangelog } from './changelog.js';
import { gitApi } from './git-api.js';
import { readFileAt, readReleaseTags, walkHistory, walkPackageHistory } from './history.js';
import { releaseCommitMessage } from './markers.js';
import { planRelease } from './plan.js';
import { planNotes, type ReleaseOptions, type ReleaseResult, runReleaseEngine } from './release.js';
import { findLeftovers } from './recover.js';
import { versionOfTag } from './version.js';
import { updateVersionFile } from './version-files.js';

/** The release PR's branch for a base branch. */
export const prBranchOf = (base: string) => `moko-release/${base}`;

/** What the release PR flow did: released the merged PR, or opened/updated the PR. */
export interface ReleasePrResult extends ReleaseResult {
  pullRequest?: { number: number; url: string; action: 'opened' | 'updated' | 'unchanged' };
}

/**
 * The release PR flow. On each push: when the commits since the last release contain a merged release
 * PR (`chore(release): <tag>`, a squash or merge of our PR), that version is released at the pushed
 * commit, with no further commit (the PR carried the changelog and version files). Otherwise the next
 * version is computed and the PR branch is set to one release commit on top of the pushed commit, and
 * the PR opened or updated with the notes; both writes are undone if the other fails.
 */
export async function runReleasePr(o: ReleaseOptions): Promise<ReleasePrResult> {
  const { github, repo, logger } = o;
  if (!o.branch) throw new UserError('the release PR flow needs the run to be started on a branch');
  const api = gitApi(github, repo);
  const all = await readReleaseTags(github, repo, o.pkg?.prefix);
  // A half-finished release of ours is not a previous version (the merged-PR path recovers it).
  const { unfinished } = findLeftovers(all, await api.listReleases());
  const tags = all.filter((t) => !unfinished.some((u) => u.tag === t));
  const history = o.pkg
    ? walkPackageHistory(github, repo, o.runHead, o.pkg.path)
    : walkHistory(github, repo, o.runHead);
  const plan = await planRelease({
    head: o.runHead,
    tags,
    history,
    ...(o.prerelease ? { prerelease: o.prerelease } : {}),
    ...(o.bump ? { bump: o.bump } : {}),
    ...(o.forced ? { forced: o.forced } : {}),
    ...(o.initialVersion ? { initialVersion: o.initialVersion } : {}),
    ...(o.pkg ? { prefix: o.pkg.prefix } : {}),
  });
  const merged = plan.commits.find(
    (c) => c.type === 'chore' && c.scope === 'release' && versionOfTag(c.subject, o.pkg?.prefix) !== undefined,
  );
  if (merged) {
    const version = versionOfTag(merged.subject, o.pkg?.prefix)!;
    logger.info(`release PR for ${merged.subject} merged (${merged.sha.slice(0, 7)}): releasing it`);
    const { changelogFile: _c, versionFiles: _v, ...rest } = o;
    return runReleaseEngine({ ...rest, forced: version });
  }
  const base = { floating: [], history: [], recovered: [], truncatedNotes: false, steps: [] as string[] };
  if (!plan.release) return { ...base, status: 'nothing', reason: plan.reason };

  const notes = planNotes(plan, o);
  const files: { path: string; content: string }[] = [];
  if (o.changelogFile)
    files.push({
      path: o.changelogFile,
      content: prependChangelog(await readFileAt(github, repo, o.runHead, o.changelogFile), notes, plan.version),
    });
  for (const f of o.versionFiles ?? [])
    files.push({
      path: f.path,
      content: updateVersionFile(f, await readFileAt(github, repo, o.runHead, f.path), plan.version),
    });
  if (files.length === 0)
    throw new UserError('the release PR flow needs changelog-file or version-files: the PR carries the release commit');

  const prBranch = prBranchOf(o.pkg ? `${o.branch}/${o.pkg.prefix.slice(0, -2)}` : o.branch);
  const title = `chore(release): ${plan.tag}`;
  const body = `${notes}\n---\nMerging this pull request releases ${plan.tag}. It is updated on every push to ${o.branch}.\n`;
  const r = { owner: repo.owner, repo: repo.repo };
  const [open] = await github.paginate(github.rest.pulls.list, {
    ...r,
    state: 'open',
    head: `${repo.owner}:${prBranch}`,
    per_page: 100,
  });
  const branchBefore = await api.getRef(`heads/${prBranch}`);
  const steps = [
    `${branchBefore ? 'update' : 'create'} ${prBranch}: one release commit on top of ${o.runHead.slice(0, 7)}`,
    open ? `update pull request #${open.number} (${title})` : `open a pull request ${title} into ${o.branch}`,
  ];
  const out = { ...base, plan, version: plan.version, tag: plan.tag, notes, steps, status: 'dry-run' as const };
  if (plan.previousTag) Object.assign(out, { previousTag: plan.previousTag });
  if (o.dryRun) return out;

  const result = await runTransaction(
    `release PR ${plan.tag}`,
    { ...(o.audit ? { audit: o.audit } : {}), logger },
    async (txn) => {
      const commit = await txn.step('create release commit', () =>
        api.createDetachedCommit(o.runHead, files, releaseCommitMessage(plan.tag)),
      );
      // The PR branch is ours alone: it is moved by force, and moved back exactly on failure.
      await txn.step(
        `set ${prBranch}`,
        () => api.setRef(`heads/${prBranch}`, commit, branchBefore !== undefined),
        () =>
          branchBefore ? api.setRef(`heads/${prBranch}`, branchBefore.sha, true) : api.deleteRef(`heads/${prBranch}`),
      );
      logger.info(`release step done: set ${prBranch}`);
      if (open) {
        await txn.step(
          `update pull request #${open.number}`,
          () => github.rest.pulls.update({ ...r, pull_number: open.number, title, body }),
          async () => {
            await github.rest.pulls.update({
              ...r,
              pull_number: open.number,
              title: open.title,
              body: open.body ?? '',
            });
          },
        );
        return { number: open.number, url: open.html_url, action: 'updated' as const };
      }
      const { data } = await txn.step('open pull request', () =>
        github.rest.pulls.create({ ...r, head: prBranch, base: o.branch!, title, body }),
      );
      return { number: data.number, url: data.html_url, action: 'opened' as const };
    },
  );
  if (!result.ok) {
    const undone = result.history.filter((h) => h.status === 'compensated').map((h) => h.step);
    const message = `release PR ${plan.tag} failed: ${errorMessage(result.error)}; rolled back${undone.length ? `: ${undone.join(', ')}` : ''}`;
    throw isUserError(result.error) ? new UserError(message) : new Error(message, { cause: result.error });
  }
  return {
    ...out,
    status: 'release-pr',
    reason: `release PR ${result.value!.action}: ${result.value!.url}`,
    history: result.history,
    pullRequest: result.value!,
  };
}
