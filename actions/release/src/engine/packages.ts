import { errorMessage, isUserError, UserError } from '../../../../shared/core/errors.js';
import { type ReleaseOptions, type ReleaseResult, runReleaseEngine } from './release.js';
import type { VersionFile } from './version-files.js';

/** A package of a monorepo: its name (tag prefix `<name>-v`) and folder. */
export interface PackageSpec {
  name: string;
  path: string;
}

/** Parses one line of the `packages` input, `name: path`; a reason string when it is not valid. */
export function parsePackage(line: string): PackageSpec | string {
  const m = /^([A-Za-z0-9][\w.-]*)\s*:\s*(\S+)$/.exec(line.trim());
  if (!m) return 'expected name: path, e.g. api: packages/api';
  return { name: m[1]!, path: m[2]!.replace(/^\.\//, '').replace(/\/$/, '') };
}

const inside = (dir: string, file: string) => `${dir}/${file}`;

/**
 * Releases each package in turn, as its own all-or-nothing release: tags `<name>-v<version>`, only
 * commits touching its folder counted, its changelog and version files read relative to its folder.
 * Packages are released one after the other, each release commit on top of the previous one; a
 * failure stops the run (packages already released stay released, a re-run completes the rest).
 */
export async function releasePackages(
  base: ReleaseOptions,
  packages: readonly PackageSpec[],
): Promise<{ name: string; result: ReleaseResult }[]> {
  const out: { name: string; result: ReleaseResult }[] = [];
  for (const p of packages) {
    const versionFiles = base.versionFiles?.map((f): VersionFile => ({ ...f, path: inside(p.path, f.path) }));
    try {
      const result = await runReleaseEngine({
        ...base,
        pkg: { prefix: `${p.name}-v`, path: p.path },
        ...(base.changelogFile ? { changelogFile: inside(p.path, base.changelogFile) } : {}),
        ...(versionFiles ? { versionFiles } : {}),
      });
      out.push({ name: p.name, result });
    } catch (error) {
      const done = out.filter((x) => x.result.status === 'published').map((x) => x.result.tag);
      const message = `package ${p.name}: ${errorMessage(error)}${done.length > 0 ? ` (released before it: ${done.join(', ')})` : ''}`;
      throw isUserError(error) ? new UserError(message) : new Error(message, { cause: error });
    }
  }
  return out;
}
