import { strFromU8, unzipSync, zipSync } from 'fflate';
import type { ArchivePart, Manifest } from '../part.js';

/** Where archives are kept. */
export const STORE_KINDS = ['branch', 'release', 'artifact'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

/** What storing a part did. */
export type PutResult = 'written' | 'present' | 'skipped';

/** A part already stored: its week, part and the artifacts it holds (`owner/repo#artifactId`). */
export interface StoredPart {
  week: string;
  part: string;
  artifacts: string[];
}

/** One durable store of the archive. Each is idempotent: a part already there is never written again. */
export interface ArchiveStore {
  readonly kind: StoreKind;
  /** Where it is, for the summary: `owner/repo@audit-archive`, a release tag, artifact names. */
  readonly location: string;
  /** The parts stored for these weeks (their manifests): the index that makes a re-run change nothing. */
  index(weeks: readonly string[]): Promise<StoredPart[]>;
  /**
   * Stores a part unless the store already has a part of that week and name; `skipped` (with a
   * warning logged) when the store cannot be written here, e.g. artifacts outside a runner.
   */
  put(part: ArchivePart): Promise<PutResult>;
  /** Every file of a week (main part and addenda), paths relative to the week's folder; undefined when absent. */
  read(week: string): Promise<Map<string, Uint8Array> | undefined>;
}

/** The key the index uses for an artifact. */
export const artifactKey = (a: { repository: string; artifactId: number }) => `${a.repository}#${a.artifactId}`;

/** A StoredPart from a manifest. */
export function storedPart(m: Manifest): StoredPart {
  return { week: m.week, part: m.part, artifacts: m.logs.map(artifactKey) };
}

/** A part as one zip (release asset, downloaded file): its files under the part's own folder, fixed dates. */
export function zipPart(part: ArchivePart): Uint8Array {
  const mtime = new Date('1980-01-01T00:00:00Z');
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 0 | 6 }]> = {};
  for (const [path, data] of [...part.files.entries()].sort(([a], [b]) => a.localeCompare(b)))
    entries[`${part.dir}/${path}`] = [data, { mtime, level: path.endsWith('.gz') || path.endsWith('.zip') ? 0 : 6 }];
  return zipSync(entries);
}

/** The files of a zip, by path; the manifest of each part inside is found by splitParts. */
export function unzipFiles(zip: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(zip)).filter(([p]) => !p.endsWith('/')));
}

/** The manifest.json of a part folder inside a zip of that part. */
export function manifestInZip(zip: Uint8Array): Manifest | undefined {
  const entry = Object.entries(unzipSync(zip, { filter: (f) => f.name.endsWith('manifest.json') })).sort(
    ([a], [b]) => a.length - b.length,
  )[0];
  return entry ? (JSON.parse(strFromU8(entry[1])) as Manifest) : undefined;
}
