import { JobSummary } from '../../../shared/summary/summary.js';
import type { ArchiveResult } from './engine/archive-run.js';
import type { ArchiveVerdict } from './engine/verify-run.js';

/** The compliance report and what was archived where, as the job summary. */
export function renderArchiveSummary(summary: JobSummary, result: ArchiveResult, dryRun: boolean): JobSummary {
  const r = result.report;
  const t = r.totals;
  summary.heading('Audit archive: compliance report');
  summary.paragraph(
    `${r.repositories.length} repositor${r.repositories.length === 1 ? 'y' : 'ies'}, artifacts from ${r.window.since} to ${r.window.until}.`,
  );
  summary.table(
    ['runs', 'logs', 'intact', 'integrity problems', 'missing', 'records', 'failures', 'security events'],
    [[t.runs, t.logs, t.intact, t.problems, t.missing, t.records, t.failures, t.securityEvents]],
    ['right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
  summary.heading('Archive', 3);
  if (result.unchanged)
    summary.paragraph(
      `Nothing new: every log of the window is already archived (${result.weeks.map((w) => `${w.week}: ${w.alreadyArchived} logs in ${w.parts.join(', ') || 'no part'}`).join('; ') || 'no logs'}). Nothing was written.`,
    );
  else
    summary.table(
      ['part', 'logs', 'records', 'stores'],
      result.parts.map((p) => [
        p.dir,
        p.logs,
        p.records,
        p.stores
          .map(
            (s) =>
              `${s.location}: ${dryRun ? 'not written (dry run)' : s.result === 'written' ? 'written' : s.result === 'present' ? 'already there' : 'not written (see the log)'}`,
          )
          .join('<br>'),
      ]),
      ['left', 'right', 'right', 'left'],
    );
  if (r.problemList.length > 0) {
    summary.heading(`Integrity problems (${r.problemList.length})`, 3);
    summary.table(
      ['log', 'record', 'problem', 'what'],
      r.problemList.map((p) => [p.log, p.record ?? '', p.kind, p.what]),
    );
  }
  if (r.actions.length > 0) {
    summary.heading('Per action', 3);
    summary.table(
      ['action', 'runs', 'logs', 'records', 'failures', 'security events', 'integrity'],
      r.actions.map((a) => [
        a.action,
        a.runs,
        a.logs,
        a.records,
        a.failures,
        a.securityEvents,
        a.problems === 0 ? '✅ intact' : `❌ ${a.problems} with problems`,
      ]),
      ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
    );
    summary.barChart(
      'Audit records per action',
      Object.fromEntries(r.actions.map((a) => [a.action, a.records])),
      'records',
    );
  }
  if (r.transactions.length > 0) {
    summary.heading('Transactions by action and status', 3);
    summary.table(
      ['action', 'status', 'transactions'],
      r.transactions.map((x) => [x.action, x.status, x.count]),
      ['left', 'left', 'right'],
    );
  }
  const sev = r.securityEvents.bySeverity;
  if (r.securityEvents.events.length > 0) {
    summary.heading(`Security events (${r.securityEvents.events.length})`, 3);
    summary.paragraph(`critical ${sev.critical}, high ${sev.high}, medium ${sev.medium}, low ${sev.low}`);
    summary.details(
      'Every security event',
      new JobSummary().table(
        ['log', 'event', 'severity', 'status', 'time'],
        r.securityEvents.events.map((e) => [e.log, e.name, e.severity, e.status, e.time]),
      ),
    );
  }
  if (r.failures.length > 0)
    summary.details(
      `Failures (${t.failures})`,
      new JobSummary().table(
        ['log', 'action', 'failed records'],
        r.failures.map((f) => [f.log, f.action, f.count]),
      ),
    );
  if (r.missing.length > 0) {
    summary.heading(`Missing logs (${r.missing.length})`, 3);
    summary.table(
      ['repository', 'run', 'why'],
      r.missing.map((m) => [
        m.repository,
        `[${m.runId}${m.attempt ? ` attempt ${m.attempt}` : ''}](${m.url})`,
        m.reason,
      ]),
    );
  }
  summary.paragraph(
    `Actors: ${r.actors.map((a) => `${a.actor} (${a.records})`).join(', ') || 'none'}. Repositories written to: ${r.repositoriesTouched.join(', ') || 'none'}.`,
  );
  if (r.integrity.length > 0)
    summary.details(
      `Integrity of all ${r.integrity.length} logs`,
      new JobSummary().table(
        ['log', 'records', 'digest', 'integrity'],
        r.integrity.map((i) => [i.log, i.records, i.digest, i.status === 'intact' ? 'intact' : i.problems.join('; ')]),
        ['left', 'right', 'left', 'left'],
      ),
    );
  return summary;
}

/** The verdict of verify mode as the job summary. */
export function renderVerifySummary(summary: JobSummary, v: ArchiveVerdict): JobSummary {
  summary.heading('Audit archive: verification');
  summary.paragraph(
    v.problems.length === 0
      ? `✅ ${v.source}: every file matches its manifest and every chain verifies.`
      : `❌ ${v.source}: ${v.problems.length} problem${v.problems.length === 1 ? '' : 's'}.`,
  );
  if (v.parts.length > 0)
    summary.table(
      ['part', 'logs', 'records', 'problems'],
      v.parts.map((p) => [p.dir || '.', p.logs, p.records, p.problems.length]),
      ['left', 'right', 'right', 'right'],
    );
  if (v.problems.length > 0)
    summary.table(
      ['file or log', 'record', 'problem', 'what'],
      v.problems.map((p) => [p.log, p.record ?? '', p.kind, p.what]),
    );
  return summary;
}
