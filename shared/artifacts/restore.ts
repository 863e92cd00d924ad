import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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
 * The attempt an artifact of `prefix` belongs to, and its upload rank within that attempt: the
 * contract name `<prefix>-<attempt>` (rank 0), or the name upload.ts falls back to when that is
 * taken in the run (a second step, a matrix leg): `<prefix>-<attempt>-<job>` (rank 1) and
 * `<prefix>-<attempt>-<job>-<n>` (rank n). Undefined for any other name.
 */
export function artifactAttempt(prefix: string, name: string): { attempt: number; rank: number } | undefined {
  if (!name.startsWith(`${prefix}-`)) return undefined;
  const m = /^(\d+)(?:-([A-Za-z0-9_.-]+?)(?:-(\d+))?)?$/.exec(name.slice(prefix.length + 1));
  if (!m) return undefined;
  const attempt = Number(m[1]);
  if (!Number.isSafeInteger(attempt) || attempt < 1) return undefined;
  return { attempt, rank: m[2] === undefined ? 0 : m[3] === undefined ? 1 : Number(m[3]) };
}

/**
 * Puts back `file` from the artifacts `<prefix>-<k>[-<job>[-<n>]]` of the earlier attempts k of this run.
 * A re-run starts on a fresh runner whose RUNNER_TEMP is empty ("emptied at the beginning and end of
 * each job"), but it can read the artifacts of earlier attempts of the same run, so each attempt
 * uploads its checkpoints and the next one restores them. The store is per run, not per job: every
 * earlier upload (each attempt, each leg of a matrix, each renamed copy) is merged, oldest attempt
 * first, so a later mark of a key wins and work done by any earlier job is skipped. Keeps a file that
 * is already there (same machine); never throws: without the file the run simply redoes the work.
 */
export async function restoreFromPreviousAttempt(
  prefix: string,
  attempt: number,
  file: string,
  opts: RestoreOptions,
): Promise<boolean> {
  const env = opts.env ?? process.env;
  if (attempt <= 1 || existsSync(file) || missingRuntimeVariables(env).length > 0) return false;
  let scratch: string | undefined;
  try {
    const client = await (opts.client ?? loadArtifactClient)();
    const { artifacts } = await client.listArtifacts();
    const earlier = artifacts
      .map((a) => ({ ...a, at: artifactAttempt(prefix, a.name) }))
      .filter((a): a is typeof a & { at: { attempt: number; rank: number } } => !!a.at && a.at.attempt < attempt)
      .sort((a, b) => a.at.attempt - b.at.attempt || a.at.rank - b.at.rank || a.id - b.id);
    if (earlier.length === 0) return false;
    mkdirSync(dirname(file), { recursive: true });
    scratch = mkdtempSync(join(dirname(file), '.restore-'));
    const pieces: string[] = [];
    for (const [i, a] of earlier.entries()) {
      const dir = join(scratch, String(i));
      mkdirSync(dir);
      await client.downloadArtifact(a.id, { path: dir });
      const part = join(dir, basename(file));
      if (!existsSync(part)) continue;
      const text = readFileSync(part, 'utf8');
      // A piece cut short by a kill ends without a newline: keep its complete lines only.
      pieces.push(text.slice(0, text.lastIndexOf('\n') + 1));
    }
    if (pieces.length === 0) return false;
    writeFileSync(file, pieces.join(''));
    opts.logger.info(`Restored checkpoints of earlier attempts from ${earlier.map((a) => a.name).join(', ')}.`);
    return true;
  } catch (error) {
    opts.logger.warning(`Could not restore checkpoints of an earlier attempt: ${errorMessage(error)}`);
    return false;
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
