import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, renameSync, statSync, truncateSync } from 'node:fs';
import { errorMessage } from '../core/errors.js';
import { type Clock, systemClock } from '../core/clock.js';
import type { Severity } from '../core/finding.js';
import { currentSegment, listRotated, listSegments, parseAuditText, rotatedSegment } from './audit-file.js';
import type { AuditRecord, AuditType } from './audit-record.js';
import { GENESIS_HASH, recordHash, wellFormed, wellFormedString } from './canonical.js';
import { redact } from '../core/redact.js';

export { AuditFormatError, listSegments, readAuditFile, readAuditFiles } from './audit-file.js';
export type { AuditRecord, AuditType } from './audit-record.js';
export { AUDIT_TYPES } from './audit-record.js';
export { type AuditFilter, type AuditReport, auditReport } from './audit-report.js';
export { GENESIS_HASH } from './canonical.js';
export { type ChainVerification, type VerifyOptions, verifyAuditChain, verifyAuditFiles } from './verify-chain.js';

/** Options of AuditLog. */
export interface AuditLogOptions {
  /** Directory holding the segments (`audit.jsonl`, `audit.1.jsonl`, …); created if missing. */
  dir: string;
  /** Written into every record, e.g. the action name. */
  service: string;
  actor?: string;
  runId?: string;
  /** Attempt of the run, written into every record so a verifier can tie the log to its run attempt. */
  runAttempt?: number;
  /** Rotate the current segment before it would grow past this many bytes (default 10 MiB). */
  maxBytes?: number;
  clock?: Clock;
}

/** The handle a transaction's body receives: its events carry the transaction id. */
export interface AuditTransaction {
  readonly id: string;
  readonly name: string;
  /** Records an event that belongs to this transaction. */
  event(name: string, data?: Record<string, unknown>, status?: string): AuditRecord;
  /** Records the end of the transaction (`committed`, `failed`, `rolled-back`, …) with its duration; once only. */
  end(status: string, data?: Record<string, unknown>): AuditRecord;
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Tamper-evident audit log: JSON Lines, each record carrying the SHA-256 of the previous one, with
 * size-based rotation. Every write is a synchronous append, so a record is on disk (in the page cache,
 * which survives a crash of the process) before the call returns. One writer per directory: reopening
 * a directory continues its chain where the last record left off.
 */
export class AuditLog {
  readonly dir: string;
  readonly service: string;
  private readonly actor: string | undefined;
  private readonly runId: string | undefined;
  private readonly runAttempt: number | undefined;
  private readonly maxBytes: number;
  private readonly clock: Clock;
  private nextSeq = 0;
  private lastHash = GENESIS_HASH;
  private size = 0;
  private closed = false;

  constructor(opts: AuditLogOptions) {
    this.dir = opts.dir;
    this.service = opts.service;
    this.actor = opts.actor;
    this.runId = opts.runId;
    this.runAttempt = opts.runAttempt;
    this.maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    this.clock = opts.clock ?? systemClock;
    mkdirSync(this.dir, { recursive: true });
    this.resume();
  }

  /** Hash of the last record written (GENESIS_HASH when empty): pass it to verifyAuditChain as `expectedHead`. */
  get head(): string {
    return this.lastHash;
  }

  /** Number of records in the chain so far. */
  get count(): number {
    return this.nextSeq;
  }

  /** Records an event; status defaults to `success`. */
  event(name: string, data?: Record<string, unknown>, status = 'success'): AuditRecord {
    return this.write({ type: 'event', name, status, data });
  }

  /** Records a security event with its severity; status defaults to `detected`. */
  security(name: string, data: Record<string, unknown>, severity: Severity, status = 'detected'): AuditRecord {
    return this.write({ type: 'security', name, status, severity, data });
  }

