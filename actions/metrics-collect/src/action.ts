import { defineAction } from '../../../shared/action/define-action.js';
import { metricsInputs } from './settings.js';

/** The metrics-collect action: organization and repository metrics, Prometheus export and trends. */
export const action = defineAction({
  name: 'metrics-collect',
  description: 'Organization and repository metrics with Prometheus export and trends.',
  inputs: metricsInputs,
  outputs: {
    repositories: 'Number of repositories measured (archived ones included).',
    'prometheus-file': 'Path of the Prometheus text file written, relative to the workspace.',
    'json-file': 'Path of the JSON snapshot written, relative to the workspace.',
  },
  // Loaded on first use: a bad input fails before the run's code and dependencies are parsed.
  run: async (ctx) => (await import('./run.js')).runMetricsCollect(ctx),
});
