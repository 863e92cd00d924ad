import type { ComplianceReport } from './report.js';

const CSV_COLUMNS = [
  'log',
  'repository',
  'action',
  'run_id',
  'run_attempt',
  'records',
  'failures',
  'security_events',
  'digest',
  'integrity',
  'problems',
] as const;

/** The report as CSV (RFC 4180): one row per log, then one per missing log (integrity `missing`). */
export function reportCsv(report: ComplianceReport): string {
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const i of report.integrity)
    rows.push([
      i.log,
      i.repository,
      i.action,
      i.runId,
      i.runAttempt,
      i.records,
      i.failures,
      i.securityEvents,
      i.digest,
      i.status,
      i.problems.join('; '),
    ]);
  for (const m of report.missing)
    rows.push([
      `${m.repository} run ${m.runId}`,
      m.repository,
      '',
      m.runId,
      m.attempt ?? '',
      0,
      0,
      0,
      'unread',
      'missing',
      `${m.reason} (${m.url})`,
    ]);
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(v: string | number): string {
  const s = String(v);
  // A leading = + - @ would run as a formula in a spreadsheet: prefixed with ' (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
