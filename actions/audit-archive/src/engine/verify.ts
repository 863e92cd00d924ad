import {
  type AuditRecord,
  AuditFormatError,
  readAuditFiles,
  verifyAuditFiles,
} from '../../../../shared/audit/audit-log.js';
import type { Severity } from '../../../../shared/core/finding.js';
import type { AuditArtifact } from './collect.js';
import type { ExtractedLog } from './download.js';

/** Statuses that mean something went wrong in the audited run. */
const FAILURE_STATUSES = new Set(['failure', 'failed', 'rolled-back', 'rollback-failed', 'compensation-failed']);

/** The verdict on one audit log. */
export interface LogVerdict {
  repository: string;
  artifact: string;
  action: string;
  runId: number;
  runAttempt: number;
  /** Folder of the log inside the artifact. */
  folder: string;
  segments: number;
  records: number;
  failures: number;
  securityEvents: { name: string; severity?: Severity; status: string; time: string }[];
  chain: { ok: true; head: string } | { ok: false; reason: string; index: number; file?: string };
  /** The last record is the framework's `run.finished`: the log was not cut short (shared/action/execute.ts writes it last). */
  complete: boolean;
  first?: string;
  last?: string;
}

/**
 * Verifies one log's hash chain from its first record (each run attempt starts its own chain) and
 * counts its records, failures and security events. A broken chain still counts what can be read, so
 * the report shows how much of the log is affected.
 */
export function verifyLog(artifact: AuditArtifact, log: ExtractedLog, relative: (p: string) => string): LogVerdict {
  const result = verifyAuditFiles(log.segments);
  let records: AuditRecord[] = [];
  try {
    records = readAuditFiles(log.segments);
  } catch (error) {
    if (!(error instanceof AuditFormatError)) throw error;
  }
  return {
    repository: artifact.repository,
    artifact: artifact.name,
    action: artifact.action,
    runId: artifact.runId,
    runAttempt: artifact.runAttempt,
    folder: log.folder,
    segments: log.segments.length,
    records: result.ok ? result.count : Math.max(records.length, result.count),
    failures: records.filter((r) => FAILURE_STATUSES.has(r.status)).length,
    securityEvents: records
      .filter((r) => r.type === 'security')
      .map((r) => ({ name: r.name, status: r.status, time: r.time, ...(r.severity ? { severity: r.severity } : {}) })),
    chain: result.ok
      ? { ok: true, head: result.head }
      : {
          ok: false,
          reason: result.reason,
          index: result.index,
          ...(result.file ? { file: relative(result.file) } : {}),
        },
    complete: records.at(-1)?.name === 'run.finished',
    ...(records[0] ? { first: records[0].time } : {}),
    ...(records.at(-1) ? { last: records.at(-1)!.time } : {}),
  };
}
