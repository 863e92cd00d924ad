import type { Finding } from '../../../../../shared/core/finding.js';
import { probeRateLimit } from '../probe.js';
import type { HealthCheck } from '../types.js';

/** The resources checked: REST, GraphQL and search (https://docs.github.com/en/rest/rate-limit/rate-limit). */
export const RATE_RESOURCES = ['core', 'graphql', 'search'] as const;

/**
 * Rate limit per resource, read after the repository checks spent theirs. A resource with
 * the threshold's percent or less left (90% used by default, the roadmap's alert) warns
 * (`medium`, degraded); an exhausted one fails (`critical`): 91% used is a warning, not a failure.
 */
export const rateLimitCheck: HealthCheck = {
  id: 'rate-limit',
  description: 'Requests left per rate-limit resource (core, graphql, search) against the warning threshold.',
  phase: 2,
  async validate(ctx) {
    // Re-read only when other checks spent requests since the run's first probe.
    const first = await ctx.probe();
    const probe = ctx.client.moko.stats().requests > 1 ? await probeRateLimit(ctx.client, ctx.clock) : first;
    if (!probe.reachable) throw new Error(`GET /rate_limit failed: ${probe.error ?? 'no answer'}`);
    if (probe.status === 401) {
      ctx.note('rate-limit', 'not readable: the token was rejected');
      return [];
    }
    if (!probe.resources) {
      // GitHub Enterprise Server with rate limiting switched off answers 404 "Rate limiting is not enabled."
      ctx.note('rate-limit', 'rate limiting is not enabled on this server');
      return [];
    }
    const findings: Finding[] = [];
    const parts: string[] = [];
    const threshold = ctx.settings.rateLimitThreshold;
    for (const name of RATE_RESOURCES) {
      const r = probe.resources[name];
      if (!r || r.limit <= 0) continue;
      ctx.observations.rateLimits[name] = { limit: r.limit, remaining: r.remaining, reset: r.reset };
      ctx.observations.rateLimitsUsedPercent = {
        ...ctx.observations.rateLimitsUsedPercent,
        [name]: Math.round((1 - r.remaining / r.limit) * 1000) / 10,
      };
      const percent = (r.remaining / r.limit) * 100;
      parts.push(`${name} ${r.remaining}/${r.limit}`);
      if (percent > threshold) continue;
      const resetAt = new Date(r.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      findings.push({
        ruleId: r.remaining === 0 ? 'health/rate-limit/exhausted' : 'health/rate-limit/low',
        severity: r.remaining === 0 ? 'critical' : 'medium',
        category: 'rate-limit',
        message: `The ${name} rate limit has ${r.remaining} of ${r.limit} requests left (${(100 - percent).toFixed(1)}% used; the warning is at ${100 - threshold}%); it resets at ${resetAt}.`,
        help: 'Find the workflows spending this token (the metrics artifacts count requests by route), spread them over the hour, or give them their own GitHub App.',
      });
    }
    ctx.note('rate-limit', parts.join(', '));
    return findings;
  },
};
