import { AuditFormatError, readAuditFile } from './audit-file.js';
import type { AuditRecord } from './audit-record.js';
import { GENESIS_HASH, recordHash } from './canonical.js';

/** Outcome of a chain check: either intact, or the first bad record and why. */
export type ChainVerification =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; index: number; reason: string; file?: string };

/** Options of verifyAuditChain. */
export interface VerifyOptions {
  /**
   * The chain must start at seq 0 with GENESIS_HASH (default true). Set false to check a tail of the
   * log whose older segments were archived elsewhere.
   */
  fromGenesis?: boolean;
  /**
   * The hash the last record must have (e.g. `AuditLog.head` recorded at the end of the run). Without
   * it, records cut off the end of the log cannot be detected: nothing follows them to notice.
   */
  expectedHead?: string;
}

/**
 * Checks that records form one unbroken hash chain: every record's hash matches its content, its
 * prevHash is the previous record's hash and seq counts up by one. Deletion, reordering or editing of
 * any record makes it fail at the first affected index. A failure of `expectedHead` is reported at
 * index `records.length` (records are missing after the last one).
 */
export function verifyAuditChain(records: readonly AuditRecord[], options: VerifyOptions = {}): ChainVerification {
  const fromGenesis = options.fromGenesis ?? true;
  const count = records.length;
  const fail = (index: number, reason: string): ChainVerification => ({ ok: false, count, index, reason });
  let prev: AuditRecord | undefined;
  for (const [index, record] of records.entries()) {
    if (typeof record.hash !== 'string' || typeof record.prevHash !== 'string' || !Number.isInteger(record.seq)) {
      return fail(index, 'record lacks seq, prevHash or hash');
    }
    if (record.hash !== recordHash(record)) {
      return fail(index, `hash does not match the record's content (record ${record.seq} was edited)`);
    }
    if (prev === undefined) {
      if (fromGenesis && record.seq !== 0) {
        return fail(index, `first record has seq ${record.seq}, expected 0 (records before it are missing)`);
      }
      if (fromGenesis && record.prevHash !== GENESIS_HASH) {
        return fail(index, 'first record does not start the chain (prevHash is not the genesis hash)');
      }
    } else {
      if (record.seq !== prev.seq + 1) {
        return fail(index, `seq ${record.seq} follows seq ${prev.seq} (records deleted or reordered)`);
      }
      if (record.prevHash !== prev.hash) {
        return fail(
          index,
          `prevHash does not match the hash of record ${prev.seq} (record deleted, reordered or edited)`,
        );
      }
    }
    prev = record;
  }
  const head = prev?.hash ?? GENESIS_HASH;
  if (options.expectedHead !== undefined && head !== options.expectedHead) {
    return fail(count, `chain ends at ${head}, expected ${options.expectedHead} (records missing at the end)`);
  }
  return { ok: true, count, head };
}

/**
 * Reads segments (oldest first) and verifies them as one chain. A line that is not a record fails at
 * the index it would have had; `file` names the segment holding the bad record.
 */
export function verifyAuditFiles(paths: readonly string[], options: VerifyOptions = {}): ChainVerification {
  const records: AuditRecord[] = [];
  const owner: string[] = [];
  for (const path of paths) {
    try {
      const recs = readAuditFile(path);
      records.push(...recs);
      owner.push(...recs.map(() => path));
    } catch (error) {
      if (!(error instanceof AuditFormatError)) throw error;
      const index = records.length + error.recordsBefore;
      return { ok: false, count: index, index, reason: error.message, file: path };
    }
  }
  const result = verifyAuditChain(records, options);
  if (result.ok) return result;
  const file = owner[result.index] ?? owner[owner.length - 1];
  return file === undefined ? result : { ...result, file };
}
