import { AuditFormatError, parseAuditText } from '../../../../shared/audit/audit-file.js';
import type { AuditRecord } from '../../../../shared/audit/audit-record.js';
import { verifyAuditChain } from '../../../../shared/audit/verify-chain.js';
import type { Severity } from '../../../../shared/core/finding.js';
import type { ZippedLog } from './download.js';

/** What kind of integrity problem a log has. */
export type ProblemKind =
  | 'digest-mismatch'
  | 'unreadable'
  | 'malformed'
  | 'broken-chain'
  | 'truncated'
  | 'wrong-run'
  | 'missing'
  | 'archive-file';

/** One integrity problem: which log, which record (0-based position in the chain), what is wrong. */
export interface IntegrityProblem {
  log: string;
  record?: number;
  kind: ProblemKind;
  what: string;
}

/** The run a log must belong to: the artifact's run as GitHub filed it, and the attempt of its name. */
export interface ExpectedRun {
  /** How problems name the log, e.g. `owner/repo audit-release-700-1/700-1`. */
  log: string;
  runId: number;
  runAttempt: number;
}

/** What one log holds, for the compliance report. */
export interface LogContents {
  records: number;
  failures: number;
  transactions: { name: string; status: string }[];
  securityEvents: { name: string; severity: Severity; status: string; time: string }[];
  actors: string[];
  /** Repositories the run wrote to, from its records (`data.repository`), dry runs left out. */
  touched: string[];
  first?: string;
  last?: string;
}

/** The record every run writes last (shared/action/execute.ts): without it the log was cut short. */
export const CLOSING_RECORD = 'run.finished';

/** Statuses that mean something went wrong in the audited run. */
const FAILURE_STATUSES = new Set(['failure', 'failed', 'rolled-back', 'rollback-failed', 'compensation-failed']);

/**
 * Verifies one log: its segments parse as records, they form one hash chain from genesis (nothing
 * missing, reordered or edited), the chain ends with the closing record (a truncated log fails), and
 * every record's run id and attempt, and the log's folder, name the artifact's run. Returns each
 * problem found (at most one per kind, at the first affected record) and the records that could be read.
 */
export function verifyLogRecords(
  log: ZippedLog,
  expected: ExpectedRun,
): { problems: IntegrityProblem[]; records: AuditRecord[] } {
  const problems: IntegrityProblem[] = [];
  const add = (kind: ProblemKind, what: string, record?: number) =>
    problems.push({ log: expected.log, kind, what, ...(record === undefined ? {} : { record }) });
  const records: AuditRecord[] = [];
  for (const s of log.segments) {
    try {
      records.push(...parseAuditText(s.text, s.name));
    } catch (error) {
      if (!(error instanceof AuditFormatError)) throw error;
      add('malformed', error.message, records.length + error.recordsBefore);
      return { problems, records };
    }
    // A torn last line (no newline, not JSON) is skipped by the parser: in an uploaded log it is a cut.
    if (s.text.length > 0 && !s.text.endsWith('\n'))
      add('truncated', `${s.name} ends in the middle of a line`, records.length);
  }
  const chain = verifyAuditChain(records);
  if (!chain.ok) add('broken-chain', chain.reason, chain.index);
  const last = records.at(-1);
  if (!last) add('truncated', 'the log holds no record');
  else if (last.name !== CLOSING_RECORD || last.type !== 'event')
    add(
      'truncated',
      `the chain stops at record ${last.seq} (${last.name}) before its closing ${CLOSING_RECORD} record`,
      records.length,
    );
  const folder = `${expected.runId}-${expected.runAttempt}`;
  if (log.folder !== folder) add('wrong-run', `the log's folder is ${JSON.stringify(log.folder)}, expected ${folder}`);
  const wrongId = records.findIndex((r) => r.runId !== undefined && r.runId !== String(expected.runId));
  if (wrongId >= 0)
    add(
      'wrong-run',
      `record says run ${records[wrongId]!.runId}, the artifact belongs to run ${expected.runId}`,
      wrongId,
    );
  const wrongAttempt = records.findIndex((r) => attemptOf(r) !== undefined && attemptOf(r) !== expected.runAttempt);
  if (wrongAttempt >= 0)
    add(
      'wrong-run',
      `record says attempt ${attemptOf(records[wrongAttempt]!)}, the artifact is attempt ${expected.runAttempt}`,
      wrongAttempt,
    );
  return { problems, records };
}

/** The attempt a record names: its own field, or (older logs) the `runAttempt` of `run.started`. */
function attemptOf(r: AuditRecord): number | undefined {
  if (r.runAttempt !== undefined) return r.runAttempt;
  const fromData = r.name === 'run.started' ? r.data?.runAttempt : undefined;
  return typeof fromData === 'number' ? fromData : undefined;
}

/** Counts records, failures, transactions, security events, actors and touched repositories of a log. */
export function summarizeRecords(records: readonly AuditRecord[], repository: string): LogContents {
  const touched = new Set<string>();
  for (const r of records) {
    if (r.data?.dryRun === true) continue;
    const repo = r.data?.repository;
    if (typeof repo === 'string' && /^[\w.-]+\/[\w.-]+$/.test(repo) && r.status !== 'failure') touched.add(repo);
    // Writes recorded without a repository field happen in the run's own repository.
    if (WRITES_IN_OWN_REPOSITORY.has(r.name) && r.status === 'success') touched.add(repository);
  }
  return {
    records: records.length,
    failures: records.filter((r) => FAILURE_STATUSES.has(r.status)).length,
    transactions: records
      .filter((r) => r.type === 'transaction' && r.status !== 'started')
      .map((r) => ({ name: r.name, status: r.status })),
    securityEvents: records
      .filter((r) => r.type === 'security')
      .map((r) => ({ name: r.name, severity: r.severity ?? 'medium', status: r.status, time: r.time })),
    actors: [...new Set(records.flatMap((r) => (r.actor ? [r.actor] : [])))].sort(),
    touched: [...touched].sort(),
    ...(records[0] ? { first: records[0].time } : {}),
    ...(records.at(-1) ? { last: records.at(-1)!.time } : {}),
  };
}

/** Records of writes an action makes to the repository it runs in (release publish, SARIF upload). */
const WRITES_IN_OWN_REPOSITORY = new Set(['release.publish', 'release.rollback', 'code-scanning.upload']);
