import type { DefaultArtifactClient } from '@actions/artifact';
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';

/** The part of @actions/artifact's client this module uses. */
export interface ArtifactUploader {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number },
  ): Promise<{ id?: number; size?: number }>;
}

/** Options of {@link uploadArtifact}. */
export interface UploadOptions {
  logger: Logger;
  /** Days before the artifact expires (1–90, capped by repository settings); the repository default otherwise. */
  retentionDays?: number;
  /** Environment to read the runtime variables from; defaults to `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Client factory, injected by tests; defaults to a lazily imported @actions/artifact client. */
  client?: () => Promise<ArtifactUploader>;
}

/** What happened to one upload: telemetry reports, it never throws. */
export interface UploadResult {
  uploaded: boolean;
  /** The name it was uploaded under: the one asked for, or with `-<job>[-n]` when that was taken. */
  name?: string;
  id?: number;
  reason?: string;
}

/**
 * @actions/artifact and its dependencies are large, and `uses:` downloads our whole repository for
 * every job, so the module is only loaded by runs that really upload or restore.
 */
export async function loadArtifactClient(): Promise<DefaultArtifactClient> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

/** Variables the runner gives a step that may talk to the artifact (results) service. */
const RUNTIME_VARIABLES = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'] as const;

/** The runtime variables missing from `env`: none on a runner step, both elsewhere. */
export function missingRuntimeVariables(env: NodeJS.ProcessEnv): string[] {
  return RUNTIME_VARIABLES.filter((v) => !env[v]);
}

/**
 * Uploads `files` (under `rootDir`) as artifact `name`. Skips with a reason outside the runner
 * (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL) or with no files; an upload failure is logged as
 * a warning and returned, never thrown, because telemetry must not fail the action.
 */
export async function uploadArtifact(
  name: string,
  files: readonly string[],
  rootDir: string,
  opts: UploadOptions,
): Promise<UploadResult> {
  const { logger } = opts;
  const env = opts.env ?? process.env;
  const missing = missingRuntimeVariables(env);
  if (missing.length > 0) {
    const reason = `${missing.join(' and ')} not set (not running on a GitHub Actions runner)`;
    logger.debug(`Artifact ${name} not uploaded: ${reason}.`);
    return { uploaded: false, reason };
  }
  if (files.length === 0) {
    logger.debug(`Artifact ${name} not uploaded: no files.`);
    return { uploaded: false, reason: 'no files to upload' };
  }
  try {
    const client = await (opts.client ?? loadArtifactClient)();
    const options = opts.retentionDays === undefined ? {} : { retentionDays: opts.retentionDays };
    // Artifact names are unique per workflow run: a second step of the same action, or a matrix job,
    // finds the name taken. Then `-<job>`, `-<job>-2`, … keep the contract's prefix for audit-archive.
    const job = (env.GITHUB_JOB || 'job').replace(/[^A-Za-z0-9_.-]/g, '-');
    const candidates = [name, `${name}-${job}`, ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${name}-${job}-${n}`)];
    for (const [i, candidate] of candidates.entries()) {
      try {
        const response = await client.uploadArtifact(candidate, [...files], rootDir, options);
        logger.info(`Uploaded artifact ${candidate} (${files.length} file${files.length === 1 ? '' : 's'}).`);
        const result: UploadResult = { uploaded: true, name: candidate };
        if (response.id !== undefined) result.id = response.id;
        return result;
      } catch (error) {
        if (!NAME_TAKEN.test(errorMessage(error)) || i === candidates.length - 1) throw error;
        logger.debug(`Artifact name ${candidate} is taken in this run; trying the next one.`);
      }
    }
    throw new Error('unreachable');
  } catch (error) {
    const reason = errorMessage(error);
    logger.warning(`Could not upload artifact ${name}: ${reason}`);
    return { uploaded: false, reason };
  }
}

/** How the results service says an artifact name is already used in this run (Twirp already_exists / 409). */
const NAME_TAKEN = /already[ _]exists|\b409\b|conflict/i;
