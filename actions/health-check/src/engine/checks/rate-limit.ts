import type { Finding } from '../../../../../shared/core/finding.js';
import { probeRateLimit } from '../probe.js';
import type { HealthCheck } from '../types.js';

/** The resources checked: REST, GraphQL and search (https://docs.github.com/en/rest/rate-limit/rate-limit). */
export const RATE_RESOURCES = ['core', 'graphql', 'search'] as const;

/**
 * Rate limit per resource, read after the repository checks spent theirs. A resource with less than
 * `rate-limit-threshold` percent left is `high`; an exhausted one is `critical`.
 */
export const rateLimitCheck: HealthCheck = {
  id: 'rate-limit',
  description: 'Requests left per rate-limit resource (core, graphql, search) against rate-limit-threshold.',
  phase: 2,
  async validate(ctx) {
    const probe = await probeRateLimit(ctx.client, ctx.clock);
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
      const percent = (r.remaining / r.limit) * 100;
      parts.push(`${name} ${r.remaining}/${r.limit}`);
      if (percent >= threshold) continue;
      const resetAt = new Date(r.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      findings.push({
        ruleId: r.remaining === 0 ? 'health/rate-limit/exhausted' : 'health/rate-limit/low',
        severity: r.remaining === 0 ? 'critical' : 'high',
        category: 'rate-limit',
        message: `The ${name} rate limit has ${r.remaining} of ${r.limit} requests left (${percent.toFixed(1)}%, below ${threshold}%); it resets at ${resetAt}.`,
        help: 'Find the workflows spending this token (the metrics artifacts count requests by route), spread them over the hour, or give them their own GitHub App.',
      });
    }
    ctx.note('rate-limit', parts.join(', '));
    return findings;
  },
};
