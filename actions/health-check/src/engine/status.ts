import { type Finding, meetsThreshold } from '../../../../shared/core/finding.js';
import type { HealthStatus } from './types.js';

/** Order of statuses, best first; gauges report the index (0 healthy, 1 degraded, 2 unhealthy). */
export const HEALTH_STATUSES: readonly HealthStatus[] = ['healthy', 'degraded', 'unhealthy'];

/** Status of a check from its findings: high or critical → unhealthy, low or medium → degraded, none → healthy. */
export function statusOf(findings: readonly Finding[], crashed = false): HealthStatus {
  if (crashed || findings.some((f) => meetsThreshold(f.severity, 'high'))) return 'unhealthy';
  return findings.length > 0 ? 'degraded' : 'healthy';
}

/** The worst of several statuses (healthy when there are none). */
export function worstStatus(statuses: readonly HealthStatus[]): HealthStatus {
  return HEALTH_STATUSES[Math.max(0, ...statuses.map((s) => HEALTH_STATUSES.indexOf(s)))] as HealthStatus;
}
