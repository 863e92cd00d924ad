import { z } from 'zod';
import { defineAction } from '../../../shared/action/define-action.js';
import { input } from '../../../shared/action/inputs.js';
import { CATEGORIES } from './engine/rule.js';

/** Entry of scan worker threads (see worker-entry.ts): serves scan batches when this thread is one. */
export async function serveScanWorker(): Promise<void> {
  // Loaded here, not at the top: the step's first job (checking its inputs) needs none of the engine.
  (await import('./engine/worker-pool.js')).runScanWorkerIfWorker();
}

/** The security-scan action: secrets, dangerous functions, file permissions and workflow security into SARIF. */
export const action = defineAction({
  name: 'security-scan',
  description:
    'One fast pass for secrets, dangerous code, file permissions and workflow security, reported as SARIF for code scanning.',
  inputs: {
    path: input.string({ description: 'Directory to scan, inside the workspace.', default: '.' }),
    'sarif-file': input.string({
      description:
        'Where to write the SARIF log, inside the workspace (relative paths are relative to it). When the results must be split, further files get -2, -3, … before the extension.',
      default: 'security-scan.sarif',
    }),
    'fail-on': input.enum(['none', 'low', 'medium', 'high', 'critical'] as const, {
      description:
        'Fail the step when a finding of this severity or higher remains after suppressions and the baseline.',
      default: 'high',
    }),
    config: input.string({
      description: 'Configuration file (YAML or JSON). Default: .github/security-scan.yml when it exists.',
    }),
    mode: input.enum(['full', 'diff'] as const, {
      description:
        'full scans every file; diff reports only findings on lines changed by the pull request (or push) that triggered the run.',
      default: 'full',
    }),
    upload: input.boolean({
      description: 'Upload the SARIF to code scanning through the API (needs `security-events: write`).',
      default: false,
    }),
    category: input.string({
      description:
        "Code scanning category of the SARIF runs (its runAutomationDetails.id, as codeql-action's `category`): give two scans of one repository different categories (e.g. `security-scan/backend`) so one upload does not replace the other's results.",
      default: 'security-scan',
      pattern: /^[\w.:@=+-]+(?:\/[\w.:@=+-]+)*\/?$/,
      allowed: 'letters, digits and . _ - : @ = + in /-separated parts, e.g. security-scan/backend',
    }),
    'online-audits': input.boolean({
      description:
        'Run the audits that ask the GitHub API: ref-confusion (an action ref that names both a branch and a tag of its repository). Off: the scan makes no API request (unless upload is on).',
      default: true,
    }),
    categories: input.list({
      description:
        'Comma-separated rule families to run: secret, dangerous-function, file-permission, workflow. Default: all of them (or `categories` of the configuration file).',
      item: z.enum(CATEGORIES),
      allowed: `expected a comma-separated subset of ${CATEGORIES.join(', ')}`,
    }),
  },
  outputs: {
    findings: 'Number of findings of all severities, after suppressions and the baseline.',
    'sarif-file': 'Path of the SARIF file written (the first one when the results were split).',
    critical: 'Number of critical findings.',
    high: 'Number of high findings.',
    medium: 'Number of medium findings.',
    low: 'Number of low findings.',
  },
  // Loaded on first use: a bad input fails before the run's code and dependencies are parsed.
  run: async (ctx) => (await import('./run.js')).runScan(ctx),
});
