import { ValidatorRegistry } from '../../../../shared/validation/plugins.js';
import { apiCheck } from './checks/api.js';
import { circuitBreakerCheck } from './checks/circuit-breaker.js';
import { complianceCheck } from './checks/compliance.js';
import { permissionsCheck } from './checks/permissions.js';
import { rateLimitCheck } from './checks/rate-limit.js';
import { scheduleCheck } from './checks/schedule.js';
import { tokenCheck } from './checks/token.js';
import type { HealthCheck, HealthContext } from './types.js';

/** Every health check, in summary order. */
export const HEALTH_CHECKS: readonly HealthCheck[] = [
  apiCheck,
  tokenCheck,
  permissionsCheck,
  rateLimitCheck,
  circuitBreakerCheck,
  scheduleCheck,
  complianceCheck,
];

/** Check ids, for the `checks` input. */
export const HEALTH_CHECK_IDS = HEALTH_CHECKS.map((c) => c.id);

/** The registry the `checks` input selects from (the input rejects an unknown id before it gets here). */
export function healthRegistry(): ValidatorRegistry<HealthContext> {
  return new ValidatorRegistry<HealthContext>(HEALTH_CHECKS, 'check');
}

/** The checks named by `ids` (all when empty), in summary order; an unknown id is a bug and throws. */
export function selectChecks(ids: readonly string[]): HealthCheck[] {
  if (ids.length === 0) return [...HEALTH_CHECKS];
  const chosen = new Set(
    healthRegistry()
      .select(ids)
      .map((p) => p.id),
  );
  return HEALTH_CHECKS.filter((c) => chosen.has(c.id));
}
