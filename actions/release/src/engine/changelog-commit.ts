import { errorMessage, UserError } from '../../../../shared/core/errors.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import type { RepoRef } from './history.js';

const MUTATION = `mutation CommitChangelog($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url } }
}`;

interface CommitData {
  createCommitOnBranch: { commit: { oid: string; url: string } };
}

/**
 * Commits one file change on `branch` with createCommitOnBranch: GitHub signs it (a verified commit,
 * https://docs.github.com/graphql/reference/mutations#createcommitonbranch), and `expectedHeadOid`
 * makes it fail rather than overwrite a push that happened meanwhile. `content: undefined` deletes the file.
 */
export async function commitFile(
  github: Pick<GitHubClient, 'graphql'>,
  repo: RepoRef,
  o: { branch: string; expectedHead: string; path: string; content: string | undefined; headline: string },
): Promise<{ oid: string; url: string }> {
  const fileChanges =
    o.content === undefined
      ? { deletions: [{ path: o.path }] }
      : { additions: [{ path: o.path, contents: Buffer.from(o.content).toString('base64') }] };
  let data: CommitData;
  try {
    data = await github.graphql<CommitData>(MUTATION, {
      input: {
        branch: { repositoryNameWithOwner: `${repo.owner}/${repo.repo}`, branchName: o.branch },
        expectedHeadOid: o.expectedHead,
        message: { headline: o.headline },
        fileChanges,
      },
    });
  } catch (error) {
    // STALE_DATA: someone pushed to the branch after the run started; releasing would skip their commit.
    if (/Expected branch to point to/.test(errorMessage(error)))
      throw new UserError(
        `${o.branch} moved since this run started (expected ${o.expectedHead.slice(0, 7)}): re-run the release on the new head`,
      );
    throw error;
  }
  return data.createCommitOnBranch.commit;
}
