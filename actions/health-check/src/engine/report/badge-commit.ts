import type { GitHubClient } from '../../../../../shared/github/client.js';
import { errorStatus } from '../../../../../shared/core/errors.js';

/** One file to put on the badge branch. */
export interface BranchFile {
  path: string;
  content: string;
}

/**
 * Commits `files` to `branch` of `owner/repo` through the contents API, creating the branch from the
 * default branch when it does not exist; a file whose content is already there is not committed again
 * (an hourly run with an unchanged status makes no commit). Returns the paths committed.
 */
export async function commitToBranch(
  client: GitHubClient,
  r: { owner: string; repo: string },
  branch: string,
  files: readonly BranchFile[],
  message: string,
): Promise<string[]> {
  try {
    await client.rest.git.getRef({ ...r, ref: `heads/${branch}` });
  } catch (error) {
    if (errorStatus(error) !== 404) throw error;
    const { data: repo } = await client.rest.repos.get(r);
    const { data: head } = await client.rest.git.getRef({ ...r, ref: `heads/${repo.default_branch}` });
    await client.rest.git.createRef({ ...r, ref: `refs/heads/${branch}`, sha: head.object.sha });
  }
  const committed: string[] = [];
  for (const f of files) {
    let sha: string | undefined;
    try {
      const { data } = await client.rest.repos.getContent({ ...r, path: f.path, ref: branch });
      if (!Array.isArray(data) && data.type === 'file') {
        sha = data.sha;
        const current = Buffer.from(data.content ?? '', 'base64').toString('utf8');
        if (current === f.content) continue;
      }
    } catch (error) {
      if (errorStatus(error) !== 404) throw error;
    }
    await client.rest.repos.createOrUpdateFileContents({
      ...r,
      path: f.path,
      branch,
      message,
      content: Buffer.from(f.content).toString('base64'),
      ...(sha ? { sha } : {}),
    });
    committed.push(f.path);
  }
  return committed;
}
