import type { ActionContext, ActionResult } from '../../../shared/action/define-action.js';
import { errorMessage, UserError } from '../../../shared/core/errors.js';
import type { InputValues } from '../../../shared/action/inputs.js';
import { systemClock } from '../../../shared/core/clock.js';
import type { GitHubClient } from '../../../shared/github/client.js';
import { selectChecks } from './engine/registry.js';
import { annotateHealth, recordHealthMetrics, targetLabel, writeHealthSummary } from './summary.js';
import { parseRequiredFiles } from './engine/required-files.js';
import { runHealthChecks } from './engine/run-health.js';
import { maskUrlCredentials } from '../../../shared/metrics/pushgateway-url.js';
import { tokenInfo } from './engine/token-kind.js';
import type { HealthTarget } from './engine/types.js';
import { countBySeverity, meetsThreshold } from '../../../shared/core/finding.js';
import type { healthInputs } from './settings.js';

type Inputs = InputValues<typeof healthInputs>;

/** The target: the organization input, else the calling repository. */
export function resolveTarget(
  organization: string | undefined,
  repository?: { owner: string; repo: string },
): HealthTarget {
  if (organization) return { kind: 'organization', org: organization };
  if (!repository)
    throw new UserError(
      'No target: set the organization input, or run in a repository (GITHUB_REPOSITORY is not set).',
    );
  return { kind: 'repository', owner: repository.owner, repo: repository.repo };
}

/** The Pushgateway job of a target: `health-check/<owner>/<repo>` or `health-check/<org>`. */
export function pushJob(target: HealthTarget): string {
  return target.kind === 'repository' ? `health-check/${target.owner}/${target.repo}` : `health-check/${target.org}`;
}

/**
 * A health check reports a rate limit rather than waiting it out: the framework's client waits up to
 * 15 minutes for a reset, this one gives up on waits over a minute (the rate-limit check then says why).
 */
export const HEALTH_THROTTLE = { maxWaitMs: 60_000, maxRetries: 1 };

/**
 * The run's client (short rate-limit waits) and token. The token is the one the framework resolved
 * (github-token, or the installation token it minted from app-id), read through Octokit's public
 * `auth()`; only its prefix is used, to tell its kind, and it is never logged.
 */
async function healthClient(ctx: ActionContext<Inputs>): Promise<{ client: GitHubClient; token?: string }> {
  const client = ctx.github({ throttle: HEALTH_THROTTLE });
  const auth = (await client.auth()) as { token?: unknown };
  return typeof auth.token === 'string' && auth.token !== '' ? { client, token: auth.token } : { client };
}

/** The action's run: resolve settings, run the checks, report, push, decide pass or fail. */
export async function runHealthCheck(ctx: ActionContext<Inputs>): Promise<ActionResult> {
  const i = ctx.inputs;
  if (i['pushgateway-url']) maskUrlCredentials(i['pushgateway-url'], ctx.mask);
  const target = resolveTarget(i.organization, ctx.env.repository);
  const requiredFiles = parseRequiredFiles(i['required-files']);
  const checks = selectChecks(i.checks);
  const { client, token: resolved } = await healthClient(ctx);
  const token = tokenInfo(resolved, Boolean(i['app-id']));
  ctx.logger.info(`Checking ${targetLabel(target)}: ${checks.map((c) => c.id).join(', ')}.`);

  const report = await runHealthChecks({
    checks,
    client,
    clock: systemClock,
    logger: ctx.logger,
    settings: { target, rateLimitThreshold: i['rate-limit-threshold'], requiredFiles },
    token,
  });
  for (const c of report.checks) ctx.logger.info(`${c.id}: ${c.status}${c.detail ? ` (${c.detail})` : ''}`);

  writeHealthSummary(ctx.summary, report, target);
  annotateHealth(ctx.annotations, report);
  recordHealthMetrics(ctx.metrics, report);
  const counts = countBySeverity(report.findings);
  ctx.audit.event('health-check.results', { target: targetLabel(target), status: report.status, ...counts });

  if (i['pushgateway-url']) {
    if (ctx.dryRun) ctx.logger.info('Dry run: health gauges not pushed to the Pushgateway.');
    else {
      try {
        await ctx.metrics.push(i['pushgateway-url'], pushJob(target));
        ctx.logger.info(`Pushed the health gauges to the Pushgateway (job ${pushJob(target)}).`);
      } catch (error) {
        // Telemetry must not hide the health result itself: warn, keep going.
        ctx.logger.warning(`Could not push to the Pushgateway: ${errorMessage(error)}`);
      }
    }
  }

  const coreLimit = report.observations.rateLimits.core;
  const outputs = {
    status: report.status,
    findings: report.findings.length,
    ...counts,
    'rate-limit-remaining': coreLimit ? coreLimit.remaining : '',
  };
  const failing = report.findings.filter((f) => meetsThreshold(f.severity, i['fail-on']));
  if (failing.length > 0) {
    return {
      outputs,
      failure: `${report.status}: ${failing.length} finding(s) at or above fail-on: ${i['fail-on']} (see the job summary).`,
    };
  }
  return { outputs };
}
