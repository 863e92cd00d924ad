import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { loadArtifactClient, missingRuntimeVariables } from './upload.js';

/** The part of @actions/artifact's client that restoring uses. */
export interface ArtifactDownloader {
  listArtifacts(): Promise<{ artifacts: { id: number; name: string }[] }>;
  downloadArtifact(id: number, options: { path: string }): Promise<{ downloadPath?: string }>;
}

/** Options of {@link restoreFromPreviousAttempt}. */
export interface RestoreOptions {
  logger: Logger;
  env?: NodeJS.ProcessEnv;
  client?: () => Promise<ArtifactDownloader>;
}

/**
 * Puts back `file` from the artifact `<prefix>-<k>` of the latest earlier attempt k of this run.
 * A re-run starts on a fresh runner whose RUNNER_TEMP is empty ("emptied at the beginning and end of
 * each job"), but it can read the artifacts of earlier attempts of the same run, so each attempt
 * uploads its checkpoints and the next one restores them. Keeps a file that is already there
 * (same machine); never throws: without the file the run simply redoes the work.
 */
export async function restoreFromPreviousAttempt(
  prefix: string,
  attempt: number,
  file: string,
  opts: RestoreOptions,
): Promise<boolean> {
  const env = opts.env ?? process.env;
  if (attempt <= 1 || existsSync(file) || missingRuntimeVariables(env).length > 0) return false;
  try {
    const client = await (opts.client ?? loadArtifactClient)();
    const { artifacts } = await client.listArtifacts();
    let best: { id: number; k: number } | undefined;
    for (const a of artifacts) {
      const k = a.name.startsWith(`${prefix}-`) ? Number(a.name.slice(prefix.length + 1)) : Number.NaN;
      if (Number.isInteger(k) && k < attempt && (!best || k > best.k)) best = { id: a.id, k };
    }
    if (!best) return false;
    await client.downloadArtifact(best.id, { path: dirname(file) });
    opts.logger.info(`Restored checkpoints of attempt ${best.k} from artifact ${prefix}-${best.k}.`);
    return existsSync(file);
  } catch (error) {
    opts.logger.warning(`Could not restore checkpoints of an earlier attempt: ${errorMessage(error)}`);
    return false;
  }
}
