import semver from 'semver';
import { errorMessage, isUserError, UserError } from '../../../../shared/core/errors.js';
import type { Logger } from '../../../../shared/core/logger.js';
import type { AuditLog } from '../../../../shared/audit/audit-log.js';
import { runTransaction, type StepHistory } from '../../../../shared/transactions/transaction.js';
import type { GitApi, RefInfo, ReleaseInfo } from './git-api.js';
import type { ReleaseTag } from './history.js';
import { isStable, TAG_PREFIX, tagOf } from './version.js';

/** What to roll back. */
export interface RollbackInput {
  api: GitApi;
  tags: readonly ReleaseTag[];
  /** The version to undo; default the highest release tag. */
  version?: string;
  dryRun: boolean;
  audit?: AuditLog;
  logger: Logger;
}

/** What a rollback did or would do. */
export interface RollbackOutcome {
  status: 'rolled-back' | 'dry-run' | 'unchanged';
  version?: string;
  tag?: string;
  /** The release that becomes the latest of its major line, if any. */
  previousTag?: string;
  majorTag?: string;
  steps: string[];
  history: StepHistory[];
}

/**
 * Undoes a published version: deletes its GitHub release and tag and moves the floating major tag back
 * to the previous release of that major (or deletes it when there is none), as one transaction whose
 * compensations recreate what was deleted if a later step fails. An immutable release is refused up
 * front: GitHub keeps its tag and reserves the name, so it cannot be undone, only superseded.
 */
export async function rollbackRelease(p: RollbackInput): Promise<RollbackOutcome> {
  const { api } = p;
  const sorted = [...p.tags].sort((a, b) => semver.rcompare(a.version, b.version));
  const target = p.version ? sorted.find((t) => t.version === p.version) : sorted[0];
  if (!target) {
    if (p.version) throw new UserError(`there is no tag ${tagOf(p.version)} to roll back`);
    return { status: 'unchanged', steps: ['no release tag found: nothing to roll back'], history: [] };
  }
  const release = await api.findRelease(target.name);
  if (release?.immutable)
    throw new UserError(
      `${target.name} is an immutable release: GitHub does not allow its tag to be deleted or moved, and reserves the tag name even if the release is deleted. Publish a fixed version instead.`,
    );
  const tagRef = await api.getRef(`tags/${target.name}`);
  const major = semver.major(target.version);
  const majorName = `${TAG_PREFIX}${major}`;
  const majorRef = isStable(target.version) && major > 0 ? await api.getRef(`tags/${majorName}`) : undefined;
  const previous = sorted.find(
    (t) =>
      t !== target && isStable(t.version) && semver.major(t.version) === major && semver.lt(t.version, target.version),
  );
  const steps: string[] = [];
  if (release) steps.push(`delete release ${target.name}`);
  if (tagRef) steps.push(`delete tag ${target.name}`);
  const moveMajor = majorRef !== undefined && majorRef.commit === target.commit;
  if (moveMajor)
    steps.push(
      previous ? `move ${majorName} back to ${previous.name}` : `delete ${majorName} (no earlier v${major} release)`,
    );
  const base = {
    version: target.version,
    tag: target.name,
    ...(previous ? { previousTag: previous.name } : {}),
    ...(moveMajor ? { majorTag: majorName } : {}),
  };
  if (steps.length === 0)
    return { status: 'unchanged', ...base, steps: [`${target.name} has nothing left to roll back`], history: [] };
  if (p.dryRun) return { status: 'dry-run', ...base, steps, history: [] };
  const result = await runTransaction(
    `rollback ${target.name}`,
    { ...(p.audit ? { audit: p.audit } : {}), logger: p.logger },
    async (txn) => {
      if (release)
        await txn.step(
          `delete release ${target.name}`,
          () => api.deleteRelease(release.id, target.name),
          () => recreate(api, release, target),
        );
      if (tagRef)
        await txn.step(
          `delete tag ${target.name}`,
          () => api.deleteRef(`tags/${target.name}`),
          () => api.setRef(`tags/${target.name}`, tagRef.sha, false),
        );
      if (moveMajor)
        await txn.step(
          `restore ${majorName}`,
          () => restoreMajor(api, majorName, previous),
          () => api.setRef(`tags/${majorName}`, (majorRef as RefInfo).sha, previous !== undefined),
        );
    },
  );
  if (!result.ok) {
    const stuck = result.history.filter((h) => h.status === 'compensation-failed');
    const message = `rollback of ${target.name} failed: ${errorMessage(result.error)}; ${stuck.length > 0 ? `could not restore: ${stuck.map((h) => h.step).join(', ')}` : 'everything was restored'}`;
    throw isUserError(result.error) ? new UserError(message) : new Error(message, { cause: result.error });
  }
  return { status: 'rolled-back', ...base, steps, history: result.history };
}

function restoreMajor(api: GitApi, name: string, previous: ReleaseTag | undefined): Promise<void> {
  return previous ? api.setRef(`tags/${name}`, previous.commit, true) : api.deleteRef(`tags/${name}`);
}

async function recreate(api: GitApi, r: ReleaseInfo, t: ReleaseTag): Promise<void> {
  await api.createRelease({
    tag: r.tag,
    commit: t.commit,
    body: r.body ?? '',
    draft: r.draft,
    prerelease: r.prerelease,
    name: r.name ?? r.tag,
  });
}
