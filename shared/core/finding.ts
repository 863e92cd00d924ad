/** Severity of a finding, lowest first. `fail-on` inputs use these plus `none`. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type FailOn = 'none' | Severity;

/** One thing a validator or scanner found: the common currency of security-scan and health-check. */
export interface Finding {
  /** Stable rule id, e.g. `secret/github-pat` or `health/rate-limit`. */
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path relative to the scanned root, with forward slashes. */
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Stable across runs (does not depend on line numbers shifting). */
  fingerprint?: string;
  /** Grouping, e.g. `secret`, `dangerous-function`, `file-permission`, `workflow`. */
  category?: string;
  /** How to fix it. */
  help?: string;
}

/** Numeric rank of a severity (low = 1 … critical = 4). */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity) + 1;
}

/** True when a finding of `severity` should fail a run configured with `failOn`. */
export function meetsThreshold(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && severityRank(severity) >= severityRank(failOn);
}

/** Counts of findings per severity, every severity present. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
