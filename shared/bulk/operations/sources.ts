import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../../action/errors.js';

/** One file of the calling repository to sync. */
export interface SourceFile {
  /** Path in the target repository. */
  target: string;
  content: Buffer;
}

/** Resolves `p` inside `root`, following symlinks; a path escaping the workspace is a ConfigError. */
export function insideWorkspace(root: string, p: string, where: string): string {
  const full = resolve(root, p);
  let real: string;
  try {
    real = realpathSync(full);
  } catch {
    throw new ConfigError(`${where}: ${p} does not exist in the workspace`);
  }
  const base = realpathSync(root);
  if (real !== base && !real.startsWith(base + sep)) throw new ConfigError(`${where}: ${p} is outside the workspace`);
  return real;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else if (entry.isFile()) out.push(p);
  }
  return out.sort();
}

/**
 * Reads a file, or every file under a folder, from the workspace. Folder files keep their relative
 * path under `target` (a folder path ending with `/`).
 */
export function readSources(
  workspace: string,
  source: string,
  target: string,
  where: string,
): { files: SourceFile[]; folder: boolean } {
  const real = insideWorkspace(workspace, source, where);
  if (statSync(real).isDirectory()) {
    const prefix = target.endsWith('/') ? target : `${target}/`;
    const files = walk(real).map((f) => ({
      target: `${prefix}${relative(real, f).split(sep).join('/')}`,
      content: readFileSync(f),
    }));
    return { files, folder: true };
  }
  return { files: [{ target, content: readFileSync(real) }], folder: false };
}
