import { countBySeverity } from '../../../shared/core/finding.js';
import { JobSummary } from '../../../shared/summary/summary.js';
import type { ComplianceReport } from './engine/report.js';

/** Renders the compliance report as Markdown: totals, per-action table, charts, findings, every log. */
export function renderReport(summary: JobSummary, report: ComplianceReport, archiveNote: string): void {
  const t = report.totals;
  summary.heading('Audit archive: compliance report');
  summary.paragraph(
    `${report.repositories.length} repositor${report.repositories.length === 1 ? 'y' : 'ies'}, runs from ${report.window.since} to ${report.window.until}. ${archiveNote}`,
  );
  summary.table(
    ['runs', 'logs', 'verified', 'broken', 'unreadable', 'records', 'failures', 'security events'],
    [[t.runs, t.logs, t.verified, t.broken, t.unreadable, t.records, t.failures, t.securityEvents]],
    ['right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
  if (report.actions.length > 0) {
    summary.heading('Per action', 3);
    summary.table(
      ['action', 'runs', 'logs', 'records', 'failures', 'security events', 'chain'],
      report.actions.map((a) => [
        a.action,
        a.runs,
        a.logs,
        a.records,
        a.failures,
        a.securityEvents,
        a.chain === 'intact' ? '✅ intact' : '❌ broken',
      ]),
      ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
    );
    summary.pieChart('Audit logs by chain status', {
      verified: t.verified,
      broken: t.broken,
      unreadable: t.unreadable,
    });
    summary.barChart(
      'Audit records per action',
      Object.fromEntries(report.actions.map((a) => [a.action, a.records])),
      'records',
    );
  }
  if (report.findings.length > 0) {
    const counts = countBySeverity(report.findings);
    summary.heading(`Findings (${report.findings.length})`, 3);
    summary.paragraph(`critical ${counts.critical}, high ${counts.high}, medium ${counts.medium}, low ${counts.low}`);
    summary.table(
      ['severity', 'rule', 'message'],
      report.findings.map((f) => [f.severity, f.ruleId, f.message]),
    );
  }
  if (report.logs.length > 0) {
    const logs = new JobSummary().table(
      ['repository', 'artifact', 'records', 'failures', 'chain'],
      report.logs.map((l) => [
        l.repository,
        l.artifact,
        l.records,
        l.failures,
        l.chain.ok ? 'intact' : `broken at ${l.chain.index}`,
      ]),
      ['left', 'left', 'right', 'right', 'left'],
    );
    summary.details(`All ${report.logs.length} logs`, logs);
  }
}
