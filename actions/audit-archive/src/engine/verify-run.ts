import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UserError } from '../../../../shared/core/errors.js';
import type { ArchiveStore, StoreKind } from './stores/store.js';
import { unzipFiles } from './stores/store.js';
import { type PartVerdict, splitParts, verifyPart } from './verify-part.js';
import type { IntegrityProblem } from './verify-log.js';

/** What verify mode checks: a week in one of the stores, or a downloaded archive (zip or folder). */
export type VerifySource = { store: StoreKind; week: string } | { path: string };

/** The verdict on an archive. */
export interface ArchiveVerdict {
  source: string;
  parts: PartVerdict[];
  problems: IntegrityProblem[];
}

/** Every file under `dir`, by path relative to it with forward slashes. */
function readTree(dir: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p).split('\\').join('/'), new Uint8Array(readFileSync(p)));
    }
  };
  walk(dir);
  return out;
}

/**
 * Re-checks an archive: reads the week from its store (branch folder with its addenda, the release's
 * zips, or the artifacts), or a local zip or folder, splits it into parts by their manifests and
 * verifies each (verifyPart). A file outside every part, or no part at all, is a problem too.
 */
export async function verifyArchive(source: VerifySource, stores: readonly ArchiveStore[]): Promise<ArchiveVerdict> {
  let files: Map<string, Uint8Array>;
  let label: string;
  if ('path' in source) {
    if (!existsSync(source.path)) throw new UserError(`archive to verify not found: ${source.path}`);
    files = statSync(source.path).isDirectory()
      ? readTree(source.path)
      : unzipFiles(new Uint8Array(readFileSync(source.path)));
    label = source.path;
  } else {
    const store = stores.find((s) => s.kind === source.store);
    if (!store) throw new UserError(`no ${source.store} store configured to verify ${source.week} in`);
    const read = await store.read(source.week);
    label = `${source.week} in ${store.location}`;
    if (!read)
      return {
        source: label,
        parts: [],
        problems: [{ log: label, kind: 'missing', what: 'the week is not in the archive' }],
      };
    files = read;
  }
  const { parts, orphans } = splitParts(files);
  const problems: IntegrityProblem[] = orphans.map((p) => ({
    log: p,
    kind: 'archive-file',
    what: 'not inside any part with a manifest (added)',
  }));
  if (parts.size === 0)
    problems.push({ log: label, kind: 'archive-file', what: 'no manifest.json: not an audit archive' });
  const verdicts = [...parts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([dir, f]) => verifyPart(dir, f));
  return { source: label, parts: verdicts, problems: [...problems, ...verdicts.flatMap((v) => v.problems)] };
}
