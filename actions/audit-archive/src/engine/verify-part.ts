import { strFromU8 } from 'fflate';
import { errorMessage } from '../../../../shared/core/errors.js';
import { parseAuditArtifactName } from './artifact-name.js';
import { verifyArtifactZip } from './gather.js';
import { MANIFEST_FORMAT, type Manifest, mergeRecords, sha256Hex } from './part.js';
import type { IntegrityProblem } from './verify-log.js';

/** The verdict on one stored part. */
export interface PartVerdict {
  /** Folder of the part in what was verified (`2026-W48`, `2026-W48/addendum-1`, or `` for a bare part). */
  dir: string;
  week?: string;
  part?: string;
  logs: number;
  records: number;
  problems: IntegrityProblem[];
}

/** Splits the files of an archive (paths relative to its root) into parts: each folder holding a manifest.json. */
export function splitParts(files: ReadonlyMap<string, Uint8Array>): {
  parts: Map<string, Map<string, Uint8Array>>;
  orphans: string[];
} {
  const dirs = [...files.keys()]
    .filter((p) => p === 'manifest.json' || p.endsWith('/manifest.json'))
    .map((p) => p.slice(0, -'manifest.json'.length).replace(/\/$/, ''))
    .sort((a, b) => b.length - a.length); // deepest first: an addendum is inside its week
  const parts = new Map<string, Map<string, Uint8Array>>(dirs.map((d) => [d, new Map()]));
  const orphans: string[] = [];
  for (const [path, data] of files) {
    const dir = dirs.find((d) => d === '' || path.startsWith(`${d}/`));
    if (dir === undefined) orphans.push(path);
    else parts.get(dir)!.set(dir === '' ? path : path.slice(dir.length + 1), data);
  }
  return { parts, orphans };
}

/**
 * Re-checks one stored part against its manifest and every chain: each listed file present with its
 * SHA-256, no file that the manifest does not list, each artifact's logs verified again (a log that
 * was intact when archived must still be), and the merged records rebuilt byte for byte.
 */
export function verifyPart(dir: string, files: ReadonlyMap<string, Uint8Array>): PartVerdict {
  const problems: IntegrityProblem[] = [];
  const where = (p: string) => (dir ? `${dir}/${p}` : p);
  const add = (log: string, what: string, record?: number) =>
    problems.push({ log, kind: 'archive-file', what, ...(record === undefined ? {} : { record }) });
  const raw = files.get('manifest.json');
  let manifest: Manifest;
  try {
    manifest = JSON.parse(strFromU8(raw!)) as Manifest;
    if (manifest.format !== MANIFEST_FORMAT) throw new Error(`unknown format ${JSON.stringify(manifest.format)}`);
  } catch (error) {
    add(where('manifest.json'), `manifest unreadable: ${errorMessage(error)}`);
    return { dir, logs: 0, records: 0, problems };
  }
  const listed = new Set(['manifest.json']);
  for (const f of [...manifest.logs, ...manifest.outputs]) {
    listed.add(f.path);
    const data = files.get(f.path);
    if (!data) add(where(f.path), 'listed in the manifest but missing (removed)');
    else if (sha256Hex(data) !== f.sha256)
      add(where(f.path), `SHA-256 ${sha256Hex(data)} differs from the manifest's ${f.sha256} (edited)`);
  }
  for (const path of files.keys()) if (!listed.has(path)) add(where(path), 'not listed in the manifest (added)');
  const verified = [];
  for (const l of manifest.logs) {
    const data = files.get(l.path);
    const parsed = parseAuditArtifactName(l.name);
    if (!data || !parsed) continue;
    const g = verifyArtifactZip(
      {
        repository: l.repository,
        owner: l.repository.split('/')[0]!,
        repo: l.repository.split('/')[1]!,
        id: l.artifactId,
        name: l.name,
        action: l.action,
        runId: l.runId,
        nameRunId: parsed.runId,
        runAttempt: l.runAttempt,
        createdAt: l.createdAt,
        sizeInBytes: data.length,
        expired: false,
        ...(l.digest ? { digest: l.digest } : {}),
      },
      data,
      !l.digest ? 'absent' : l.digest === `sha256:${sha256Hex(data)}` ? 'match' : 'mismatch',
      sha256Hex(data),
    );
    verified.push(g);
    const now = [...g.problems, ...g.logs.flatMap((x) => x.problems)];
    // A log archived with problems keeps them (the manifest says so); one archived intact must still be.
    if (l.verification === 'intact') problems.push(...now);
  }
  const records = verified.flatMap((g) => g.logs);
  const merged = mergeRecords(records);
  const recorded = manifest.outputs.find((o) => o.path === 'records.jsonl.gz');
  if (recorded && files.has('records.jsonl.gz') && sha256Hex(merged.gz) !== recorded.sha256)
    add(where('records.jsonl.gz'), 'the merged records do not match the archived logs');
  return { dir, week: manifest.week, part: manifest.part, logs: manifest.logs.length, records: merged.count, problems };
}
