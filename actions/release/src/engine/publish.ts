import { errorMessage, isUserError, UserError } from '../../../../shared/core/errors.js';
import type { Logger } from '../../../../shared/core/logger.js';
import type { AuditLog } from '../../../../shared/audit/audit-log.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import { runTransaction, type StepHistory } from '../../../../shared/transactions/transaction.js';
import { commitFile } from './changelog-commit.js';
import type { GitApi, ReleaseInfo } from './git-api.js';
import type { RepoRef } from './history.js';

/** Everything publishing needs, decided beforehand. */
export interface PublishInput {
  api: GitApi;
  github: Pick<GitHubClient, 'graphql'>;
  repo: RepoRef;
  version: string;
  tag: string;
  /** The commit to release (before any changelog commit). */
  head: string;
  prerelease: boolean;
  draft: boolean;
  /** The changelog entry: the tag message and the release notes. */
  notes: string;
  majorTag?: string;
  /** Commit the entry to this file on `branch` first; the release then points at that commit. */
  changelogFile?: { path: string; branch: string; before: string | undefined; after: string };
  dryRun: boolean;
  audit?: AuditLog;
  logger: Logger;
}

/** What publishing did (or, in dry-run, would do). */
export interface PublishOutcome {
  status: 'published' | 'unchanged' | 'dry-run';
  /** Human-readable steps done or planned, in order. */
  steps: string[];
  /** The released commit (the changelog commit when one was made). */
  commit: string;
  release?: ReleaseInfo;
  /** Where the major tag pointed before (undefined: it did not exist). */
  majorTagBefore?: string;
  history: StepHistory[];
}

/**
 * Publishes a release as one transaction of steps with compensations (shared/transactions): changelog
 * commit, annotated tag, GitHub release, floating major tag. A failing step rolls back the completed
 * ones in reverse order (major tag restored to its previous commit, release deleted, tag deleted,
 * changelog restored by a second commit). Parts that already exist are kept, so a re-run completes an
 * interrupted release or, when nothing is missing, does nothing and says so.
 */
export async function publishRelease(p: PublishInput): Promise<PublishOutcome> {
  const { api, tag, logger } = p;
  const tagRef = await api.getRef(`tags/${tag}`);
  const existing = await api.findRelease(tag);
  // With changelog-file the tag sits on the changelog commit, a child of head: that is this release.
  const ownChangelogCommit =
    tagRef !== undefined && p.changelogFile !== undefined && (await api.parentsOf(tagRef.commit)).includes(p.head);
  if (tagRef && tagRef.commit !== p.head && !ownChangelogCommit) {
    if (existing)
      return {
        status: 'unchanged',
        steps: [`${tag} is already released (commit ${tagRef.commit.slice(0, 7)}): nothing to do`],
        commit: tagRef.commit,
        release: existing,
        history: [],
      };
    throw new UserError(
      `tag ${tag} already exists on commit ${tagRef.commit.slice(0, 7)}, not on ${p.head.slice(0, 7)}, and has no release: delete the tag or choose another version`,
    );
  }
  const major = p.majorTag ? await api.getRef(`tags/${p.majorTag}`) : undefined;
  const commitFor = tagRef?.commit ?? p.head;
  const steps: string[] = [];
  const writeChangelog = p.changelogFile !== undefined && !tagRef && p.changelogFile.before !== p.changelogFile.after;
  if (writeChangelog) steps.push(`commit ${p.changelogFile!.path} on ${p.changelogFile!.branch}`);
  if (!tagRef) steps.push(`create annotated tag ${tag}`);
  if (!existing) steps.push(`create draft release ${tag}`);
  const moveMajor = p.majorTag !== undefined && (writeChangelog || major?.commit !== commitFor);
  if (moveMajor) steps.push(`${major ? 'move' : 'create'} ${p.majorTag} → ${tag}`);
  const publish = !p.draft && (!existing || existing.draft);
  if (publish) steps.push(`publish release ${tag}`);
  const base = { commit: commitFor, ...(major ? { majorTagBefore: major.commit } : {}) };
  if (steps.length === 0) {
    return {
      status: 'unchanged',
      steps: [`${tag} is already released: nothing to do`],
      ...base,
      ...(existing ? { release: existing } : {}),
      history: [],
    };
  }
  if (p.dryRun) return { status: 'dry-run', steps, ...base, ...(existing ? { release: existing } : {}), history: [] };

  const result = await runTransaction(
    `release ${tag}`,
    { ...(p.audit ? { audit: p.audit } : {}), logger },
    async (txn) => {
      let commit = commitFor;
      if (writeChangelog) {
        const file = p.changelogFile!;
        const made = await txn.step(
          `commit ${file.path}`,
          () =>
            commitFile(p.github, p.repo, {
              branch: file.branch,
              expectedHead: p.head,
              path: file.path,
              content: file.after,
              headline: `chore(release): ${p.version}`,
            }),
          // A second commit restores the file: history on a shared branch is never rewritten.
          (c) =>
            commitFile(p.github, p.repo, {
              branch: file.branch,
              expectedHead: c.oid,
              path: file.path,
              content: file.before,
              headline: `chore(release): undo changelog of ${p.version}`,
            }).then(() => undefined),
        );
        commit = made.oid;
      }
      if (!tagRef) {
        await txn.step(
          `create tag ${tag}`,
          () => api.createAnnotatedTag(tag, commit, `${tag}\n\n${p.notes}`),
          () => api.deleteRef(`tags/${tag}`),
        );
      }
      // The release is made as a draft and published last: a draft is never immutable, so every step
      // before publishing can still be undone; publishing is the point of no return
      // (https://docs.github.com/code-security/supply-chain-security/understanding-your-software-supply-chain/immutable-releases).
      let release = existing;
      if (!existing) {
        release = await txn.step(
          `create release ${tag}`,
          () => api.createRelease({ tag, commit, body: p.notes, draft: true, prerelease: p.prerelease }),
          (r) => api.deleteRelease(r.id, tag),
        );
      }
      if (moveMajor && p.majorTag) {
        const name = p.majorTag;
        await txn.step(
          `${major ? 'move' : 'create'} ${name}`,
          () => api.setRef(`tags/${name}`, commit, major !== undefined),
          () => (major ? api.setRef(`tags/${name}`, major.commit, true) : api.deleteRef(`tags/${name}`)),
        );
      }
      if (publish && release) {
        const id = release.id;
        release = await txn.step(`publish release ${tag}`, () => api.setDraft(id, tag, false));
      }
      return { commit, release };
    },
  );
  if (!result.ok) {
    const undone = result.history.filter((h) => h.status === 'compensated').map((h) => h.step);
    const stuck = result.history.filter((h) => h.status === 'compensation-failed');
    const rollback =
      stuck.length > 0
        ? `rollback incomplete, clean up by hand: ${stuck.map((h) => `${h.step} (${h.error})`).join('; ')}`
        : `rolled back${undone.length > 0 ? `: ${undone.join(', ')}` : ' (nothing had been written)'}`;
    const message = `release ${tag} failed: ${errorMessage(result.error)}; ${rollback}`;
    throw isUserError(result.error) ? new UserError(message) : new Error(message, { cause: result.error });
  }
  const value = result.value!;
  return {
    status: 'published',
    steps,
    commit: value.commit,
    ...(value.release ? { release: value.release } : {}),
    ...(major ? { majorTagBefore: major.commit } : {}),
    history: result.history,
  };
}
