import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** One regular file found by the walk. */
export interface WalkedFile {
  /** Relative to the root, forward slashes. */
  path: string;
  absolute: string;
  size: number;
  mode: number;
}

interface Layer {
  /** Directory of the .gitignore, relative to the root ('' for the root). */
  base: string;
  ig: Ignore;
}

/**
 * Lists regular files under `root` (symlinks are not followed), skipping `.git`, paths matched by
 * `ignorePatterns` (gitignore syntax, relative to root) and by every `.gitignore` on the way down,
 * each applied relative to its own directory as Git does.
 */
export function walk(root: string, ignorePatterns: readonly string[]): WalkedFile[] {
  const out: WalkedFile[] = [];
  const configured = ignorePatterns.length > 0 ? ignore().add([...ignorePatterns]) : undefined;
  const visit = (dir: string, rel: string, layers: Layer[]) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    let scoped = layers;
    if (names.includes('.gitignore')) {
      try {
        scoped = [...layers, { base: rel, ig: ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8')) }];
      } catch {
        // An unreadable .gitignore is treated as absent.
      }
    }
    for (const name of names) {
      if (name === '.git') continue;
      const relPath = rel ? `${rel}/${name}` : name;
      const absolute = join(dir, name);
      let st: ReturnType<typeof lstatSync>;
      try {
        st = lstatSync(absolute);
      } catch {
        continue;
      }
      const isDir = st.isDirectory();
      if (!st.isFile() && !isDir) continue;
      const probe = isDir ? `${relPath}/` : relPath;
      if (configured?.ignores(probe)) continue;
      if (scoped.length > 0 && scoped.some((l) => l.ig.ignores(l.base ? probe.slice(l.base.length + 1) : probe)))
        continue;
      if (isDir) visit(absolute, relPath, scoped);
      else out.push({ path: relPath, absolute, size: st.size, mode: st.mode & 0o7777 });
    }
  };
  visit(root, '', []);
  return out;
}
