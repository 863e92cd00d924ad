import { defineAction } from '../../../shared/action/define-action.js';
import { metricsInputs } from './settings.js';

/** The metrics-collect action: organization and repository metrics, Prometheus export and trends. */
export const action = defineAction({
  name: 'metrics-collect',
  description:
    'Delivery metrics of an organization (runs, DORA, pull requests, issues, security alerts), incremental, with Prometheus export and trends.',
  inputs: metricsInputs,
  outputs: {
    repositories: 'Number of repositories measured (archived ones included).',
    'unreadable-repositories': 'Repositories listed whose activity could not be read (named in the summary).',
    'success-rate': 'Successful / (successful + failed) workflow runs in the window, 0..1; empty without runs.',
    'lead-time-seconds': 'Median lead time for changes (first commit to merge) in seconds; empty without merges.',
    'mttr-seconds': 'Mean time to recovery of failing scheduled workflows in seconds; empty without recoveries.',
    'critical-alerts': 'Open critical security alerts the token may read; empty when it may read none.',
    'deployments-per-day': 'Deployments (or releases) per day over the window.',
    'change-failure-rate': 'Failed deployments and reverts / deployments, 0..1; empty without deployments.',
    'prometheus-file': 'Path of the Prometheus text file written, relative to the workspace.',
    'json-file': 'Path of the JSON snapshot written, relative to the workspace.',
  },
  // Loaded on first use: a bad input fails before the run's code and dependencies are parsed.
  run: async (ctx) => (await import('./run.js')).runMetricsCollect(ctx),
});
