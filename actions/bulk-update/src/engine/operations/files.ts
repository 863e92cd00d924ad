import { posix } from 'node:path';
import { gitBlobSha } from '../blob-sha.js';
import type { FileChange, RepoState } from '../model.js';
import type { RepoInfo } from '../repos.js';
import { renderTemplate, type TemplateValues } from '../template.js';
import type { FilesOperation } from './schemas.js';
import { readSources } from './sources.js';
import type { OperationPlugin, PreparedOperation } from './types.js';

interface SyncItem {
  target: string;
  content: Buffer;
  /** Raw content, when the file is a template rendered per repository. */
  template?: string;
  oid: string;
  replace: boolean;
}

/** The values a template sees for one repository. */
export function templateValues(repo: RepoInfo, state: Pick<RepoState, 'defaultBranch'>): TemplateValues {
  return {
    repo: {
      name: repo.name,
      owner: repo.owner,
      fullName: repo.fullName,
      defaultBranch: state.defaultBranch || repo.defaultBranch,
    },
    properties: repo.properties,
  };
}

/** Sync files from the calling repository; see filesOperationSchema for the rules. */
export const filesPlugin: OperationPlugin<FilesOperation> = {
  type: 'files',
  async prepare(op, ctx): Promise<PreparedOperation> {
    const items: SyncItem[] = [];
    const orphanDirs = new Map<string, Set<string>>();
    const deletes: string[] = [];
    const renames: { from: string; to: string }[] = [];
    op.files.forEach((entry, i) => {
      const where = `operations files.files.${i}`;
      if ('delete' in entry) deletes.push(entry.delete);
      else if ('rename' in entry) renames.push(entry.rename);
      else {
        const { files, folder } = readSources(ctx.workspace, entry.source, entry.target ?? entry.source, where);
        for (const f of files) {
          const item: SyncItem = {
            target: f.target,
            content: f.content,
            oid: gitBlobSha(f.content),
            replace: entry.replace,
          };
          if (entry.template) item.template = f.content.toString('utf8');
          items.push(item);
          if (folder && entry.orphans === 'delete') {
            const dir = posix.dirname(f.target);
            if (!orphanDirs.has(dir)) orphanDirs.set(dir, new Set());
            orphanDirs.get(dir)!.add(f.target);
          }
        }
      }
    });
    return {
      needs(n) {
        for (const it of items) n.files.add(it.target);
        for (const d of deletes) n.files.add(d);
        for (const r of renames) {
          n.files.add(r.from);
          n.files.add(r.to);
          n.texts.add(r.from);
        }
        for (const d of orphanDirs.keys()) n.dirs.add(d);
      },
      plan(repo, state) {
        const changes: FileChange[] = [];
        const notes: string[] = [];
        const claimed = new Set<string>();
        const values = templateValues(repo, state);
        for (const it of items) {
          claimed.add(it.target);
          const content =
            it.template === undefined
              ? it.content
              : Buffer.from(renderTemplate(it.template, values, it.target), 'utf8');
          const oid = it.template === undefined ? it.oid : gitBlobSha(content);
          const current = state.files.get(it.target) ?? null;
          if (current === oid) continue;
          if (current !== null && !it.replace) {
            notes.push(`${it.target}: kept the repository's own version (replace: false)`);
            continue;
          }
          changes.push({ path: it.target, kind: current === null ? 'add' : 'update', content, oid });
        }
        for (const [dir, keep] of orphanDirs) {
          for (const e of state.dirs.get(dir) ?? []) {
            if (!keep.has(e.path) && !claimed.has(e.path)) {
              changes.push({ path: e.path, kind: 'delete', note: 'removed from the source folder' });
              claimed.add(e.path);
            }
          }
        }
        for (const r of renames) {
          const fromOid = state.files.get(r.from) ?? null;
          const text = state.texts.get(r.from) ?? null;
          if (fromOid === null || claimed.has(r.from)) continue;
          if (text !== null && state.files.get(r.to) !== fromOid && !claimed.has(r.to)) {
            const content = Buffer.from(text, 'utf8');
            changes.push({
              path: r.to,
              kind: state.files.get(r.to) ? 'update' : 'add',
              content,
              oid: gitBlobSha(content),
              note: `renamed from ${r.from}`,
            });
          }
          changes.push({ path: r.from, kind: 'delete', note: `renamed to ${r.to}` });
          claimed.add(r.from).add(r.to);
        }
        for (const d of deletes) {
          if (!claimed.has(d) && (state.files.get(d) ?? null) !== null) changes.push({ path: d, kind: 'delete' });
        }
        return { files: changes, notes };
      },
    };
  },
};
