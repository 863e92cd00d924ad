import { errorMessage, errorStatus, PermissionError, UserError } from '../../../../shared/core/errors.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import type { RepoRef } from './history.js';

/** A release as this action needs it. */
export interface ReleaseInfo {
  id: number;
  tag: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  url: string;
  targetCommitish: string;
  /** Upload URL template (`…/assets{?name,label}`), on uploads.github.com for github.com. */
  uploadUrl: string;
}

/** A ref and what it points at; `commit` is the peeled commit of an annotated tag. */
export interface RefInfo {
  ref: string;
  sha: string;
  commit: string;
}

interface RestRelease {
  id: number;
  tag_name: string;
  name: string | null;
  body?: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable?: boolean;
  html_url: string;
  target_commitish: string;
  upload_url: string;
}

function info(r: RestRelease): ReleaseInfo {
  return {
    id: r.id,
    tag: r.tag_name,
    name: r.name,
    body: r.body ?? null,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: r.immutable === true,
    url: r.html_url,
    targetCommitish: r.target_commitish,
    uploadUrl: r.upload_url,
  };
}

/**
 * Turns GitHub's refusals into messages a user can act on: 403/404 on a write is a missing permission
 * (`contents: write`), and a 422 about an immutable release is explained
 * (https://docs.github.com/code-security/supply-chain-security/understanding-your-software-supply-chain/immutable-releases).
 */
export function explain(what: string, error: unknown): Error {
  const status = errorStatus(error);
  const message = errorMessage(error);
  const response =
    typeof error === 'object' && error !== null && 'response' in error ? JSON.stringify(error.response) : '';
  if (/immutable/i.test(message) || /immutable/i.test(response ?? '')) {
    return new UserError(
      `${what}: GitHub refuses to modify an immutable release (${message}). Its tag and assets cannot be changed or deleted, and its tag name stays reserved; publish a new version instead.`,
    );
  }
  if (status === 403)
    return new PermissionError(`${what}: permission denied (the token needs contents: write): ${message}`);
  // Any other refusal (404, 409, 422) is GitHub saying no to the repository's state, not a bug here.
  if (status !== undefined && status >= 400 && status < 500)
    return new UserError(`${what}: ${message} (HTTP ${status})`);
  return error instanceof Error ? error : new Error(`${what}: ${message}`);
}

async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw explain(what, error);
  }
}

