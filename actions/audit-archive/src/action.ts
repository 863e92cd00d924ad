import { defineAction } from '../../../shared/action/define-action.js';
import { auditArchiveInputs } from './settings.js';

/** audit-archive: gather and verify the audit logs of every action run, archive them durably once per week, report. */
export const action = defineAction({
  name: 'audit-archive',
  description:
    'Gathers and verifies the audit logs of all runs, archives them durably once per ISO week and writes a compliance report.',
  inputs: auditArchiveInputs,
  outputs: {
    status:
      'archived (new parts written), unchanged (everything of the window was already archived), dry-run, verified (verify mode, no problem) or failed (verify mode, problems found).',
    runs: 'Workflow runs whose audit logs were found in the window.',
    logs: 'Audit logs read (one per run attempt of an action).',
    verified: 'Logs without any integrity problem.',
    broken: 'Logs and artifacts with an integrity problem (edited, truncated, re-hashed, of another run, unreadable).',
    missing: 'Runs or run attempts that should have an audit log and have none.',
    records: 'Audit records in the logs read.',
    failures: 'Records of failed operations (failure, failed, rolled-back …).',
    'security-events': 'Security records in the logs read.',
    archived: 'Parts written by this run, e.g. 2026-W48,2026-W47/addendum-1; empty when nothing was new.',
    'report-file':
      'Path of the compliance report (JSON; compliance-report.csv and compliance-report.md are next to it).',
    'archive-file': 'Path of a zip holding the parts written by this run; empty when nothing was written.',
  },
  // Loaded on first use: a bad input fails before the run's code and dependencies are parsed.
  run: async (ctx) => (await import('./run.js')).runAuditArchive(ctx),
});
