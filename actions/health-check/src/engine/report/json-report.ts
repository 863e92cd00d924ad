import { countBySeverity } from '../../../../../shared/core/finding.js';
import type { IssueOutcome } from '../issues/tracker.js';
import type { HealthReport } from '../run-health.js';
import type { HealthTarget } from '../types.js';

/** Version of the JSON report's shape; bumped on a breaking change. */
export const REPORT_VERSION = 1;

/** The JSON report: everything the summary shows, machine-readable, for dashboards and later runs. */
export function jsonReport(
  report: HealthReport,
  target: HealthTarget,
  at: string,
  issues: readonly IssueOutcome[],
): Record<string, unknown> {
  return {
    version: REPORT_VERSION,
    generatedAt: at,
    target,
    status: report.status,
    counts: countBySeverity(report.findings),
    checks: report.checks.map((c) => ({
      id: c.id,
      status: c.status,
      detail: c.detail,
      findings: c.findings.length,
      ...(c.error ? { error: c.error } : {}),
    })),
    findings: report.findings,
    observations: report.observations,
    writes: report.writes,
    issues,
  };
}
