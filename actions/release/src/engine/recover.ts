import type { Logger } from '../../../../shared/core/logger.js';
import type { AuditLog } from '../../../../shared/audit/audit-log.js';
import { errorMessage, UserError } from '../../../../shared/core/errors.js';
import { runTransaction } from '../../../../shared/transactions/transaction.js';
import type { GitApi, RefInfo, ReleaseInfo } from './git-api.js';
import type { ReleaseTag } from './history.js';
import { readBodyMarker } from './markers.js';

/** A release of ours that an earlier run left half-finished. */
export interface Unfinished {
  tag: ReleaseTag;
  /** Its release: undefined (tag only) or a draft the user did not ask for. */
  release?: ReleaseInfo;
}

/** A floating tag an unfinished release had moved, and the release commit it goes back to (none: deleted). */
export interface FloatingRestore {
  name: string;
  before: RefInfo;
  to?: string;
  toTag?: string;
}

/** What an earlier run left: unfinished releases (marked tag) and drafts of ours whose tag is gone. */
export interface Leftovers {
  unfinished: Unfinished[];
  orphanDrafts: ReleaseInfo[];
}

/**
 * Finds what an interrupted run of this action left. A marked tag (our trailer) whose release is
 * missing, or is a draft nobody asked for, is unfinished; a tag without our marker is someone else's
 * release (many repositories tag without GitHub releases) and is left alone.
 */
export function findLeftovers(tags: readonly ReleaseTag[], releases: readonly ReleaseInfo[]): Leftovers {
  const byTag = new Map(releases.map((r) => [r.tag, r]));
  const unfinished: Unfinished[] = [];
  for (const tag of tags) {
    if (!tag.ours) continue;
    const release = byTag.get(tag.name);
    if (release && !release.draft) continue;
    if (release && readBodyMarker(release.body)?.draftRequested) continue;
    unfinished.push({ tag, ...(release ? { release } : {}) });
  }
  const names = new Set(tags.map((t) => t.name));
  const orphanDrafts = releases.filter((r) => {
    const m = readBodyMarker(r.body);
    return r.draft && m !== undefined && !m.draftRequested && !names.has(r.tag);
  });
  return { unfinished, orphanDrafts };
}

/**
 * Removes an unfinished release that never reached the branch (its commit is not on it): the draft,
 * then the tag, as one transaction whose compensations put them back. The next plan recreates the
 * release from the current head, with commits made since listed too.
 */
export async function removeUnfinished(
  api: GitApi,
  u: Unfinished,
  floating: readonly FloatingRestore[],
  o: { dryRun: boolean; audit?: AuditLog; logger: Logger },
): Promise<string[]> {
  const steps = [
    ...floating.map((f) =>
      f.to ? `move ${f.name} back to ${f.toTag}` : `delete ${f.name} (no earlier release of its line)`,
    ),
    ...(u.release ? [`delete the unfinished draft release ${u.tag.name}`] : []),
    `delete the unfinished tag ${u.tag.name} (commit ${u.tag.commit.slice(0, 7)}, not on the branch)`,
  ];
  if (o.dryRun) return steps;
  const tagRef = await api.getRef(`tags/${u.tag.name}`);
  const result = await runTransaction(
    `remove unfinished ${u.tag.name}`,
    { ...(o.audit ? { audit: o.audit } : {}), logger: o.logger },
    async (txn) => {
      for (const f of floating)
        await txn.step(
          `restore ${f.name}`,
          () => (f.to ? api.setRef(`tags/${f.name}`, f.to, true) : api.deleteRef(`tags/${f.name}`)),
          () => api.setRef(`tags/${f.name}`, f.before.sha, f.to !== undefined),
        );
      const r = u.release;
      if (r)
        await txn.step(
          `delete draft ${u.tag.name}`,
          () => api.deleteRelease(r.id, u.tag.name),
          async () => {
            await api.createRelease({
              tag: r.tag,
              commit: u.tag.commit,
              body: r.body ?? '',
              draft: true,
              prerelease: r.prerelease,
              name: r.name ?? r.tag,
            });
          },
        );
      if (tagRef)
        await txn.step(
          `delete tag ${u.tag.name}`,
          () => api.deleteRef(`tags/${u.tag.name}`),
          () => api.setRef(`tags/${u.tag.name}`, tagRef.sha, false),
        );
    },
  );
  if (!result.ok)
    throw new UserError(`could not remove the unfinished release ${u.tag.name}: ${errorMessage(result.error)}`);
  for (const s of steps) o.logger.info(`recovery: ${s}`);
  return steps;
}

/** Deletes drafts of ours whose tag no longer exists (left by a run stopped mid-rollback). */
export async function removeOrphanDrafts(
  api: GitApi,
  drafts: readonly ReleaseInfo[],
  o: { dryRun: boolean; logger: Logger },
): Promise<string[]> {
  const steps: string[] = [];
  for (const d of drafts) {
    if (!o.dryRun) await api.deleteRelease(d.id, d.tag);
    steps.push(`delete the orphan draft release ${d.tag} (its tag does not exist)`);
    o.logger.info(`recovery: ${steps.at(-1)}`);
  }
  return steps;
}
