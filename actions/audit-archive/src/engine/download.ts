import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { errorMessage } from '../../../../shared/core/errors.js';
import { listSegments } from '../../../../shared/audit/audit-log.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import type { AuditArtifact } from './collect.js';

/** One audit log found in an artifact: the folder holding its segments, oldest first. */
export interface ExtractedLog {
  /** Folder inside the artifact, e.g. `1234-1` (the run-attempt folder AuditLog writes). */
  folder: string;
  dir: string;
  segments: string[];
}

/** What one artifact yielded. */
export type Extraction = { ok: true; logs: ExtractedLog[] } | { ok: false; reason: string };

/** Largest artifact downloaded (audit logs rotate at 10 MiB a segment; anything far bigger is not one). */
export const MAX_ARTIFACT_BYTES = 200 * 1024 * 1024;

/** True for a zip entry name that stays inside the folder it is extracted to. */
export function safeEntryName(name: string): boolean {
  return (
    name !== '' &&
    !name.startsWith('/') &&
    !name.includes('\\') &&
    !name.split('/').some((p) => p === '..' || p === '.')
  );
}

/**
 * Extracts the `.jsonl` entries of an artifact zip under `dest`, refusing entry names that would escape
 * it (a zip is untrusted input), and groups them into logs by folder.
 */
export function extractAuditZip(zip: Uint8Array, dest: string): Extraction {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, { filter: (f) => f.name.endsWith('.jsonl') });
  } catch (error) {
    return { ok: false, reason: `not a readable zip archive: ${errorMessage(error)}` };
  }
  const folders = new Set<string>();
  for (const [name, data] of Object.entries(entries)) {
    if (!safeEntryName(name)) return { ok: false, reason: `unsafe path in archive: ${JSON.stringify(name)}` };
    const path = join(dest, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
    folders.add(name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : '');
  }
  const logs = [...folders].sort().map((folder) => {
    const dir = folder ? join(dest, folder) : dest;
    return { folder, dir, segments: listSegments(dir) };
  });
  return { ok: true, logs: logs.filter((l) => l.segments.length > 0) };
}

/** Downloads an artifact's zip through the REST API (GitHub answers with a redirect to blob storage) and extracts it. */
export async function downloadAuditArtifact(github: GitHubClient, a: AuditArtifact, dest: string): Promise<Extraction> {
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
  return extractAuditZip(new Uint8Array(data), dest);
}