  /** Starts a transaction (writes its `started` record); the caller must `end` it. */
  begin(name: string, data?: Record<string, unknown>): AuditTransaction {
    const id = randomUUID();
    const started = this.clock.now();
    let ended = false;
    this.write({ type: 'transaction', name, status: 'started', transactionId: id, data });
    return {
      id,
      name,
      event: (eventName, eventData, status = 'success') =>
        this.write({ type: 'event', name: eventName, status, transactionId: id, data: eventData }),
      end: (status, endData) => {
        if (ended) throw new Error(`Audit transaction '${name}' (${id}) has already ended.`);
        ended = true;
        const durationMs = this.clock.now() - started;
        return this.write({ type: 'transaction', name, status, transactionId: id, data: { ...endData, durationMs } });
      },
    };
  }

  /**
   * Runs `fn` as a transaction: records `started`, then `committed` with its duration, or `failed` with
   * the duration and error message, and rethrows the error unchanged.
   */
  async transaction<T>(name: string, fn: (txn: AuditTransaction) => Promise<T>): Promise<T> {
    const txn = this.begin(name);
    try {
      const result = await fn(txn);
      txn.end('committed');
      return result;
    } catch (error) {
      txn.end('failed', { error: errorMessage(error) });
      throw error;
    }
  }

  /** The segments of this log, oldest first (the current one last). */
  files(): string[] {
    return listSegments(this.dir);
  }

  /** Stops the log: later writes throw. Nothing is buffered, so there is nothing to flush. */
  async close(): Promise<void> {
    this.closed = true;
  }

  private write(fields: {
    type: AuditType;
    name: string;
    status: string;
    transactionId?: string;
    severity?: Severity;
    data?: Record<string, unknown> | undefined;
  }): AuditRecord {
    if (this.closed) throw new Error(`AuditLog ${this.dir} is closed; cannot record '${fields.name}'.`);
    // Round-trip through JSON so the hashed object is exactly what a reader will parse back, with any
    // lone surrogate replaced: RFC 8785 (the hashed form) has no representation for one.
    const data =
      fields.data === undefined
        ? undefined
        : wellFormed(JSON.parse(JSON.stringify(redact(fields.data))) as Record<string, unknown>);
    const unhashed: Omit<AuditRecord, 'hash'> = {
      seq: this.nextSeq,
      uuid: randomUUID(),
      time: new Date(this.clock.now()).toISOString(),
      service: this.service,
      type: fields.type,
      name: wellFormedString(fields.name),
      status: wellFormedString(fields.status),
      ...(fields.transactionId !== undefined && { transactionId: fields.transactionId }),
      ...(this.actor !== undefined && { actor: this.actor }),
      ...(this.runId !== undefined && { runId: this.runId }),
      ...(this.runAttempt !== undefined && { runAttempt: this.runAttempt }),
      ...(fields.severity !== undefined && { severity: fields.severity }),
      ...(data !== undefined && { data }),
      prevHash: this.lastHash,
    };
    const record: AuditRecord = { ...unhashed, hash: recordHash(unhashed) };
    const line = `${JSON.stringify(record)}\n`;
    const bytes = Buffer.byteLength(line);
    if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
    appendFileSync(currentSegment(this.dir), line);
    this.size += bytes;
    this.nextSeq += 1;
    this.lastHash = record.hash;
    return record;
  }

  /** Moves the current segment to the next free `audit.<n>.jsonl`: numbers grow with age order preserved. */
  private rotate(): void {
    const next = (listRotated(this.dir).at(-1)?.n ?? 0) + 1;
    renameSync(currentSegment(this.dir), rotatedSegment(this.dir, next));
    this.size = 0;
  }

  /** Continues an existing chain: drops a torn (never acknowledged) tail and picks up seq and hash. */
  private resume(): void {
    const segments = this.files();
    const current = currentSegment(this.dir);
    for (const file of [...segments].reverse()) {
      let text = readFileSync(file, 'utf8');
      if (file === current) {
        if (text.length > 0 && !text.endsWith('\n')) {
          text = text.slice(0, text.lastIndexOf('\n') + 1);
          truncateSync(file, Buffer.byteLength(text));
        }
        this.size = statSync(file).size;
      }
      const last = parseAuditText(text, file).at(-1);
      if (last) {
        this.nextSeq = last.seq + 1;
        this.lastHash = last.hash;
        return;
      }
    }
  }
}
