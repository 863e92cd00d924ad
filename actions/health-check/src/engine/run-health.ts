import type { Logger } from '../../../../shared/core/logger.js';
import type { Clock } from '../../../../shared/core/clock.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import type { Finding } from '../../../../shared/core/finding.js';
import { runValidators } from '../../../../shared/validation/plugins.js';
import { once, probeRateLimit } from './probe.js';
import { readInventory } from './repo-scan.js';
import { statusOf, worstStatus } from './status.js';
import { apiCheck } from './checks/api.js';
import type { TokenInfo } from './token-kind.js';
import type {
  CheckStatus,
  HealthCheck,
  HealthContext,
  HealthObservations,
  HealthSettings,
  HealthStatus,
  HealthWrite,
} from './types.js';

/** The result of one check. */
export interface CheckResult {
  id: string;
  description: string;
  status: CheckStatus;
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
  /** Writes the checks made (re-enabled workflows). */
  writes: HealthWrite[];
}

/** What {@link runHealthChecks} needs; all injected so tests pass fakes. */
export interface RunHealthOptions {
  checks: readonly HealthCheck[];
  client: GitHubClient;
  clock: Clock;
  logger: Logger;
  settings: HealthSettings;
  token: TokenInfo;
  /** Permissions of the App installation behind the token, when known. */
  grantedPermissions?: Record<string, string>;
  /** Organization page size of the GraphQL read. */
  pageSize?: number;
}

/**
 * Runs the selected checks phase by phase (each phase concurrently, through the validator plugin
 * runner). A check that throws is reported as unhealthy with a `high` finding rather than
 * stopping the others: a health check must report, not crash. The API is probed first: when it
 * does not answer, the api check reports the cause and every check that needs the API is
 * `not-checked` (none of them claims healthy for what it could not see, and none waits on retries).
 */
export async function runHealthChecks(opts: RunHealthOptions): Promise<HealthReport> {
  const notes = new Map<string, string>();
  const observations: HealthObservations = { rateLimits: {} };
  const writes: HealthWrite[] = [];
  const skipped = new Set<string>();
  const ctx: HealthContext = {
    client: opts.client,
    clock: opts.clock,
    logger: opts.logger,
    settings: opts.settings,
    token: opts.token,
    probe: once(() => probeRateLimit(opts.client, opts.clock)),
    inventory: once(async () => {
      const inventory = await readInventory(
        opts.client,
        opts.settings.target,
        opts.settings.requiredFiles,
        opts.pageSize,
      );
      observations.repositories = inventory.repos.length;
      observations.repositoryNames = inventory.repos.map((r) => r.fullName);
      return inventory;
    }),
    note: (check, detail) => notes.set(check, detail),
    notChecked: (check, why) => {
      skipped.add(check);
      notes.set(check, `not checked: ${why}`);
    },
    observations,
    writes,
    ...(opts.grantedPermissions ? { grantedPermissions: opts.grantedPermissions } : {}),
  };
  const results = new Map<string, CheckResult>();
  const needsApi = opts.checks.some((c) => c.needsApi !== false);
  const probe = needsApi ? await ctx.probe() : undefined;
  let selected = opts.checks;
  if (probe && !probe.reachable) {
    observations.apiUnreachable = true;
    const why = `not checked: the API is unreachable (${probe.cause ? `${probe.cause.host} ${probe.cause.code}` : 'no answer'})`;
    for (const c of opts.checks) {
      if (c.needsApi === false || c.id === apiCheck.id) continue;
      results.set(c.id, { id: c.id, description: c.description, status: 'not-checked', findings: [], detail: why });
    }
    // The api check reports the outage even when it was not selected: it is the reason for the rest.
    selected = [apiCheck, ...opts.checks.filter((c) => c.needsApi === false && c.id !== apiCheck.id)];
  }
  for (const phase of [1, 2, 3] as const) {
    const plugins = selected.filter((c) => c.phase === phase);
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
        status:
          skipped.has(plugin.id) && findings.length === 0 ? 'not-checked' : statusOf(findings, failure !== undefined),
        findings,
        detail: failure ? `error: ${failure.message}` : (notes.get(plugin.id) ?? ''),
        ...(failure ? { error: failure.message } : {}),
      });
    }
  }
  // Summary order is the order the checks were given in, not the phase order.
  const order = opts.checks.some((c) => c.id === apiCheck.id) ? opts.checks : [apiCheck, ...opts.checks];
  const checks = order.map((c) => results.get(c.id)).filter((r): r is CheckResult => r !== undefined);
  return {
    status: worstStatus(checks.map((c) => c.status)),
    checks,
    findings: checks.flatMap((c) => c.findings),
    observations,
    writes,
  };
}
