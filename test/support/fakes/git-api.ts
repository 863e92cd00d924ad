import type { GitApi, RefInfo, ReleaseInfo } from '../../../actions/release/src/engine/git-api.js';

/** An in-memory GitApi for unit tests: refs and releases, a call log, and a failure at a chosen call. */
export function fakeGitApi(
  init: {
    refs?: Record<string, string>;
    releases?: ReleaseInfo[];
    parents?: Record<string, string[]>;
    /** `a>b` pairs: a is an ancestor of b (besides a === b). */
    ancestry?: string[];
  } = {},
) {
  const refs = new Map(Object.entries(init.refs ?? {}));
  const releases: ReleaseInfo[] = [...(init.releases ?? [])];
  const calls: string[] = [];
  const failOn = new Map<string, Error>();
  let nextId = 100;
  const assets = new Map<number, { id: number; name: string }[]>();
  const record = (call: string) => {
    calls.push(call);
    const error = failOn.get(call);
    if (error) throw error;
  };
  const api: GitApi = {
    async getRef(ref) {
      const sha = refs.get(ref);
      return sha === undefined ? undefined : ({ ref, sha, commit: sha } satisfies RefInfo);
    },
    async tagMessage() {
      return '';
    },
    async listReleases() {
      return [...releases];
    },
    async createDetachedCommit(parent, files) {
      record(`createCommit on ${parent} (${files.map((f) => f.path).join(', ')})`);
      return `commit-on-${parent}`;
    },
    async fastForward(branch, sha) {
      record(`fastForward ${branch} ${sha}`);
      refs.set(`heads/${branch}`, sha);
    },
    async resetBranch(branch, sha) {
      record(`resetBranch ${branch} ${sha}`);
      refs.set(`heads/${branch}`, sha);
    },
    async isAncestor(a, b) {
      return a === b || (init.ancestry ?? []).includes(`${a}>${b}`);
    },
    async parentsOf(sha) {
      return init.parents?.[sha] ?? [];
    },
    async createAnnotatedTag(tag, commit) {
      record(`createTag ${tag}`);
      refs.set(`tags/${tag}`, commit);
      return `tagobj-${tag}`;
    },
    async setRef(ref, sha, exists) {
      record(`${exists ? 'updateRef' : 'createRef'} ${ref} ${sha}`);
      refs.set(ref, sha);
    },
    async deleteRef(ref) {
      record(`deleteRef ${ref}`);
      refs.delete(ref);
    },
    async findRelease(tag) {
      return releases.find((r) => r.tag === tag);
    },
    async createRelease(o) {
      record(`createRelease ${o.tag} draft=${o.draft}`);
      const r: ReleaseInfo = {
        id: nextId++,
        tag: o.tag,
        name: o.name ?? o.tag,
        body: o.body,
        draft: o.draft,
        prerelease: o.prerelease,
        immutable: false,
        url: `https://github.com/o/r/releases/tag/${o.tag}`,
        targetCommitish: o.commit,
        uploadUrl: `https://uploads.github.com/repos/o/r/releases/${nextId - 1}/assets{?name,label}`,
      };
      releases.push(r);
      return r;
    },
    async setDraft(id, tag, draft) {
      record(`setDraft ${tag} ${draft}`);
      const r = releases.find((x) => x.id === id)!;
      r.draft = draft;
      return r;
    },
    async assetNames(id) {
      return (assets.get(id) ?? []).map((a) => a.name);
    },
    async uploadAsset(release, name) {
      record(`uploadAsset ${release.tag} ${name}`);
      const list = assets.get(release.id) ?? [];
      const id = nextId++;
      list.push({ id, name });
      assets.set(release.id, list);
      return id;
    },
    async deleteAsset(id, name) {
      record(`deleteAsset ${name}`);
      for (const list of assets.values()) {
        const i = list.findIndex((a) => a.id === id);
        if (i >= 0) list.splice(i, 1);
      }
    },
    async deleteRelease(id, tag) {
      record(`deleteRelease ${tag}`);
      releases.splice(
        releases.findIndex((x) => x.id === id),
        1,
      );
    },
  };
  return { api, refs, releases, assets, calls, failOn };
}
