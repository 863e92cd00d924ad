import { defineAction } from '../../../shared/action/define-action.js';
import { healthInputs } from './settings.js';

/** The health-check action: API, token, rate-limit, circuit-breaker, schedule and compliance health. */
export const action = defineAction({
  name: 'health-check',
  description:
    'Watchdog for the API, token and permissions, rate limits, circuit breaker, scheduled workflows and compliance, with tracking issues and a badge.',
  inputs: healthInputs,
  outputs: {
    status:
      'Overall health: healthy, degraded (low or medium findings) or unhealthy (high or critical findings, or a check that could not run).',
    findings: 'Number of findings of all severities.',
    critical: 'Number of critical findings.',
    high: 'Number of high findings.',
    medium: 'Number of medium findings.',
    low: 'Number of low findings.',
    'rate-limit-remaining':
      'Requests left in the core (REST) rate limit after the checks; empty when the rate-limit check did not run or the server has no rate limiting.',
    'report-file': 'Absolute path of the JSON report.',
    'badge-file': 'Absolute path of the SVG badge; empty when badge-dir is empty.',
    issues:
      'Tracking issues changed (or, with issues: preview, that would change), as owner/repo#number:action, comma-separated.',
  },
  // Loaded on first use: a bad input fails before the run's code and dependencies are parsed.
  run: async (ctx) => (await import('./run.js')).runHealthCheck(ctx),
});
