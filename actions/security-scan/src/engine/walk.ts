import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** One regular file found by the walk (its size and mode are read when it is opened). */
export interface WalkedFile {
  /** Relative to the root, forward slashes. */
  path: string;
  absolute: string;
}

interface Layer {
  /** Directory of the .gitignore, relative to the root ('' for the root). */
  base: string;
  ig: Ignore;
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Lists regular files under `root` (symlinks are not followed), skipping `.git`, paths matched by
 * `ignorePatterns` (gitignore syntax, relative to root) and by every `.gitignore` on the way down,
 * each applied relative to its own directory as Git does. Entry types come from the directory
 * listing itself (no stat per entry; Node falls back to lstat where the file system gives none).
 */
export function walk(root: string, ignorePatterns: readonly string[]): WalkedFile[] {
  const out: WalkedFile[] = [];
  const configured = ignorePatterns.length > 0 ? ignore().add([...ignorePatterns]) : undefined;
  const visit = (dir: string, rel: string, layers: Layer[]) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
    } catch {
      return;
    }
    let scoped = layers;
    if (entries.some((e) => e.name === '.gitignore')) {
      try {
        scoped = [...layers, { base: rel, ig: ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8')) }];
      } catch {
        // An unreadable .gitignore is treated as absent.
      }
    }
    for (const entry of entries) {
      const name = entry.name;
      if (name === '.git') continue;
      const isDir = entry.isDirectory();
      if (!isDir && !entry.isFile()) continue;
      const relPath = rel ? `${rel}/${name}` : name;
      const probe = isDir ? `${relPath}/` : relPath;
      if (configured?.ignores(probe)) continue;
      if (scoped.length > 0 && scoped.some((l) => l.ig.ignores(l.base ? probe.slice(l.base.length + 1) : probe)))
        continue;
      const absolute = `${dir}/${name}`;
      if (isDir) visit(absolute, relPath, scoped);
      else out.push({ path: relPath, absolute });
    }
  };
  visit(root, '', []);
  return out;
}
