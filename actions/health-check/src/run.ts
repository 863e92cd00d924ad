import type { ActionContext, ActionResult } from '../../../shared/action/define-action.js';
import { countBySeverity, meetsThreshold } from '../../../shared/core/finding.js';
import { errorMessage } from '../../../shared/core/errors.js';
import { systemClock } from '../../../shared/core/clock.js';
import { createAppJwt } from '../../../shared/github/app-auth.js';
import { createGitHubClient, type GitHubClient } from '../../../shared/github/client.js';
import { maskUrlCredentials } from '../../../shared/metrics/pushgateway-url.js';
import { installationPermissions } from './engine/app-permissions.js';
import { selectChecks } from './engine/registry.js';
import { runHealthChecks } from './engine/run-health.js';
import { tokenInfo } from './engine/token-kind.js';
import type { HealthTarget } from './engine/types.js';
import { publishIssues, writeReportFiles } from './publish.js';
import { type HealthInputs, healthSettings } from './settings.js';
import { annotateHealth, recordHealthMetrics, targetLabel, writeHealthSummary } from './summary.js';

/** The Pushgateway job of a target: `health-check/<owner>/<repo>` or `health-check/<org>`. */
export function pushJob(target: HealthTarget): string {
  return target.kind === 'repository' ? `health-check/${target.owner}/${target.repo}` : `health-check/${target.org}`;
}

/**
 * The health client. A health check reports a rate limit rather than waiting it out: the framework's
 * client waits up to 15 minutes for a reset, this one gives up on waits over a minute (the rate-limit
 * check then says why). And it reports an outage rather than riding it out: the framework's client
 * retries 5xx and network errors 3 times (1 + 4 + 9 s of backoff) with 30 s per attempt, which made an
 * unreachable API take 15 s (refused) to 105 s (no answer) to report; this one retries once after
 * 1 s, with 10 s per attempt (GitHub's own limit), 4 s for the probe.
 */
export const HEALTH_CLIENT = {
  throttle: { maxWaitMs: 60_000, maxRetries: 1 },
  retries: 1,
  retryBaseMs: 1000,
  timeoutMs: 10_000,
};

/** The run's client (short rate-limit waits) and token kind; the token itself is never logged. */
async function healthClient(ctx: ActionContext<HealthInputs>): Promise<{ client: GitHubClient; token?: string }> {
  const client = await ctx.github(HEALTH_CLIENT);
  const auth = (await client.auth()) as { token?: unknown };
  return typeof auth.token === 'string' && auth.token !== '' ? { client, token: auth.token } : { client };
}

/** The App installation's permissions (read with the App's JWT) when the token was minted from app-id. */
async function appPermissions(ctx: ActionContext<HealthInputs>): Promise<Record<string, string> | undefined> {
  const { 'app-id': appId, 'app-private-key': key } = ctx.inputs;
  if (!appId || !key || !ctx.env.repository) return undefined;
  try {
    const jwt = createAppJwt(appId, key);
    ctx.mask(jwt);
    const app = createGitHubClient({
      token: jwt,
      apiUrl: ctx.env.apiUrl,
      logger: ctx.logger,
      cache: false,
      retries: 1,
    });
    return await installationPermissions(app, ctx.env.repository.owner);
  } catch (error) {
    ctx.logger.warning(`Could not read the App installation's permissions: ${errorMessage(error)}`);
    return undefined;
  }
}

/** The action's run: settings, checks, issues, report files and badge, summary, metrics, pass or fail. */
export async function runHealthCheck(ctx: ActionContext<HealthInputs>): Promise<ActionResult> {
  const i = ctx.inputs;
  if (i['pushgateway-url']) maskUrlCredentials(i['pushgateway-url'], ctx.mask);
  const own = ctx.env.repository;
  const settings = {
    ...healthSettings(i, ctx.env),
    ...(own ? { ownRepository: `${own.owner}/${own.repo}` } : {}),
  };
  const { target } = settings;
  const checks = selectChecks(i.checks);
  const { client, token: resolved } = await healthClient(ctx);
  const token = tokenInfo(resolved, Boolean(i['app-id']));
  const granted = await appPermissions(ctx);
  ctx.logger.info(`Checking ${targetLabel(target)}: ${checks.map((c) => c.id).join(', ')}.`);

  const report = await runHealthChecks({
    checks,
    client,
    clock: systemClock,
    logger: ctx.logger,
    settings,
    token,
    ...(granted ? { grantedPermissions: granted } : {}),
  });
  for (const c of report.checks) ctx.logger.info(`${c.id}: ${c.status}${c.detail ? ` (${c.detail})` : ''}`);
  for (const w of report.writes) ctx.audit.event(`health-check.${w.type}`, { target: w.target, ...w.detail });

  const at = new Date(systemClock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const issues = i.issues === 'off' ? [] : await publishIssues(ctx, client, report, target, at);
  const { reportFile, badgeFile } = await writeReportFiles(ctx, client, report, target, at, issues);

  writeHealthSummary(ctx.summary, report, target, issues);
  annotateHealth(ctx.annotations, report);
  recordHealthMetrics(ctx.metrics, report, issues);
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
  const opened = issues.filter((o) => o.action !== 'none' && o.action !== 'unchanged');
  const outputs = {
    status: report.status,
    findings: report.findings.length,
    ...counts,
    'rate-limit-remaining': coreLimit ? coreLimit.remaining : '',
    'report-file': reportFile,
    'badge-file': badgeFile ?? '',
    issues: opened.map((o) => `${o.repository}#${o.number ?? 'new'}:${o.action}`).join(','),
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
