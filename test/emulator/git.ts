import { createHash } from 'node:crypto';

/** Author or committer of a commit or tag. */
export interface Signature {
  name: string;
  email: string;
  date: string;
}

/** One entry of a git tree. */
export interface TreeEntry {
  name: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

/** A git object as stored by the emulator; ids are real git SHA-1s of the canonical encoding. */
export type GitObject =
  | { type: 'blob'; data: Buffer }
  | { type: 'tree'; entries: TreeEntry[] }
  | {
      type: 'commit';
      tree: string;
      parents: string[];
      message: string;
      author: Signature;
      committer: Signature;
      verified: boolean;
    }
  | { type: 'tag'; object: string; objectType: string; tag: string; message: string; tagger: Signature };

/** A file change for {@link GitStore.commitChanges}: `data: null` deletes the path. */
export interface FileChange {
  path: string;
  data: Buffer | null;
  mode?: string;
}

function hashObject(type: string, body: Buffer): string {
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]))
    .digest('hex');
}

function sig(s: Signature): string {
  return `${s.name} <${s.email}> ${Math.floor(Date.parse(s.date) / 1000)} +0000`;
}

/** Object database and refs of one repository, in memory. */
export class GitStore {
  readonly objects = new Map<string, GitObject>();
  /** Fully qualified ref name (`refs/heads/main`) → SHA. */
  readonly refs = new Map<string, string>();

  /** The object with this SHA, if stored. */
  get(sha: string): GitObject | undefined {
    return this.objects.get(sha);
  }

  /** Stores a blob; returns its SHA. */
  writeBlob(data: Buffer): string {
    const sha = hashObject('blob', data);
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'blob', data });
    return sha;
  }

  /** Stores a tree (entries sorted the git way); returns its SHA. */
  writeTree(entries: TreeEntry[]): string {
    const key = (e: TreeEntry) => (e.type === 'tree' ? `${e.name}/` : e.name);
    const sorted = [...entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const body = Buffer.concat(
      sorted.map((e) =>
        Buffer.concat([
          Buffer.from(`${e.mode === '040000' ? '40000' : e.mode} ${e.name}\0`),
          Buffer.from(e.sha, 'hex'),
        ]),
      ),
    );
    const sha = hashObject('tree', body);
    if (!this.objects.has(sha)) this.objects.set(sha, { type: 'tree', entries: sorted });
    return sha;
  }

  /** Stores a commit; returns its SHA. */
  writeCommit(c: Omit<Extract<GitObject, { type: 'commit' }>, 'type'>): string {
    const text = [
      `tree ${c.tree}`,
      ...c.parents.map((p) => `parent ${p}`),
      `author ${sig(c.author)}`,
      `committer ${sig(c.committer)}`,
      '',
      c.message,
    ].join('\n');
    const sha = hashObject('commit', Buffer.from(text));
    this.objects.set(sha, { type: 'commit', ...c });
    return sha;
  }

  /** Stores an annotated tag object; returns its SHA. */
  writeTag(t: Omit<Extract<GitObject, { type: 'tag' }>, 'type'>): string {
    const text = `object ${t.object}\ntype ${t.objectType}\ntag ${t.tag}\ntagger ${sig(t.tagger)}\n\n${t.message}`;
    const sha = hashObject('tag', Buffer.from(text));
    this.objects.set(sha, { type: 'tag', ...t });
    return sha;
  }

  /** Writes a nested tree from a flat `path → {sha, mode}` map; returns the root SHA. */
  buildTree(flat: Map<string, { sha: string; mode: string }>): string {
    const root: Record<string, unknown> = {};
    for (const [path, entry] of flat) {
      const parts = path.split('/');
      let dir = root;
      for (const p of parts.slice(0, -1)) {
        dir[`${p}/`] ??= {};
        dir = dir[`${p}/`] as Record<string, unknown>;
      }
      dir[parts.at(-1)!] = entry;
    }
    const write = (dir: Record<string, unknown>): string => {
      const entries: TreeEntry[] = Object.entries(dir).map(([name, v]) => {
        if (name.endsWith('/')) {
          return { name: name.slice(0, -1), mode: '040000', type: 'tree', sha: write(v as Record<string, unknown>) };
        }
        const e = v as { sha: string; mode: string };
        return { name, mode: e.mode, type: e.mode === '160000' ? 'commit' : 'blob', sha: e.sha };
      });
      return this.writeTree(entries);
    };
    return write(root);
  }

  /** Every blob under a tree, by full path. */
  flatten(treeSha: string, prefix = ''): Map<string, { sha: string; mode: string }> {
    const out = new Map<string, { sha: string; mode: string }>();
    const tree = this.get(treeSha);
    if (tree?.type !== 'tree') return out;
    for (const e of tree.entries) {
      const p = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.type === 'tree') for (const [k, v] of this.flatten(e.sha, p)) out.set(k, v);
      else out.set(p, { sha: e.sha, mode: e.mode });
    }
    return out;
  }

  /** Resolves a branch, tag, full ref or SHA to a commit SHA. */
  resolveCommit(ref: string): string | undefined {
    for (const name of [ref, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
      let sha = this.refs.get(name);
      for (let i = 0; sha && i < 5; i++) {
        const o = this.get(sha);
        if (o?.type === 'commit') return sha;
        sha = o?.type === 'tag' ? o.object : undefined;
      }
    }
    return this.get(ref)?.type === 'commit' ? ref : undefined;
  }

  /** The tree entry at `path` in a commit (the root tree for an empty path). */
  lookup(commitSha: string, path: string): TreeEntry | undefined {
    const c = this.get(commitSha);
    if (c?.type !== 'commit') return undefined;
    let cur: TreeEntry = { name: '', mode: '040000', type: 'tree', sha: c.tree };
    for (const part of path.split('/').filter(Boolean)) {
      const tree = this.get(cur.sha);
      if (tree?.type !== 'tree') return undefined;
      const next = tree.entries.find((e) => e.name === part);
      if (!next) return undefined;
      cur = next;
    }
    return cur;
  }

  /** Creates a commit on top of `parent` applying the changes; returns the new commit SHA. */
  commitChanges(
    parent: string | undefined,
    changes: FileChange[],
    meta: { message: string; author: Signature; committer?: Signature; verified?: boolean },
  ): string {
    const base = parent ? this.get(parent) : undefined;
    const flat = base?.type === 'commit' ? this.flatten(base.tree) : new Map<string, { sha: string; mode: string }>();
    for (const ch of changes) {
      if (ch.data === null) {
        flat.delete(ch.path);
        for (const k of [...flat.keys()]) if (k.startsWith(`${ch.path}/`)) flat.delete(k);
      } else {
        flat.set(ch.path, { sha: this.writeBlob(ch.data), mode: ch.mode ?? flat.get(ch.path)?.mode ?? '100644' });
      }
    }
    return this.writeCommit({
      tree: this.buildTree(flat),
      parents: parent ? [parent] : [],
      message: meta.message,
      author: meta.author,
      committer: meta.committer ?? meta.author,
      verified: meta.verified ?? false,
    });
  }
}
