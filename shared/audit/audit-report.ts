import { UserError } from '../core/errors.js';
import type { AuditRecord, AuditType } from './audit-record.js';

type OneOrMany<T> = T | readonly T[];

/** Which records a report keeps; every given criterion must match. */
export interface AuditFilter {
  /** Keep records at or after this time (Date, ISO string or epoch milliseconds). */
  since?: Date | string | number;
  /** Keep records at or before this time. */
  until?: Date | string | number;
  /** Record name (the action performed); a trailing `*` matches a prefix, e.g. `repo.*`. */
  name?: OneOrMany<string>;
  type?: OneOrMany<AuditType>;
  status?: OneOrMany<string>;
  actor?: OneOrMany<string>;
  service?: OneOrMany<string>;
  transactionId?: string;
}

/** Counts over the matching records, plus the records themselves in log order. */
export interface AuditReport {
  /** Records examined. */
  total: number;
  /** Records that matched the filter. */
  matched: number;
  byType: Record<string, number>;
  byStatus: Record<string, number>;
  byName: Record<string, number>;
  /** Time of the first and last matching record. */
  first?: string;
  last?: string;
  records: AuditRecord[];
}

function toMillis(value: Date | string | number, which: string): number {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (Number.isNaN(ms)) throw new UserError(`Audit report '${which}' is not a valid time: ${JSON.stringify(value)}.`);
  return ms;
}

function list<T>(value: OneOrMany<T> | undefined): readonly T[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

function nameMatches(patterns: readonly string[], name: string): boolean {
  return patterns.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : name === p));
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Filters audit records by time range, name, type, status, actor, service and transaction, and counts them. */
export function auditReport(records: readonly AuditRecord[], filter: AuditFilter = {}): AuditReport {
  const since = filter.since === undefined ? undefined : toMillis(filter.since, 'since');
  const until = filter.until === undefined ? undefined : toMillis(filter.until, 'until');
  const names = list(filter.name);
  const types = list(filter.type);
  const statuses = list(filter.status);
  const actors = list(filter.actor);
  const services = list(filter.service);
  const matching = records.filter((r) => {
    const time = Date.parse(r.time);
    if (since !== undefined && !(time >= since)) return false;
    if (until !== undefined && !(time <= until)) return false;
    if (names && !nameMatches(names, r.name)) return false;
    if (types && !types.includes(r.type)) return false;
    if (statuses && !statuses.includes(r.status)) return false;
    if (actors && (r.actor === undefined || !actors.includes(r.actor))) return false;
    if (services && !services.includes(r.service)) return false;
    if (filter.transactionId !== undefined && r.transactionId !== filter.transactionId) return false;
    return true;
  });
  const report: AuditReport = {
    total: records.length,
    matched: matching.length,
    byType: {},
    byStatus: {},
    byName: {},
    records: matching,
  };
  for (const r of matching) {
    bump(report.byType, r.type);
    bump(report.byStatus, r.status);
    bump(report.byName, r.name);
  }
  if (matching.length > 0) {
    report.first = matching[0]?.time;
    report.last = matching.at(-1)?.time;
  }
  return report;
}
