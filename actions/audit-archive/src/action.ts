import { defineAction } from '../../../shared/action/define-action.js';
import { input } from '../../../shared/action/inputs.js';
import { ownerSchema } from '../../../shared/validation/github-names.js';

/** audit-archive: gather and verify the audit logs of every action run, archive them with a compliance report. */
export const action = defineAction({
  name: 'audit-archive',
  description: 'Gathers and verifies the audit logs of all runs, archives them and writes a compliance report.',
  inputs: {
    organization: input.custom(ownerSchema, {
      description:
        'Archive the audit logs of every repository of this organization (the token must be able to read their Actions artifacts). Default: the calling repository only.',
      allowed: 'expected a GitHub organization login',
    }),
    since: input.string({
      description:
        'Start of the window: audit artifacts created since then are archived. A duration back from now (36h, 7d, 2w) or an ISO date (2026-11-01).',
      default: '7d',
    }),
    'fail-on-broken-chain': input.boolean({
      description:
        "Fail the step when any audit log's hash chain does not verify (after the report and archive are written).",
      default: true,
    }),
  },
  outputs: {
    runs: 'Workflow runs whose audit logs were found in the window.',
    logs: 'Audit logs read (one per run attempt of an action).',
    verified: 'Logs whose hash chain verified.',
    broken: 'Logs whose hash chain is broken (edited, reordered or truncated records).',
    'report-file': 'Path of the compliance report (JSON; compliance-report.md is next to it).',
    'archive-file':
      'Path of the zip holding every log and the report (also uploaded as artifact audit-archive-<run_id>).',
  },
  // Loaded on first use: a bad input fails before the run's code and dependencies are parsed.
  run: async (ctx) => (await import('./run.js')).runAuditArchive(ctx),
});
