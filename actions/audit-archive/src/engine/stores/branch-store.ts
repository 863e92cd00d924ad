import type { Logger } from '../../../../../shared/core/logger.js';
import type { GitHubClient } from '../../../../../shared/github/client.js';
import type { ArchivePart, Manifest } from '../part.js';
import { type ArchiveStore, type PutResult, type StoredPart, storedPart } from './store.js';

type TreeEntry = { path: string; sha: string; type: string };

const status = (e: unknown) => (e as { status?: number }).status;

/**
 * An append-only archive branch written through the Git database API (blobs, tree, commit, ref): one
 * folder per ISO week, a late log in `<week>/addendum-<n>/`. A week folder that exists is never
 * touched again, and the ref moves only by fast-forward (`force: false`), so the branch only grows. A
 * run killed before the ref update leaves unreferenced blobs and nothing else: the commit is atomic.
 */
export class BranchStore implements ArchiveStore {
  readonly kind = 'branch' as const;
  readonly location: string;

  constructor(
    private readonly github: GitHubClient,
    private readonly owner: string,
    private readonly repo: string,
    private readonly branch: string,
    private readonly logger: Logger,
  ) {
    this.location = `${owner}/${repo}@${branch}`;
  }

  /** The commit the branch points at; undefined while the branch does not exist. */
  async head(): Promise<string | undefined> {
    try {
      const { data } = await this.github.rest.git.getRef({
        owner: this.owner,
        repo: this.repo,
        ref: `heads/${this.branch}`,
      });
      return data.object.sha;
    } catch (error) {
      if (status(error) === 404) return undefined;
      throw error;
    }
  }

  /**
   * The files of one week folder at `commit`, paths relative to the folder: the root tree is read
   * without recursion (one entry per week) and only the week's own tree recursively, so the listing
   * stays far below GitHub's recursive-tree limit however many years the branch holds.
   */
  private async weekFiles(commit: string, week: string): Promise<TreeEntry[]> {
    const { data: root } = await this.github.rest.git.getTree({ owner: this.owner, repo: this.repo, tree_sha: commit });
    const folder = root.tree.find((e) => e.path === week && e.type === 'tree');
    if (!folder?.sha) return [];
    const { data } = await this.github.rest.git.getTree({
      owner: this.owner,
      repo: this.repo,
      tree_sha: folder.sha,
      recursive: 'true',
    });
    if (data.truncated) throw new Error(`the ${week} folder of ${this.location} is too large for one tree listing`);
    return data.tree.flatMap((e) =>
      e.path && e.sha && e.type === 'blob' ? [{ path: e.path, sha: e.sha, type: e.type }] : [],
    );
  }

  private async blob(sha: string): Promise<Uint8Array> {
    const { data } = await this.github.rest.git.getBlob({ owner: this.owner, repo: this.repo, file_sha: sha });
    return new Uint8Array(Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8'));
  }

  async index(weeks: readonly string[]): Promise<StoredPart[]> {
    const head = await this.head();
    if (!head) return [];
    const out: StoredPart[] = [];
    for (const week of weeks)
      for (const e of await this.weekFiles(head, week)) {
        if (!/^(?:addendum-\d+\/)?manifest\.json$/.test(e.path)) continue;
        out.push(storedPart(JSON.parse(Buffer.from(await this.blob(e.sha)).toString('utf8')) as Manifest));
      }
    return out;
  }

  async put(part: ArchivePart): Promise<PutResult> {
    for (let attempt = 1; ; attempt++) {
      const head = await this.head();
      const inWeek = part.part === 'main' ? 'manifest.json' : `${part.part}/manifest.json`;
      if (head && (await this.weekFiles(head, part.week)).some((e) => e.path === inWeek)) return 'present';
      const tree = [];
      for (const [path, data] of [...part.files.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const { data: blob } = await this.github.rest.git.createBlob({
          owner: this.owner,
          repo: this.repo,
          content: Buffer.from(data).toString('base64'),
          encoding: 'base64',
        });
        tree.push({ path: `${part.dir}/${path}`, mode: '100644' as const, type: 'blob' as const, sha: blob.sha });
      }
      const base = head
        ? (await this.github.rest.git.getCommit({ owner: this.owner, repo: this.repo, commit_sha: head })).data.tree.sha
        : undefined;
      const { data: newTree } = await this.github.rest.git.createTree({
        owner: this.owner,
        repo: this.repo,
        tree,
        ...(base ? { base_tree: base } : {}),
      });
      const m = part.manifest;
      const { data: commit } = await this.github.rest.git.createCommit({
        owner: this.owner,
        repo: this.repo,
        message: `audit archive ${part.dir}: ${m.logs.length} logs, ${m.records} records, ${m.verification.ok ? 'verified' : `${m.verification.problems.length} integrity problems`}`,
        tree: newTree.sha,
        parents: head ? [head] : [],
      });
      try {
        if (head)
          await this.github.rest.git.updateRef({
            owner: this.owner,
            repo: this.repo,
            ref: `heads/${this.branch}`,
            sha: commit.sha,
            force: false,
          });
        else
          await this.github.rest.git.createRef({
            owner: this.owner,
            repo: this.repo,
            ref: `refs/heads/${this.branch}`,
            sha: commit.sha,
          });
        return 'written';
      } catch (error) {
        // Another writer moved the branch (or created it) first: start over on its new head, once.
        if (attempt >= 2 || (status(error) !== 422 && status(error) !== 409)) throw error;
        this.logger.info(`${this.location} moved while writing ${part.dir}; retrying on the new head.`);
      }
    }
  }

  async read(week: string): Promise<Map<string, Uint8Array> | undefined> {
    const head = await this.head();
    const files = head ? await this.weekFiles(head, week) : [];
    if (files.length === 0) return undefined;
    const out = new Map<string, Uint8Array>();
    for (const f of files) out.set(f.path, await this.blob(f.sha));
    return out;
  }
}
