import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { errorMessage } from '../../../../shared/core/errors.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import type { AuditArtifact } from './collect.js';

/** One audit log found in an artifact: its folder and its segments, oldest first. */
export interface ZippedLog {
  /** Folder inside the artifact, e.g. `1234-1` (the run-attempt folder AuditLog writes). */
  folder: string;
  segments: { name: string; text: string }[];
}

/** What one artifact zip holds. */
export type ZipContents = { ok: true; logs: ZippedLog[] } | { ok: false; reason: string };

/** Largest artifact downloaded (audit logs rotate at 10 MiB a segment; anything far bigger is not one). */
export const MAX_ARTIFACT_BYTES = 200 * 1024 * 1024;

/** True for a zip entry name that stays inside the folder it would be extracted to. */
export function safeEntryName(name: string): boolean {
  return (
    name !== '' &&
    !name.startsWith('/') &&
    !name.includes('\\') &&
    !name.split('/').some((p) => p === '..' || p === '.')
  );
}

/** Segment order: `audit.1.jsonl`, `audit.2.jsonl`, …, then the current `audit.jsonl` (shared/audit/audit-file.ts). */
function segmentRank(name: string): number {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const m = /^audit\.(\d+)\.jsonl$/.exec(base);
  return m ? Number(m[1]) : base === 'audit.jsonl' ? Number.MAX_SAFE_INTEGER : -1;
}

/**
 * Reads the audit segments of an artifact zip in memory, grouped into logs by folder. A zip is
 * untrusted input: an entry name that would escape its folder, or a `.jsonl` that is not an audit
 * segment, makes the whole artifact unreadable rather than silently skipped.
 */
export function readAuditZip(zip: Uint8Array): ZipContents {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, { filter: (f) => f.name.endsWith('.jsonl') });
  } catch (error) {
    return { ok: false, reason: `not a readable zip archive: ${errorMessage(error)}` };
  }
  const folders = new Map<string, { name: string; text: string }[]>();
  for (const [name, data] of Object.entries(entries)) {
    if (!safeEntryName(name)) return { ok: false, reason: `unsafe path in archive: ${JSON.stringify(name)}` };
    if (segmentRank(name) < 0) return { ok: false, reason: `unexpected file in archive: ${JSON.stringify(name)}` };
    const folder = name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : '';
    const list = folders.get(folder) ?? [];
    list.push({ name, text: strFromU8(data) });
    folders.set(folder, list);
  }
  const logs = [...folders.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([folder, segments]) => ({
      folder,
      segments: segments.sort((a, b) => segmentRank(a.name) - segmentRank(b.name)),
    }));
  return { ok: true, logs };
}

/** An artifact's bytes and whether they are the bytes GitHub recorded at upload. */
export type Download =
  | { ok: true; zip: Uint8Array; sha256: string; digest: 'match' | 'mismatch' | 'absent' }
  | { ok: false; reason: string };

/**
 * Downloads an artifact's zip through the REST API (GitHub answers with a redirect to blob storage) and
 * compares its SHA-256 with the `digest` GitHub recorded when the artifact was uploaded: an artifact
 * edited after upload, even with a consistently re-hashed chain inside, no longer matches.
 */
export async function downloadAuditArtifact(github: GitHubClient, a: AuditArtifact): Promise<Download> {
  if (a.expired) return { ok: false, reason: 'artifact expired before it was archived' };
  if (a.sizeInBytes > MAX_ARTIFACT_BYTES)
    return { ok: false, reason: `artifact is ${a.sizeInBytes} bytes, over the ${MAX_ARTIFACT_BYTES} limit` };
  let data: unknown;
  try {
    ({ data } = await github.rest.actions.downloadArtifact({
      owner: a.owner,
      repo: a.repo,
      artifact_id: a.id,
      archive_format: 'zip',
    }));
  } catch (error) {
    return { ok: false, reason: `download failed: ${errorMessage(error)}` };
  }
  if (!(data instanceof ArrayBuffer)) return { ok: false, reason: 'download did not return a zip archive' };
  const zip = new Uint8Array(data);
  const sha256 = createHash('sha256').update(zip).digest('hex');
  const digest = !a.digest ? 'absent' : a.digest.toLowerCase() === `sha256:${sha256}` ? 'match' : 'mismatch';
  return { ok: true, zip, sha256, digest };
}
