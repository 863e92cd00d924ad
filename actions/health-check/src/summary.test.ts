import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../test/support/fakes/recording-logger.js';
import { Metrics } from '../../../shared/metrics/metrics.js';
import { Annotations, JobSummary } from '../../../shared/summary/summary.js';
import { annotateHealth, recordHealthMetrics, writeHealthSummary } from './summary.js';
import type { HealthReport } from './engine/run-health.js';

const report: HealthReport = {
  status: 'unhealthy',
  checks: [
    { id: 'api', description: '', status: 'healthy', findings: [], detail: 'HTTP 200 in 80 ms' },
    {
      id: 'rate-limit',
      description: '',
      status: 'unhealthy',
      findings: [
        { ruleId: 'health/rate-limit/low', severity: 'high', category: 'rate-limit', message: 'core low | 1%' },
      ],
      detail: 'core 50/5000',
    },
    {
      id: 'compliance',
      description: '',
      status: 'degraded',
      findings: [
        {
          ruleId: 'health/compliance/missing-file',
          severity: 'low',
          category: 'compliance',
          message: 'no SECURITY.md',
        },
      ],
      detail: '0 of 1',
    },
  ],
  findings: [
    { ruleId: 'health/rate-limit/low', severity: 'high', category: 'rate-limit', message: 'core low | 1%' },
    { ruleId: 'health/compliance/missing-file', severity: 'low', category: 'compliance', message: 'no SECURITY.md' },
  ],
  observations: { apiLatencyMs: 80, rateLimits: { core: { limit: 5000, remaining: 50, reset: 0 } }, repositories: 1 },
  writes: [],
};

describe('health report', () => {
  it('writes the status line, one row per check and the findings worst first, escaped', () => {
    const summary = new JobSummary();
    writeHealthSummary(summary, report, { kind: 'organization', org: 'acme' });
    const md = summary.toString();
    expect(md).toContain(
      '❌ **unhealthy**: organization acme, 3 checks, 2 findings (0 critical, 1 high, 0 medium, 1 low).',
    );
    expect(md).toContain('| `rate-limit` | ❌ unhealthy | 1 | core 50/5000 |');
    expect(md).toContain('| `compliance` | ⚠️ degraded | 1 | 0 of 1 |');
    expect(md.indexOf('core low \\| 1%')).toBeLessThan(md.indexOf('no SECURITY.md'));
  });

  it('annotates each finding at the level of its severity, worst first', () => {
    const logger = recordingLogger();
    annotateHealth(new Annotations(logger), report);
    expect(logger.lines).toEqual(['error: core low | 1%', 'notice: no SECURITY.md']);
  });

  it('exports the status gauges (0 healthy, 1 degraded, 2 unhealthy), findings, latency and rate limits', async () => {
    const metrics = new Metrics();
    recordHealthMetrics(metrics, report);
    const text = await metrics.prometheus();
    for (const line of [
      'moko_health_status 2',
      'moko_health_check_status{check="api"} 0',
      'moko_health_check_status{check="compliance"} 1',
      'moko_health_check_status{check="rate-limit"} 2',
      'moko_health_findings{severity="high"} 1',
      'moko_health_api_latency_seconds 0.08',
      'moko_health_rate_limit_remaining{resource="core"} 50',
      'moko_health_rate_limit_limit{resource="core"} 5000',
      'moko_health_repositories 1',
    ])
      expect(text.split('\n')).toContain(line);
  });
});
