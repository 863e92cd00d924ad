import { defineAction } from '../../../shared/action/define-action.js';
import { runAuditArchive } from './run.js';
import { auditArchiveInputs } from './settings.js';

/** audit-archive: gather and verify the audit logs of every action run, archive them with a compliance report. */
export const action = defineAction({
  name: 'audit-archive',
  description: 'Gathers and verifies the audit logs of all runs, archives them and writes a compliance report.',
  inputs: auditArchiveInputs,
  outputs: {
    runs: 'Workflow runs whose audit logs were found in the window.',
    logs: 'Audit logs read (one per run attempt of an action).',
    verified: 'Logs whose hash chain verified.',
    broken: 'Logs whose hash chain is broken (edited, reordered or truncated records).',
    'report-file': 'Path of the compliance report (JSON; compliance-report.md is next to it).',
    'archive-file':
      'Path of the zip holding every log and the report (also uploaded as artifact audit-archive-<run_id>).',
  },
  run: (ctx) => runAuditArchive(ctx),
});
