import { errorMessage, isUserError, UserError } from '../../../../shared/core/errors.js';
import type { Logger } from '../../../../shared/core/logger.js';
import type { AuditLog } from '../../../../shared/audit/audit-log.js';
import { runTransaction, type StepHistory, type Transaction } from '../../../../shared/transactions/transaction.js';
import type { GitApi, RefInfo, ReleaseInfo } from './git-api.js';
import { type AssetFile, readAsset } from './assets.js';
import { bodyMarker, releaseCommitMessage, tagMessage } from './markers.js';

/** A floating tag (`v3`, `v3.2`) to point at the release, and where it pointed before. */
export interface FloatingTag {
  name: string;
  before?: RefInfo;
}

/** Everything publishing needs, decided and checked beforehand (see preflight.ts). */
export interface PublishInput {
  api: GitApi;
  version: string;
  tag: string;
  /** The commit to release, or the parent of the release commit when `files` are committed. */
  head: string;
  /** The tag when it exists already (completing a release): nothing is committed or tagged. */
  existingTag?: RefInfo;
  /** The release of the tag when one exists (a draft to publish). */
  existingRelease?: ReleaseInfo;
  /** Files of the release commit (changelog, version files), committed on top of `head` and fast-forwarded onto `branch`. */
  files?: { path: string; content: string }[];
  branch?: string;
  /** The branch may be moved back by force, so its fast-forward can be undone. */
  canResetBranch: boolean;
  prerelease: boolean;
  /** Leave the release a draft (the `draft` input). */
  draft: boolean;
  /** Release notes, already fitted to GitHub's size limit. */
  notes: string;
  /** The full changelog entry (the tag message; git has no such limit). */
  fullNotes: string;
  floating: FloatingTag[];
  /** Files to attach to the draft before it is published (immutable releases accept no later uploads). */
  assets?: AssetFile[];
  dryRun: boolean;
  audit?: AuditLog;
  logger: Logger;
}

/** What publishing did (or, in dry-run, would do). */
export interface PublishOutcome {
  status: 'published' | 'dry-run';
  /** Human-readable steps done or planned, in order. */
  steps: string[];
  /** The released commit (the release commit when one was made). */
  commit: string;
  release?: ReleaseInfo;
  history: StepHistory[];
}

/** Runs a step and logs it when done, so the log says exactly how far a release got (and a crash test can stop there). */
async function step<R>(
  txn: Transaction,
  logger: Logger,
  name: string,
  run: () => Promise<R>,
  undo?: (r: R) => Promise<void>,
): Promise<R> {
  const r = await txn.step(name, run, undo);
  logger.info(`release step done: ${name}`);
  return r;
}

/**
 * Publishes a release in the order that keeps every failure undoable: the release commit is made
 * detached (Git Data API, parent = `head`; no ref moves), then the annotated tag, the draft release
 * (with our marker), the floating tags, the branch fast-forward, and publishing last (an immutable
 * release cannot be taken back once published). Each write has a compensation that restores the
 * previous state exactly (the detached commit needs none: no ref points at it). A failure undoes the
 * completed steps in reverse order and throws, saying what was undone. When the branch may not be
 * forced back (protection or rulesets), the fast-forward is the point of no return: a failure after
 * it leaves a marked, half-finished release that the next run completes.
 */
