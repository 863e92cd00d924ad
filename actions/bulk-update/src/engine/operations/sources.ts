import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ConfigError, InputError } from '../../../../../shared/core/errors.js';
import { resolveWorkspacePath } from '../../../../../shared/paths/workspace-path.js';

/** One file of the calling repository to sync. */
export interface SourceFile {
  /** Path in the target repository. */
  target: string;
  content: Buffer;
}

/**
 * Resolves `p` inside `root` with the shared, symlink-safe resolveWorkspacePath; a path escaping the
 * workspace or missing is a ConfigError naming where in the configuration it came from.
 */
function insideWorkspace(root: string, p: string, where: string): string {
  let full: string;
  try {
    full = resolveWorkspacePath(root, p, { inputName: where });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new ConfigError(`${where}: ${p}: ${error.allowed}`);
  }
  if (!existsSync(full)) throw new ConfigError(`${where}: ${p} does not exist in the workspace`);
  return full;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
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
