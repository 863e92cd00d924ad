import { lstatSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { errorCode, InputError, UserError } from '../core/errors.js';

/** Options of {@link resolveWorkspacePath}. */
export interface WorkspacePathOptions {
  /** The input the path came from, named in errors. Default `path`. */
  inputName?: string;
  /** Reject paths that do not exist. */
  mustExist?: boolean;
}

/** True when `child` is `parent` or lies under it (both absolute and normalized). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * The real path of `target`: its longest existing ancestor resolved through symlinks, plus the
 * parts that do not exist yet (a file an action is about to create).
 */
function realPathOf(target: string): { real: string; exists: boolean } {
  const missing: string[] = [];
  let current = target;
  for (;;) {
    try {
      lstatSync(current);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      const parent = path.dirname(current);
      if (parent === current) return { real: target, exists: false };
      missing.push(path.basename(current));
      current = parent;
      continue;
    }
    // Throws for a dangling symlink: its target is unknown (and writing through it could land
    // anywhere), so the caller refuses it.
    const real = realpathSync.native(current);
    return { real: path.join(real, ...missing.reverse()), exists: missing.length === 0 };
  }
}

/**
 * Resolves a path input (absolute, or relative to the workspace) and guarantees it stays inside the
 * workspace: `..` escapes, absolute paths elsewhere, and symlinks (of the path or any parent) whose
 * real path leaves the workspace are all refused with an InputError naming the input. Returns the
 * normalized absolute path as written (not the symlink-resolved one), which has been checked.
 */
export function resolveWorkspacePath(workspace: string, p: string, opts: WorkspacePathOptions = {}): string {
  const inputName = opts.inputName ?? 'path';
  const refuse = (why: string): never => {
    throw new InputError(inputName, p, why);
  };
  if (p.trim() === '') refuse('expected a path inside the workspace');
  if (p.includes('\0')) refuse('a path must not contain NUL bytes');

  const root = path.resolve(workspace);
  let realRoot: string;
  try {
    realRoot = realpathSync.native(root);
  } catch {
    throw new UserError(`The workspace ${root} does not exist.`);
  }
  const target = path.resolve(root, p);
  // An absolute input may name the workspace by its real path (e.g. when the workspace is a symlink).
  if (!isInside(root, target) && !isInside(realRoot, target)) {
    refuse(`the path must stay inside the workspace ${root}`);
  }

  let resolved: { real: string; exists: boolean };
  try {
    resolved = realPathOf(target);
  } catch {
    return refuse('the path is a symlink that cannot be resolved');
  }
  if (!isInside(realRoot, resolved.real)) {
    refuse(`the path leads outside the workspace through a symlink (to ${resolved.real})`);
  }
  if (opts.mustExist && !resolved.exists) refuse('the path does not exist');
  return target;
}
