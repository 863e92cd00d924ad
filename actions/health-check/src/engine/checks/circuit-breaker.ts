import type { Finding } from '../../../../../shared/core/finding.js';
import { breakerSelfTest } from '../breaker-self-test.js';
import type { HealthCheck } from '../types.js';

/**
 * Circuit breaker: a self-test of the breaker logic (a fresh breaker driven through every transition
 * on a controlled clock, see breaker-self-test.ts), and beside it the live breaker of this run's
 * client after the other checks: its state, how often it opened, and the attempts that failed.
 * Needs no network, so it still runs (and says something true) during an outage.
 */
export const circuitBreakerCheck: HealthCheck = {
  id: 'circuit-breaker',
  description:
    'Self-test of the circuit breaker (closed, open, half-open, closed on a controlled clock), and the live breaker of this run.',
  phase: 3,
  needsApi: false,
  async validate(ctx) {
    const findings: Finding[] = [];
    const test = await breakerSelfTest();
    if (!test.ok) {
      const bad = test.steps.find((s) => !s.ok);
      findings.push({
        ruleId: 'health/circuit-breaker/self-test',
        severity: 'high',
        category: 'circuit-breaker',
        message: `The circuit breaker self-test failed at "${test.failedAt}": expected ${bad?.expected}, got ${bad?.actual}.`,
        help: 'The breaker no longer protects GitHub during an outage: see shared/github/circuit-breaker.ts.',
      });
    }
    const { breaker } = ctx.client.moko;
    const state = breaker.state;
    ctx.observations.breakerState = state;
    ctx.observations.breakerOpenings = breaker.openings;
    const stats = ctx.client.moko.stats();
    const failed = Object.entries(stats.byStatus)
      .filter(([status]) => status === 'network' || status === 'circuit_open' || Number(status) >= 500)
      .reduce((sum, [, n]) => sum + n, 0);
    ctx.note(
      'circuit-breaker',
      `self-test ${test.ok ? 'passed' : 'FAILED'} (${test.steps.filter((s) => s.ok).length}/${test.steps.length} transitions); ` +
        `live: ${state}, opened ${breaker.openings}×, ${stats.requests} call${stats.requests === 1 ? '' : 's'}, ${failed} failed`,
    );
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
