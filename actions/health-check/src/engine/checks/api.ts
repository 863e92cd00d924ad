import type { Finding } from '../../../../../shared/core/finding.js';
import type { HealthCheck } from '../types.js';

/** Above this, the API answers but slowly enough to slow every action down (GitHub answers most calls in < 0.5 s). */
export const SLOW_API_MS = 2000;

/** API reachable: one GET /rate_limit, timed. */
export const apiCheck: HealthCheck = {
  id: 'api',
  description: 'The GitHub API answers GET /rate_limit, and how fast.',
  phase: 1,
  async validate(ctx) {
    const probe = await ctx.probe();
    ctx.observations.apiLatencyMs = probe.latencyMs;
    const findings: Finding[] = [];
    if (!probe.reachable) {
      const cause = probe.cause ? `${probe.cause.host} ${probe.cause.code}` : 'no answer';
      ctx.note('api', `unreachable: ${cause} after ${probe.latencyMs} ms (${probe.error ?? 'no answer'})`);
      findings.push({
        ruleId: 'health/api/unreachable',
        severity: 'critical',
        category: 'api',
        message: `The GitHub API did not answer GET /rate_limit: ${cause} (${probe.error ?? 'no answer'}).`,
        help: 'Check GITHUB_API_URL, the network path to GitHub and https://www.githubstatus.com.',
      });
      return findings;
    }
    ctx.note('api', `HTTP ${probe.status} in ${probe.latencyMs} ms`);
    if (probe.latencyMs > SLOW_API_MS) {
      findings.push({
        ruleId: 'health/api/slow',
        severity: 'low',
        category: 'api',
        message: `The GitHub API took ${probe.latencyMs} ms to answer GET /rate_limit (more than ${SLOW_API_MS} ms).`,
      });
    }
    return findings;
  },
};
