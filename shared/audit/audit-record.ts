import type { Severity } from '../core/finding.js';

/** The three kinds of audit record. */
export const AUDIT_TYPES = ['event', 'security', 'transaction'] as const;
export type AuditType = (typeof AUDIT_TYPES)[number];

/** One line of an audit file (JSON Lines): the fields below, hashed in the RFC 8785 canonical form (canonical.ts, docs/audit.md). */
export interface AuditRecord {
  /** Position in the chain, 0 for the first record ever written to the log directory. */
  seq: number;
  /** Unique id of this record (crypto.randomUUID). */
  uuid: string;
  /** ISO-8601 time from the injected clock. */
  time: string;
  /** The action or tool that wrote the record. */
  service: string;
  type: AuditType;
  /** What happened (the "action" a report filters on), e.g. `repo.update`. */
  name: string;
  /** Outcome, e.g. `success`, `failure`, `started`, `committed`, `failed`, `detected`. */
  status: string;
  /** Set on records that belong to a transaction (its started/committed/failed records and its events). */
  transactionId?: string;
  actor?: string;
  runId?: string;
  /** Attempt of the run (1 for the first); absent in logs written before it was added. */
  runAttempt?: number;
  /** Set on security records. */
  severity?: Severity;
  /** Free-form details, already redacted. */
  data?: Record<string, unknown>;
  /** `hash` of the previous record, or GENESIS_HASH for the first one. */
  prevHash: string;
  /** SHA-256 over the canonical JSON of this record without `hash`. */
  hash: string;
}
