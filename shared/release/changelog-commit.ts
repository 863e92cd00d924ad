import type { GitHubClient } from '../github/client.js';
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
  const data = await github.graphql<CommitData>(MUTATION, {
    input: {
      branch: { repositoryNameWithOwner: `${repo.owner}/${repo.repo}`, branchName: o.branch },
      expectedHeadOid: o.expectedHead,
      message: { headline: o.headline },
      fileChanges,
    },
  });
  return data.createCommitOnBranch.commit;
}
