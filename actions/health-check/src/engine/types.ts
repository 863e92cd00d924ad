import type { Logger } from '../../../../shared/core/logger.js';
import type { Clock } from '../../../../shared/core/clock.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import type { ValidatorPlugin } from '../../../../shared/validation/plugins.js';
import type { ApiProbe } from './probe.js';
import type { RepoInventory } from './repo-scan.js';
import type { RequiredFile } from './required-files.js';
import type { TokenInfo } from './token-kind.js';

/** What health-check looks at: one repository, or every non-archived repository of an organization. */
export type HealthTarget = { kind: 'repository'; owner: string; repo: string } | { kind: 'organization'; org: string };

/** Health of one check or of the whole run. */
export type HealthStatus = 'healthy' | 'degraded' | 'unhealthy';

/** Settings the checks read, resolved once from the inputs. */
export interface HealthSettings {
  target: HealthTarget;
  /** Percent of a rate-limit resource that must remain; below it the check reports `high`. */
  rateLimitThreshold: number;
  requiredFiles: RequiredFile[];
}

/** Everything a check receives; probes are shared and run at most once per run. */
export interface HealthContext {
  client: GitHubClient;
  clock: Clock;
  logger: Logger;
  settings: HealthSettings;
  token: TokenInfo;
  /** GET /rate_limit at the start of the run (latency, status, headers). */
  probe(): Promise<ApiProbe>;
  /** Target repositories with their compliance files and scheduled workflows (GraphQL, batched). */
  inventory(): Promise<RepoInventory>;
  /** A one-line detail of a check for the summary table (what was measured). */
  note(check: string, detail: string): void;
  /** Numbers the report turns into gauges. */
  observations: HealthObservations;
}

/** Measured values, exported as Prometheus gauges. */
export interface HealthObservations {
  apiLatencyMs?: number;
  rateLimits: Record<string, { limit: number; remaining: number; reset: number }>;
  repositories?: number;
  breakerState?: 'closed' | 'half-open' | 'open';
}

/**
 * One health check: a validator plugin (shared/validation/plugins.ts) plus the phase it runs in.
 * Phases run one after the other so a check can observe what earlier ones did: the rate limit is
 * read after the repository checks spent requests, the circuit breaker last of all.
 */
export interface HealthCheck extends ValidatorPlugin<HealthContext> {
  phase: 1 | 2 | 3;
}
