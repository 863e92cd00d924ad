import type { Logger } from '../../../../shared/core/logger.js';
import type { Clock } from '../../../../shared/core/clock.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import type { Finding } from '../../../../shared/core/finding.js';
import { runValidators } from '../../../../shared/validation/plugins.js';
import { once, probeRateLimit } from './probe.js';
import { readInventory } from './repo-scan.js';
import { statusOf, worstStatus } from './status.js';
import type { TokenInfo } from './token-kind.js';
import type { HealthCheck, HealthContext, HealthObservations, HealthSettings, HealthStatus } from './types.js';

/** The result of one check. */
export interface CheckResult {
  id: string;
  description: string;
  status: HealthStatus;
  findings: Finding[];
  detail: string;
  /** Set when the check itself failed to run. */
  error?: string;
}

/** The result of a health-check run. */
export interface HealthReport {
  status: HealthStatus;
  checks: CheckResult[];
  findings: Finding[];
  observations: HealthObservations;
}

/** What {@link runHealthChecks} needs; all injected so tests pass fakes. */
export interface RunHealthOptions {
  checks: readonly HealthCheck[];
  client: GitHubClient;
  clock: Clock;
  logger: Logger;
  settings: HealthSettings;
  token: TokenInfo;
  /** Organization page size of the GraphQL read. */
  pageSize?: number;
}

/**
 * Runs the selected checks phase by phase (each phase concurrently, through the validator plugin
 * runner). A check that throws is reported as unhealthy with a `high` finding rather than
 * stopping the others: a health check must report, not crash.
 */
export async function runHealthChecks(opts: RunHealthOptions): Promise<HealthReport> {
  const notes = new Map<string, string>();
  const observations: HealthObservations = { rateLimits: {} };
  const ctx: HealthContext = {
    client: opts.client,
    clock: opts.clock,
    logger: opts.logger,
    settings: opts.settings,
    token: opts.token,
    probe: once(() => probeRateLimit(opts.client, opts.clock)),
    inventory: once(() => readInventory(opts.client, opts.settings.target, opts.settings.requiredFiles, opts.pageSize)),
    note: (check, detail) => notes.set(check, detail),
    observations,
  };
  const results = new Map<string, CheckResult>();
  for (const phase of [1, 2, 3] as const) {
    const plugins = opts.checks.filter((c) => c.phase === phase);
    if (plugins.length === 0) continue;
    // No logger for the runner: its warning per crashed plugin would duplicate the finding's annotation.
    const outcome = await runValidators(plugins, ctx);
    for (const plugin of plugins) {
      const failure = outcome.errors.find((e) => e.plugin === plugin.id);
      if (failure?.error instanceof Error && failure.error.stack) opts.logger.debug(failure.error.stack);
      const findings: Finding[] = failure
        ? [
            {
              ruleId: `health/${plugin.id}/error`,
              severity: 'high',
              category: plugin.id,
              message: `The ${plugin.id} check could not run: ${failure.message}`,
            },
          ]
        : (outcome.byPlugin[plugin.id] ?? []);
      results.set(plugin.id, {
        id: plugin.id,
        description: plugin.description,
        status: statusOf(findings, failure !== undefined),
        findings,
        detail: failure ? `error: ${failure.message}` : (notes.get(plugin.id) ?? ''),
        ...(failure ? { error: failure.message } : {}),
      });
    }
  }
  // Summary order is the order the checks were given in, not the phase order.
  const checks = opts.checks.map((c) => results.get(c.id)).filter((r): r is CheckResult => r !== undefined);
  return {
    status: worstStatus(checks.map((c) => c.status)),
    checks,
    findings: checks.flatMap((c) => c.findings),
    observations,
  };
}
