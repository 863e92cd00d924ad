import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { errorMessage } from '../core/errors.js';
import { SEVERITIES } from '../core/finding.js';
import { AUDIT_TYPES, type AuditRecord } from './audit-record.js';

/** A line of an audit file that is not a well-formed record; names the file and the 1-based line. */
export class AuditFormatError extends Error {
  override name = 'AuditFormatError';
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
    /** How many good records of this file came before the bad line. */
    readonly recordsBefore = 0,
  ) {
    super(`${file}:${line}: not an audit record: ${reason}`);
  }
}

// Loose: unknown fields are kept, because dropping them would hide an added field from hash verification.
const recordSchema = z.looseObject({
  seq: z.number().int().nonnegative(),
  uuid: z.string(),
  time: z.string(),
  service: z.string(),
  type: z.enum(AUDIT_TYPES),
  name: z.string(),
  status: z.string(),
  transactionId: z.string().optional(),
  actor: z.string().optional(),
  runId: z.string().optional(),
  runAttempt: z.number().int().positive().optional(),
  severity: z.enum(SEVERITIES).optional(),
  data: z.record(z.string(), z.unknown()).optional(),
  prevHash: z.string(),
  hash: z.string(),
});

/** Name of the segment being written in `dir`. */
export function currentSegment(dir: string): string {
  return join(dir, 'audit.jsonl');
}

/** Rotated segments are `audit.<n>.jsonl` with n counting up from 1 in the order they were rotated. */
export function rotatedSegment(dir: string, n: number): string {
  return join(dir, `audit.${n}.jsonl`);
}

/** Rotated segments in `dir` with their numbers, oldest (lowest number) first. */
export function listRotated(dir: string): { file: string; n: number }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((f) => {
      const m = /^audit\.(\d+)\.jsonl$/.exec(f);
      return m ? [{ file: join(dir, f), n: Number(m[1]) }] : [];
    })
    .sort((a, b) => a.n - b.n);
}

/** Every segment of the log in `dir`, oldest first: `audit.1.jsonl`, `audit.2.jsonl`, …, `audit.jsonl`. */
export function listSegments(dir: string): string[] {
  const rotated = listRotated(dir).map((r) => r.file);
  const current = currentSegment(dir);
  return existsSync(current) ? [...rotated, current] : rotated;
}

/**
 * Parses one audit file. A final line without its newline that does not parse is the remains of a
 * write cut short by a crash (never acknowledged) and is skipped; any other bad line throws
 * AuditFormatError naming the file and line.
 */
export function parseAuditText(text: string, file = '<audit>'): AuditRecord[] {
  const lines = text.split('\n');
  const records: AuditRecord[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const last = i === lines.length - 1;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      if (last) return; // torn tail
      throw new AuditFormatError(file, i + 1, errorMessage(error), records.length);
    }
    const parsed = recordSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'record';
      throw new AuditFormatError(file, i + 1, `${where}: ${issue?.message ?? 'invalid'}`, records.length);
    }
    records.push(parsed.data as AuditRecord);
  });
  return records;
}

/** Reads and parses one audit file (see parseAuditText). */
export function readAuditFile(path: string): AuditRecord[] {
  return parseAuditText(readFileSync(path, 'utf8'), path);
}

/** Reads several segments in the order given (pass `AuditLog.files()` or `listSegments(dir)`: oldest first). */
export function readAuditFiles(paths: readonly string[]): AuditRecord[] {
  return paths.flatMap((p) => readAuditFile(p));
}
