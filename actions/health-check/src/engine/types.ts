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

/** A check's status: a health status, or `not-checked` when what it needs (the API) was not there. */
export type CheckStatus = HealthStatus | 'not-checked';

/** Settings the checks read, resolved once from the inputs. */
export interface HealthSettings {
  target: HealthTarget;
  /** Percent of a rate-limit resource that must remain; below it the check reports `high`. */
  rateLimitThreshold: number;
  requiredFiles: RequiredFile[];
  /** Compliance rules to apply (all when absent or empty). */
  complianceRules?: readonly string[];
  /** health-check's own inputs that turn on a write needing more permissions (`re-enable`, `badge-branch`, `issues`). */
  enabledInputs?: readonly string[];
  /** Actions of the collection whose permissions the token must have. */
  permissionsFor: readonly string[];
  /** How late a scheduled run may start before its workflow counts as late. */
  scheduleGraceMs: number;
  /** The calling repository (`owner/name`): its workflows are checked first. */
  ownRepository?: string;
  /** Re-enable workflows GitHub disabled for inactivity (false in dry-run). */
  reEnable: boolean;
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
  /** Marks a check as not made (it could not see what it checks), with the reason. */
  notChecked(check: string, why: string): void;
  /** Permissions of the GitHub App installation behind the token, when the adapter could read them. */
  grantedPermissions?: Record<string, string>;
  /** Numbers the report turns into gauges. */
  observations: HealthObservations;
  /** Writes the checks made (a re-enabled workflow), for the audit log. */
  writes: HealthWrite[];
}

/** A write a check made, audited by the adapter. */
export interface HealthWrite {
  type: string;
  target: string;
  detail: Record<string, unknown>;
}

/** Measured values, exported as Prometheus gauges. */
export interface HealthObservations {
  apiLatencyMs?: number;
  /** Set when the first probe got no answer: nothing else was asked of the API, nothing may be written. */
  apiUnreachable?: boolean;
  rateLimits: Record<string, { limit: number; remaining: number; reset: number }>;
  repositories?: number;
  /** Full names of the repositories checked. */
  repositoryNames?: string[];
  /** Percent used per rate-limit resource. */
  rateLimitsUsedPercent?: Record<string, number>;
  breakerState?: 'closed' | 'half-open' | 'open';
  breakerOpenings?: number;
  /** Repositories the token could not read, counted and named (first few). */
  unreadable?: { count: number; names: string[] };
  /** Scheduled workflows checked, late, disabled. */
  schedules?: { workflows: number; late: number; disabled: number; reEnabled: number };
}

/**
 * One health check: a validator plugin (shared/validation/plugins.ts) plus the phase it runs in.
 * Phases run one after the other so a check can observe what earlier ones did: the rate limit is
 * read after the repository checks spent requests, the circuit breaker last of all.
 */
export interface HealthCheck extends ValidatorPlugin<HealthContext> {
  phase: 1 | 2 | 3;
  /** False for a check that works without the GitHub API (the breaker self-test); default true. */
  needsApi?: boolean;
}
