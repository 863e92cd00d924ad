import type { Finding } from '../../../../../shared/core/finding.js';
import type { HealthCheck } from '../types.js';

/**
 * The client's circuit breaker after every other check ran: open means GitHub failed the run's
 * requests repeatedly (5xx or network errors), half-open that it is being probed again.
 */
export const circuitBreakerCheck: HealthCheck = {
  id: 'circuit-breaker',
  description: 'State of the GitHub client circuit breaker after the other checks, and failed attempts.',
  phase: 3,
  validate(ctx) {
    const { breaker } = ctx.client.moko;
    const state = breaker.state;
    ctx.observations.breakerState = state;
    const stats = ctx.client.moko.stats();
    const failed = Object.entries(stats.byStatus)
      .filter(([status]) => status === 'network' || status === 'circuit_open' || Number(status) >= 500)
      .reduce((sum, [, n]) => sum + n, 0);
    ctx.note(
      'circuit-breaker',
      `${state}; ${stats.requests} call${stats.requests === 1 ? '' : 's'}, ${failed} failed (5xx, network or refused)`,
    );
    const findings: Finding[] = [];
    if (state === 'open' || state === 'half-open') {
      findings.push({
        ruleId: `health/circuit-breaker/${state}`,
        severity: state === 'open' ? 'high' : 'medium',
        category: 'circuit-breaker',
        message: `The GitHub client circuit breaker is ${state} after ${breaker.failures} consecutive failed attempts: GitHub is failing requests.`,
        help: 'See https://www.githubstatus.com; actions fail fast while the breaker is open and retry after it resets.',
      });
    } else if (failed > 0) {
      findings.push({
        ruleId: 'health/circuit-breaker/failures',
        severity: 'low',
        category: 'circuit-breaker',
        message: `${failed} GitHub API call${failed === 1 ? '' : 's'} failed with a server or network error during the checks.`,
      });
    }
    return findings;
  },
};
