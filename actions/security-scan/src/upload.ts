import { gzipSync } from 'node:zlib';
import type { ActionContext } from '../../../shared/action/define-action.js';
import { errorStatus, PermissionError, UserError } from '../../../shared/core/errors.js';
import type { SarifLog } from './engine/sarif.js';
import type { ScanInputs } from './settings.js';

/**
 * Uploads SARIF logs to code scanning: `POST /repos/{owner}/{repo}/code-scanning/sarifs` with the
 * log gzipped and base64-encoded, for the run's commit and ref
 * (https://docs.github.com/en/rest/code-scanning/code-scanning#upload-an-analysis-as-sarif-data).
 * Returns the upload ids.
 */
export async function uploadSarif(ctx: ActionContext<ScanInputs>, logs: readonly SarifLog[]): Promise<string[]> {
  const { repository, sha, ref } = ctx.env;
  if (!repository || !sha || !ref)
    throw new UserError('upload: true needs GITHUB_REPOSITORY, GITHUB_SHA and GITHUB_REF.');
  const ids: string[] = [];
  for (const log of logs) {
    const sarif = gzipSync(JSON.stringify(log)).toString('base64');
    if (ctx.dryRun) {
      ctx.logger.info(`dry-run: would upload ${sarif.length} bytes of SARIF to code scanning for ${ref} at ${sha}.`);
      continue;
    }
    try {
      const res = await (await ctx.github()).rest.codeScanning.uploadSarif({
        owner: repository.owner,
        repo: repository.repo,
        commit_sha: sha,
        ref,
        sarif,
      });
      if (res.data.id) ids.push(res.data.id);
      ctx.audit.event('code-scanning.upload', { id: res.data.id, ref, commit: sha });
    } catch (error) {
      const status = errorStatus(error);
      if (status === 403 || status === 404) {
        throw new PermissionError(
          `Code scanning upload refused (HTTP ${status}): the token needs \`security-events: write\`, and code scanning must be available for ${repository.owner}/${repository.repo}.`,
        );
      }
      throw error;
    }
  }
  return ids;
}
