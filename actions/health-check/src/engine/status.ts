import { type Finding, meetsThreshold } from '../../../../shared/core/finding.js';
import type { CheckStatus, HealthStatus } from './types.js';

/** Order of statuses, best first; gauges report the index (0 healthy, 1 degraded, 2 unhealthy). */
export const HEALTH_STATUSES: readonly HealthStatus[] = ['healthy', 'degraded', 'unhealthy'];

/** Gauge value of a check status: the health index, 3 for a check that could not be made. */
export function checkStatusValue(status: CheckStatus): number {
  return status === 'not-checked' ? 3 : HEALTH_STATUSES.indexOf(status);
}

/** Status of a check from its findings: high or critical → unhealthy, low or medium → degraded, none → healthy. */
export function statusOf(findings: readonly Finding[], crashed = false): HealthStatus {
  if (crashed || findings.some((f) => meetsThreshold(f.severity, 'high'))) return 'unhealthy';
  return findings.length > 0 ? 'degraded' : 'healthy';
}

/**
 * The worst of several statuses (healthy when there are none). A check that could not be made adds
 * nothing either way: its own row says `not checked`, and an outage that stopped it is the api
 * check's (critical) finding.
 */
export function worstStatus(statuses: readonly CheckStatus[]): HealthStatus {
  const ranks = statuses.map((s) => (s === 'not-checked' ? 0 : HEALTH_STATUSES.indexOf(s)));
  return HEALTH_STATUSES[Math.max(0, ...ranks)] as HealthStatus;
}

/** True when `status` is at least as bad as `threshold`. */
export function atLeast(status: HealthStatus, threshold: HealthStatus): boolean {
  return HEALTH_STATUSES.indexOf(status) >= HEALTH_STATUSES.indexOf(threshold);
}