/** The REST calls of the release action, each failure explained (see explain). */
export function gitApi(github: GitHubClient, repo: RepoRef) {
  const r = { owner: repo.owner, repo: repo.repo };
  return {
    /** The ref `tags/<name>` (or `heads/<name>`), peeled to its commit; undefined when absent. */
    async getRef(ref: string): Promise<RefInfo | undefined> {
      try {
        const { data } = await github.rest.git.getRef({ ...r, ref });
        let commit = data.object.sha;
        if (data.object.type === 'tag') {
          const tag = await github.rest.git.getTag({ ...r, tag_sha: data.object.sha });
          commit = tag.data.object.sha;
        }
        return { ref, sha: data.object.sha, commit };
      } catch (error) {
        if (errorStatus(error) === 404) return undefined;
        throw explain(`reading ${ref}`, error);
      }
    },
    /** The message of an annotated tag (empty for a lightweight one). */
    async tagMessage(tag: string): Promise<string> {
      const { data } = await call(`reading tag ${tag}`, () => github.rest.git.getRef({ ...r, ref: `tags/${tag}` }));
      if (data.object.type !== 'tag') return '';
      const { data: t } = await call(`reading tag ${tag}`, () =>
        github.rest.git.getTag({ ...r, tag_sha: data.object.sha }),
      );
      return t.message;
    },
    /** Parent SHAs of a commit. */
    async parentsOf(sha: string): Promise<string[]> {
      const { data } = await call(`reading commit ${sha}`, () => github.rest.git.getCommit({ ...r, commit_sha: sha }));
      return data.parents.map((x) => x.sha);
    },
    /** Creates an annotated tag object and its ref (Git Data API); returns the tag object's SHA. */
    async createAnnotatedTag(tag: string, commit: string, message: string): Promise<string> {
      return call(`creating tag ${tag}`, async () => {
        const { data } = await github.rest.git.createTag({ ...r, tag, message, object: commit, type: 'commit' });
        await github.rest.git.createRef({ ...r, ref: `refs/tags/${tag}`, sha: data.sha });
        return data.sha;
      });
    },
    /** Creates `refs/<ref>` at `sha`, or moves it there (force: a floating tag moves sideways). */
    async setRef(ref: string, sha: string, exists: boolean): Promise<void> {
      await call(`${exists ? 'moving' : 'creating'} ${ref}`, async () => {
        if (exists) await github.rest.git.updateRef({ ...r, ref, sha, force: true });
        else await github.rest.git.createRef({ ...r, ref: `refs/${ref}`, sha });
      });
    },
    /** Deletes `refs/<ref>`. */
    async deleteRef(ref: string): Promise<void> {
      await call(`deleting ${ref}`, () => github.rest.git.deleteRef({ ...r, ref }));
    },
    /** Every release of the repository, drafts included (only a token that can push sees drafts). */
    async listReleases(): Promise<ReleaseInfo[]> {
      const all = await call('listing releases', () =>
        github.paginate(github.rest.repos.listReleases, { ...r, per_page: 100 }),
      );
      return (all as RestRelease[]).map(info);
    },
    /** The release of `tag`, drafts included (get-release-by-tag hides drafts, so the list is read). */
    async findRelease(tag: string): Promise<ReleaseInfo | undefined> {
      return (await this.listReleases()).find((x) => x.tag === tag);
    },
    /**
     * A commit with `files` changed on top of `parent`, made with the Git Data API and referenced by no
     * branch (detached): nothing changes for anyone until a ref points at it. Made without an author,
     * GitHub signs it (a verified commit).
     */
    async createDetachedCommit(parent: string, files: { path: string; content: string }[], message: string) {
      return call('creating the release commit', async () => {
        const { data: base } = await github.rest.git.getCommit({ ...r, commit_sha: parent });
        const { data: tree } = await github.rest.git.createTree({
          ...r,
          base_tree: base.tree.sha,
          tree: files.map((f) => ({
            path: f.path,
            mode: '100644' as const,
            type: 'blob' as const,
            content: f.content,
          })),
        });
        const { data } = await github.rest.git.createCommit({ ...r, message, tree: tree.sha, parents: [parent] });
        return data.sha;
      });
    },
    /** Moves `heads/<branch>` forward to `sha`; GitHub refuses (422) anything but a fast-forward. */
    async fastForward(branch: string, sha: string): Promise<void> {
      await call(`fast-forwarding ${branch}`, () =>
        github.rest.git.updateRef({ ...r, ref: `heads/${branch}`, sha, force: false }),
      );
    },
    /** Moves `heads/<branch>` back to `sha` (a force update: only where the branch's rules allow it). */
    async resetBranch(branch: string, sha: string): Promise<void> {
      await call(`moving ${branch} back`, () =>
        github.rest.git.updateRef({ ...r, ref: `heads/${branch}`, sha, force: true }),
      );
    },
    /** True when `ancestor` is `descendant` or one of its ancestors (the compare API's status). */
    async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
      if (ancestor === descendant) return true;
      const { data } = await call('comparing commits', () =>
        github.rest.repos.compareCommitsWithBasehead({ ...r, basehead: `${ancestor}...${descendant}`, per_page: 1 }),
      );
      return data.status === 'ahead' || data.status === 'identical';
    },
    /** Creates a release of an existing tag. */
    async createRelease(o: {
      tag: string;
      commit: string;
      body: string;
      draft: boolean;
      prerelease: boolean;
      name?: string;
    }) {
      return call(`creating the release ${o.tag}`, async () => {
        const { data } = await github.rest.repos.createRelease({
          ...r,
          tag_name: o.tag,
          target_commitish: o.commit,
          name: o.name ?? o.tag,
          body: o.body,
          draft: o.draft,
          prerelease: o.prerelease,
        });
        return info(data);
      });
    },
    /** Publishes a draft (or turns a release back into a draft). */
    async setDraft(id: number, tag: string, draft: boolean): Promise<ReleaseInfo> {
      return call(`${draft ? 'unpublishing' : 'publishing'} the release ${tag}`, async () =>
        info((await github.rest.repos.updateRelease({ ...r, release_id: id, draft })).data),
      );
    },
    /** Names of the assets a release has. */
    async assetNames(id: number): Promise<string[]> {
      const list = await call('listing release assets', () =>
        github.paginate(github.rest.repos.listReleaseAssets, { ...r, release_id: id, per_page: 100 }),
      );
      return list.map((a) => a.name);
    },
    /** Uploads one asset to a (draft) release; returns its id. */
    async uploadAsset(release: ReleaseInfo, name: string, data: Buffer): Promise<number> {
      return call(`uploading ${name} to ${release.tag}`, async () => {
        const { data: asset } = await github.request({
          method: 'POST',
          url: release.uploadUrl,
          name,
          data,
          headers: { 'content-type': 'application/octet-stream', 'content-length': data.length },
        });
        return (asset as { id: number }).id;
      });
    },
    /** Deletes one release asset. */
    async deleteAsset(id: number, name: string): Promise<void> {
      await call(`deleting the asset ${name}`, () => github.rest.repos.deleteReleaseAsset({ ...r, asset_id: id }));
    },
    /** Deletes a release (its tag stays). */
    async deleteRelease(id: number, tag: string): Promise<void> {
      await call(`deleting the release ${tag}`, () => github.rest.repos.deleteRelease({ ...r, release_id: id }));
    },
  };
}

/** The REST operations of the release action (writes and the reads around them). */
export type GitApi = ReturnType<typeof gitApi>;
