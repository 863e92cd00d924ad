import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { unzipSync } from 'fflate';
import { errorMessage } from '../../../../shared/core/errors.js';
import type { Logger } from '../../../../shared/core/logger.js';
import type { GitHubClient } from '../../../../shared/github/client.js';

/** The artifact each run uploads its snapshot as, and the next run downloads: the artifact chain. */
export function snapshotArtifactName(organization: string): string {
  return `metrics-collect-snapshot-${organization.toLowerCase()}`;
}

/**
 * Restores the newest `name` artifact of `owner/repo` (the previous run's snapshot) to `file`:
 * one list request and one download. False when there is none (the first run, or all expired) or it
 * cannot be used; a missing link only means this run reads the whole window again.
 */
export async function restoreSnapshotArtifact(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  name: string,
  file: string,
  logger: Logger,
): Promise<boolean> {
  try {
    const { data } = await client.rest.actions.listArtifactsForRepo({ ...repository, name, per_page: 10 });
    const latest = data.artifacts.find((a) => !a.expired);
    if (!latest) {
      logger.info(`No ${name} artifact yet: this collection reads the whole window.`);
      return false;
    }
    const zip = await client.rest.actions.downloadArtifact({
      ...repository,
      artifact_id: latest.id,
      archive_format: 'zip',
    });
    if (!(zip.data instanceof ArrayBuffer)) throw new Error('the download is not a zip archive');
    const entries = unzipSync(new Uint8Array(zip.data));
    const entry = Object.keys(entries).find((n) => n.endsWith('.json') && !n.includes('..'));
    if (!entry) throw new Error('no JSON snapshot in it');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, entries[entry]!);
    logger.info(`Continuing from the snapshot of artifact ${name} (${latest.created_at ?? 'unknown date'}).`);
    return true;
  } catch (error) {
    logger.warning(`Could not restore the snapshot artifact ${name}: ${errorMessage(error)}`);
    return false;
  }
}
