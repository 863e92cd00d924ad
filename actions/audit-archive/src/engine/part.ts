import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { AuditRecord } from '../../../../shared/audit/audit-record.js';
import type { GatheredArtifact } from './gather.js';
import type { IntegrityProblem } from './verify-log.js';

/** Format tag of every manifest; a verifier refuses formats it does not know. */
export const MANIFEST_FORMAT = 'moko-audit-archive/1';

/** A file of a part with its SHA-256. */
export interface ManifestFile {
  path: string;
  sha256: string;
  bytes: number;
}

/** One archived artifact: GitHub's facts about it, its file in the part and its verification at archive time. */
export interface ManifestLog extends ManifestFile {
  repository: string;
  artifactId: number;
  name: string;
  action: string;
  runId: number;
  runAttempt: number;
  createdAt: string;
  digest: string | null;
  logs: { folder: string; records: number }[];
  verification: 'intact' | 'problem';
  problems: string[];
}

/** manifest.json: what a part holds, with the SHA-256 of every input and output file. */
export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  week: string;
  /** `main`, or `addendum-<n>` for logs that arrived after the week was archived. */
  part: string;
  createdAt: string;
  createdBy: { repository: string; runId: number; runAttempt: number };
  window: { since: string; until: string };
  runs: { repository: string; runId: number; attempts: number[] }[];
  /** Inputs: the artifacts exactly as GitHub served them (their bytes match GitHub's digest). */
  logs: ManifestLog[];
  /** Outputs derived from the inputs: merged records, reports. */
  outputs: ManifestFile[];
  records: number;
  verification: { ok: boolean; problems: IntegrityProblem[] };
}

/** A part ready to store: its folder (`2026-W48` or `2026-W48/addendum-1`) and its files by relative path. */
export interface ArchivePart {
  week: string;
  part: string;
  dir: string;
  files: Map<string, Uint8Array>;
  manifest: Manifest;
}

/** Folder of a part inside an archive: the week, and addenda below it. */
export const partDir = (week: string, part: string) => (part === 'main' ? week : `${week}/${part}`);

/** File name of a part outside a folder (release asset, artifact): `audit-2026-W48`, `audit-2026-W48-addendum-1`. */
export const partName = (week: string, part: string) => `audit-${week}${part === 'main' ? '' : `-${part}`}`;

/** Where an artifact's zip lives inside a part. */
export const logPath = (a: { repository: string; name: string }) => `logs/${a.repository}/${a.name}.zip`;

export const sha256Hex = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * The merged records of a part as gzip'd JSON Lines: one `{repository, log, record}` per audit record,
 * de-duplicated by record id (`uuid`), sorted by time, then log and seq. Built only from the artifact
 * zips, so a verifier can rebuild it and compare bytes (gzip without a file name or time is deterministic).
 */
export function mergeRecords(logs: readonly { repository: string; log: string; records: readonly AuditRecord[] }[]): {
  gz: Uint8Array;
  count: number;
} {
  const seen = new Set<string>();
  const rows: { repository: string; log: string; record: AuditRecord }[] = [];
  for (const l of logs)
    for (const record of l.records) {
      if (seen.has(record.uuid)) continue;
      seen.add(record.uuid);
      rows.push({ repository: l.repository, log: l.log, record });
    }
  rows.sort(
    (a, b) => a.record.time.localeCompare(b.record.time) || a.log.localeCompare(b.log) || a.record.seq - b.record.seq,
  );
  const text = rows.map((r) => `${JSON.stringify(r)}\n`).join('');
  return { gz: new Uint8Array(gzipSync(Buffer.from(text, 'utf8'), { level: 9 })), count: rows.length };
}

/** What a part is built from besides its artifacts. */
export interface PartContext {
  week: string;
  part: string;
  createdAt: Date;
  createdBy: Manifest['createdBy'];
  window: { since: Date; until: Date };
  /** report.json and report.csv of the part's logs. */
  report: { json: string; csv: string };
}

/** Builds a part: the artifact zips as they were downloaded, merged records, reports and the manifest. */
export function buildPart(artifacts: readonly GatheredArtifact[], ctx: PartContext): ArchivePart {
  const files = new Map<string, Uint8Array>();
  const logs: ManifestLog[] = [];
  const runs = new Map<string, { repository: string; runId: number; attempts: Set<number> }>();
  for (const g of artifacts) {
    if (!g.zip) continue; // nothing to keep: the report names it
    const a = g.artifact;
    const path = logPath(a);
    files.set(path, g.zip);
    const problems = [...g.problems, ...g.logs.flatMap((l) => l.problems)].map((p) => `${p.kind}: ${p.what}`);
    logs.push({
      path,
      sha256: sha256Hex(g.zip),
      bytes: g.zip.length,
      repository: a.repository,
      artifactId: a.id,
      name: a.name,
      action: a.action,
      runId: a.runId,
      runAttempt: a.runAttempt,
      createdAt: a.createdAt,
      digest: a.digest ?? null,
      logs: g.logs.map((l) => ({ folder: l.folder, records: l.contents.records })),
      verification: problems.length === 0 ? 'intact' : 'problem',
      problems,
    });
    const key = `${a.repository}#${a.runId}`;
    const run = runs.get(key) ?? { repository: a.repository, runId: a.runId, attempts: new Set<number>() };
    run.attempts.add(a.runAttempt);
    runs.set(key, run);
  }
  const merged = mergeRecords(artifacts.flatMap((g) => g.logs));
  const outputs: [string, Uint8Array][] = [
    ['records.jsonl.gz', merged.gz],
    ['report.json', Buffer.from(ctx.report.json, 'utf8')],
    ['report.csv', Buffer.from(ctx.report.csv, 'utf8')],
  ];
  for (const [p, data] of outputs) files.set(p, data);
  const problems = artifacts.flatMap((g) => [...g.problems, ...g.logs.flatMap((l) => l.problems)]);
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    week: ctx.week,
    part: ctx.part,
    createdAt: ctx.createdAt.toISOString(),
    createdBy: ctx.createdBy,
    window: { since: ctx.window.since.toISOString(), until: ctx.window.until.toISOString() },
    runs: [...runs.values()].map((r) => ({ ...r, attempts: [...r.attempts].sort((x, y) => x - y) })),
    logs,
    outputs: outputs.map(([path, data]) => ({ path, sha256: sha256Hex(data), bytes: data.length })),
    records: merged.count,
    verification: { ok: problems.length === 0, problems },
  };
  files.set('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  return { week: ctx.week, part: ctx.part, dir: partDir(ctx.week, ctx.part), files, manifest };
}
