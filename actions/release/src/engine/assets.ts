import { glob, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../../../shared/core/errors.js';
import { resolveWorkspacePath } from '../../../../shared/paths/workspace-path.js';

/** A file to attach to the release: its asset name (the file name) and where it is. */
export interface AssetFile {
  name: string;
  file: string;
  size: number;
}

/**
 * The files the `assets` globs match in the workspace, each checked to stay inside it. A glob that
 * matches no file, or two files with the same name (GitHub names assets by file name), stops the
 * release before its first write.
 */
export async function resolveAssets(workspace: string, globs: readonly string[]): Promise<AssetFile[]> {
  const out: AssetFile[] = [];
  for (const pattern of globs) {
    let found = 0;
    for await (const rel of glob(pattern, { cwd: workspace })) {
      const file = resolveWorkspacePath(workspace, rel, { inputName: 'assets', mustExist: true });
      const info = await stat(file);
      if (!info.isFile()) continue;
      found++;
      const name = path.basename(file);
      const twin = out.find((a) => a.name === name);
      if (twin && twin.file !== file)
        throw new UserError(`assets: ${rel} and ${path.relative(workspace, twin.file)} would both be named ${name}`);
      if (!twin) out.push({ name, file, size: info.size });
    }
    if (found === 0)
      throw new UserError(
        `Input 'assets': ${pattern} matches no file in the workspace (expected globs of files to attach).`,
      );
  }
  return out;
}

/** The bytes of an asset, read when it is uploaded. */
export function readAsset(a: AssetFile): Promise<Buffer> {
  return readFile(a.file);
}
