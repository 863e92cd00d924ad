import type { Metrics } from '../../../shared/metrics/metrics.js';
import type { AnnotationLevel, Annotations, JobSummary } from '../../../shared/summary/summary.js';
import {
  countBySeverity,
  type Finding,
  SEVERITIES,
  type Severity,
  severityRank,
} from '../../../shared/core/finding.js';
import type { HealthReport } from './engine/run-health.js';
import { HEALTH_STATUSES } from './engine/status.js';
import type { HealthStatus, HealthTarget } from './engine/types.js';

const ICON: Record<HealthStatus, string> = { healthy: '✅', degraded: '⚠️', unhealthy: '❌' };
const LEVEL: Record<Severity, AnnotationLevel> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice' };
/** Findings listed in the summary; the rest are counted. */
const SUMMARY_FINDINGS = 50;
const ORDER = [...SEVERITIES].reverse();

/** Findings ordered critical first (a stable sort keeps each severity in check order). */
function worstFirst(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
}

/** `owner/repo` or `organization org`. */
export function targetLabel(target: HealthTarget): string {
  return target.kind === 'repository' ? `${target.owner}/${target.repo}` : `organization ${target.org}`;
}

/** The job summary: overall status, one row per check, then the findings, worst first. */
export function writeHealthSummary(summary: JobSummary, report: HealthReport, target: HealthTarget): void {
  summary.heading('Health check', 2);
  const counts = countBySeverity(report.findings);
  summary.paragraph(
    `${ICON[report.status]} **${report.status}**: ${targetLabel(target)}, ${report.checks.length} check${report.checks.length === 1 ? '' : 's'}, ` +
      `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} (${ORDER.map((s) => `${counts[s]} ${s}`).join(', ')}).`,
  );
  summary.table(
    ['check', 'status', 'findings', 'detail'],
    report.checks.map((c) => [`\`${c.id}\``, `${ICON[c.status]} ${c.status}`, c.findings.length, c.detail]),
    ['left', 'left', 'right', 'left'],
  );
  if (report.findings.length === 0) return;
  const sorted = worstFirst(report.findings);
  summary.heading('Findings', 3);
  summary.table(
    ['severity', 'check', 'finding'],
    sorted
      .slice(0, SUMMARY_FINDINGS)
      .map((f) => [f.severity, f.category ?? '', f.help ? `${f.message} ${f.help}` : f.message]),
  );
  if (sorted.length > SUMMARY_FINDINGS)
    summary.paragraph(`_${sorted.length - SUMMARY_FINDINGS} more findings not listed._`);
}

/** One annotation per finding, worst first; the Annotations helper caps them at what GitHub shows. */
export function annotateHealth(annotations: Annotations, report: HealthReport): void {
  const sorted = worstFirst(report.findings);
  for (const f of sorted) annotations.add(LEVEL[f.severity], f.message, { title: `${f.ruleId} (${f.severity})` });
}

/**
 * Gauges for dashboards and alerts: `moko_health_status`, `moko_health_check_status{check}` (0 healthy,
 * 1 degraded, 2 unhealthy), `moko_health_findings{severity}`, `moko_health_api_latency_seconds`,
 * `moko_health_rate_limit_remaining{resource}` / `_limit{resource}`, `moko_health_repositories`.
 */
export function recordHealthMetrics(metrics: Metrics, report: HealthReport): void {
  metrics
    .gauge('health_status', 'Overall health: 0 healthy, 1 degraded, 2 unhealthy.')
    .set(HEALTH_STATUSES.indexOf(report.status));
  const check = metrics.gauge('health_check_status', 'Health per check: 0 healthy, 1 degraded, 2 unhealthy.', [
    'check',
  ]);
  for (const c of report.checks) check.set({ check: c.id }, HEALTH_STATUSES.indexOf(c.status));
  const findings = metrics.gauge('health_findings', 'Health findings by severity.', ['severity']);
  const counts = countBySeverity(report.findings);
  for (const s of SEVERITIES) findings.set({ severity: s }, counts[s]);
  const o = report.observations;
  if (o.apiLatencyMs !== undefined)
    metrics.gauge('health_api_latency_seconds', 'Latency of GET /rate_limit in seconds.').set(o.apiLatencyMs / 1000);
  const remaining = metrics.gauge('health_rate_limit_remaining', 'Requests left per rate-limit resource.', [
    'resource',
  ]);
  const limit = metrics.gauge('health_rate_limit_limit', 'Request budget per rate-limit resource.', ['resource']);
  for (const [resource, r] of Object.entries(o.rateLimits)) {
    remaining.set({ resource }, r.remaining);
    limit.set({ resource }, r.limit);
  }
  if (o.repositories !== undefined)
    metrics.gauge('health_repositories', 'Repositories checked (archived ones excluded).').set(o.repositories);
}