export async function publishRelease(p: PublishInput): Promise<PublishOutcome> {
  const { api, tag, logger } = p;
  const commitFiles = p.existingTag === undefined && p.files !== undefined && p.files.length > 0 && p.branch;
  const publish = !p.draft && (!p.existingRelease || p.existingRelease.draft);
  const lateFastForward = commitFiles && !p.canResetBranch;
  const steps: string[] = [];
  if (commitFiles)
    steps.push(`create the release commit (${p.files!.map((f) => f.path).join(', ')}) on top of ${p.head.slice(0, 7)}`);
  if (!p.existingTag) steps.push(`create annotated tag ${tag}`);
  if (!p.existingRelease) steps.push(`create draft release ${tag}`);
  const present = p.existingRelease ? await api.assetNames(p.existingRelease.id) : [];
  const uploads = (p.existingRelease && !p.existingRelease.draft ? [] : (p.assets ?? [])).filter(
    (a) => !present.includes(a.name),
  );
  for (const a of uploads) steps.push(`upload ${a.name} (${a.size} bytes) to the draft`);
  for (const f of p.floating) steps.push(`${f.before ? 'move' : 'create'} ${f.name} → ${tag}`);
  if (commitFiles) steps.push(`fast-forward ${p.branch} to the release commit`);
  if (publish) steps.push(`publish release ${tag}`);
  const commitFor = p.existingTag?.commit ?? p.head;
  if (p.dryRun)
    return {
      status: 'dry-run',
      steps,
      commit: commitFor,
      ...(p.existingRelease ? { release: p.existingRelease } : {}),
      history: [],
    };

  const result = await runTransaction(
    `release ${tag}`,
    { ...(p.audit ? { audit: p.audit } : {}), logger },
    async (txn) => {
      let commit = commitFor;
      if (commitFiles) {
        // No compensation: a commit no ref points at is invisible and GitHub garbage-collects it.
        commit = await step(txn, logger, 'create release commit', () =>
          api.createDetachedCommit(p.head, p.files!, releaseCommitMessage(tag)),
        );
      }
      if (!p.existingTag) {
        await step(
          txn,
          logger,
          `create tag ${tag}`,
          () => api.createAnnotatedTag(tag, commit, tagMessage(tag, p.fullNotes)),
          () => api.deleteRef(`tags/${tag}`),
        );
      }
      let release = p.existingRelease;
      if (!release) {
        release = await step(
          txn,
          logger,
          `create draft release ${tag}`,
          () =>
            api.createRelease({
              tag,
              commit,
              body: `${p.notes}\n${bodyMarker(tag, p.draft)}\n`,
              draft: true,
              prerelease: p.prerelease,
            }),
          (r) => api.deleteRelease(r.id, tag),
        );
      }
      for (const a of uploads) {
        const target = release;
        await step(
          txn,
          logger,
          `upload ${a.name}`,
          async () => api.uploadAsset(target, a.name, await readAsset(a)),
          (id) => api.deleteAsset(id, a.name),
        );
      }
      for (const f of p.floating) {
        await step(
          txn,
          logger,
          `${f.before ? 'move' : 'create'} ${f.name}`,
          () => api.setRef(`tags/${f.name}`, commit, f.before !== undefined),
          () => (f.before ? api.setRef(`tags/${f.name}`, f.before.sha, true) : api.deleteRef(`tags/${f.name}`)),
        );
      }
      if (commitFiles) {
        const branch = p.branch!;
        await step(
          txn,
          logger,
          `fast-forward ${branch}`,
          () => api.fastForward(branch, commit),
          // Only reached when the branch may be forced back; never over a push made after ours.
          p.canResetBranch
            ? async () => {
                const tip = await api.getRef(`heads/${branch}`);
                if (tip?.commit !== commit)
                  throw new UserError(`${branch} moved on after the fast-forward; it was not moved back`);
                await api.resetBranch(branch, p.head);
              }
            : undefined,
        );
      }
      if (publish && !lateFastForward) {
        const id = release.id;
        release = await step(txn, logger, `publish release ${tag}`, () => api.setDraft(id, tag, false));
      }
      return { commit, release };
    },
  );
  if (!result.ok) {
    const undone = result.history.filter((h) => h.status === 'compensated').map((h) => h.step);
    const stuck = result.history.filter((h) => h.status === 'compensation-failed');
    const kept = result.history.filter((h) => h.status === 'no-compensation').map((h) => h.step);
    const rollback =
      stuck.length > 0
        ? `rollback incomplete, clean up by hand: ${stuck.map((h) => `${h.step} (${h.error})`).join('; ')}`
        : `rolled back${undone.length > 0 ? `: ${undone.join(', ')}` : ' (nothing had been written)'}`;
    const note = kept.includes('create release commit')
      ? ' (the detached release commit is referenced by nothing)'
      : '';
    const message = `release ${tag} failed: ${errorMessage(result.error)}; ${rollback}${note}`;
    throw isUserError(result.error) ? new UserError(message) : new Error(message, { cause: result.error });
  }
  let { commit, release } = result.value!;
  const history = [...result.history];
  if (publish && lateFastForward) {
    // The branch holds the release commit and cannot be forced back: from here on a failure is
    // completed by the next run (it finds the marked tag and draft on the branch and publishes them).
    try {
      release = await api.setDraft(release.id, tag, false);
      logger.info(`release step done: publish release ${tag}`);
      history.push({ step: `publish release ${tag}`, status: 'done', durationMs: 0 });
    } catch (error) {
      throw new UserError(
        `release ${tag}: ${p.branch} already holds the release commit (its protection forbids moving it back), but publishing failed: ${errorMessage(error)}. Re-run the job: it publishes this release and writes nothing twice.`,
      );
    }
  }
  return { status: 'published', steps, commit, release, history };
}
