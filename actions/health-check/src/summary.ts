import type { Metrics } from '../../../shared/metrics/metrics.js';
import type { AnnotationLevel, Annotations, JobSummary } from '../../../shared/summary/summary.js';
import {
  countBySeverity,
  type Finding,
  SEVERITIES,
  type Severity,
  severityRank,
} from '../../../shared/core/finding.js';
import type { IssueOutcome } from './engine/issues/tracker.js';
import type { HealthReport } from './engine/run-health.js';
import { checkStatusValue, HEALTH_STATUSES } from './engine/status.js';
import type { CheckStatus, HealthTarget } from './engine/types.js';

const ICON: Record<CheckStatus, string> = { healthy: '✅', degraded: '⚠️', unhealthy: '❌', 'not-checked': '⏭️' };
const SHOWN: Record<CheckStatus, string> = {
  healthy: 'healthy',
  degraded: 'degraded',
  unhealthy: 'unhealthy',
  'not-checked': 'not checked',
};
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

/** The job summary: overall status, one row per check, tracking issues, then the findings, worst first. */
export function writeHealthSummary(
  summary: JobSummary,
  report: HealthReport,
  target: HealthTarget,
  issues: readonly IssueOutcome[] = [],
): void {
  summary.heading('Health check', 2);
  const counts = countBySeverity(report.findings);
  const skipped = report.checks.filter((c) => c.status === 'not-checked').length;
  summary.paragraph(
    `${ICON[report.status]} **${report.status}**: ${targetLabel(target)}, ${report.checks.length} check${report.checks.length === 1 ? '' : 's'}, ` +
      `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} (${ORDER.map((s) => `${counts[s]} ${s}`).join(', ')})` +
      (skipped > 0 ? `; ${skipped} check${skipped === 1 ? '' : 's'} not checked (see why below).` : '.'),
  );
  summary.table(
    ['check', 'status', 'findings', 'detail'],
    report.checks.map((c) => [`\`${c.id}\``, `${ICON[c.status]} ${SHOWN[c.status]}`, c.findings.length, c.detail]),
    ['left', 'left', 'right', 'left'],
  );
  const touched = issues.filter((o) => o.action !== 'none');
  if (touched.length > 0) {
    summary.heading('Tracking issues', 3);
    summary.table(
      ['repository', 'issue', touched.some((o) => o.preview) ? 'would' : 'action'],
      touched.map((o) => [
        o.repository,
        o.number ? (o.url ? `[#${o.number}](${o.url})` : `#${o.number}`) : 'new',
        o.action,
      ]),
    );
  }
  if (report.writes.length > 0) {
    summary.heading('Changes made', 3);
    summary.table(
      ['change', 'target'],
      report.writes.map((w) => [w.type, w.target]),
    );
  }
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
 * 1 degraded, 2 unhealthy, 3 not checked), `moko_health_findings{severity}`, `moko_health_check_findings{check}`,
 * `moko_health_api_latency_seconds`, `moko_health_rate_limit_remaining{resource}` / `_limit{resource}` /
 * `_used_percent{resource}`, `moko_health_repositories`, `moko_health_unreadable_repositories`,
 * `moko_health_circuit_openings`, `moko_health_schedules{state}`, `moko_health_issue_actions{action}`.
 */
export function recordHealthMetrics(
  metrics: Metrics,
  report: HealthReport,
  issues: readonly IssueOutcome[] = [],
): void {
  metrics
    .gauge('health_status', 'Overall health: 0 healthy, 1 degraded, 2 unhealthy.')
    .set(HEALTH_STATUSES.indexOf(report.status));
  const check = metrics.gauge(
    'health_check_status',
    'Health per check: 0 healthy, 1 degraded, 2 unhealthy, 3 not checked.',
    ['check'],
  );
  const perCheck = metrics.gauge('health_check_findings', 'Findings per check.', ['check']);
  for (const c of report.checks) {
    check.set({ check: c.id }, checkStatusValue(c.status));
    perCheck.set({ check: c.id }, c.findings.length);
  }
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
  const used = metrics.gauge('health_rate_limit_used_percent', 'Percent used per rate-limit resource.', ['resource']);
  for (const [resource, p] of Object.entries(o.rateLimitsUsedPercent ?? {})) used.set({ resource }, p);
  if (o.repositories !== undefined)
    metrics.gauge('health_repositories', 'Repositories checked (archived ones excluded).').set(o.repositories);
  if (o.unreadable)
    metrics.gauge('health_unreadable_repositories', 'Repositories the token cannot read.').set(o.unreadable.count);
  if (o.breakerOpenings !== undefined)
    metrics
      .gauge('health_circuit_openings', 'Times the live circuit breaker opened during the run.')
      .set(o.breakerOpenings);
  if (o.schedules) {
    const s = metrics.gauge('health_schedules', 'Scheduled workflows by state.', ['state']);
    s.set({ state: 'checked' }, o.schedules.workflows);
    s.set({ state: 'late' }, o.schedules.late);
    s.set({ state: 'disabled' }, o.schedules.disabled);
    s.set({ state: 're-enabled' }, o.schedules.reEnabled);
  }
  if (issues.length > 0) {
    const g = metrics.gauge('health_issue_actions', 'Tracking issue actions of this run.', ['action']);
    const counts = new Map<string, number>();
    for (const i of issues) counts.set(i.action, (counts.get(i.action) ?? 0) + 1);
    for (const [action, n] of counts) g.set({ action }, n);
  }
}
