import { errorMessage, errorStatus } from '../../../../../shared/core/errors.js';
import type { GitHubClient } from '../../../../../shared/github/client.js';
import type { Finding } from '../../../../../shared/core/finding.js';
import { mapLimit } from '../map-limit.js';
import type { RepoHealth } from '../repo-scan.js';
import type { HealthCheck } from '../types.js';

/** Conclusions that mean a scheduled run did not do its job (https://docs.github.com/en/rest/actions/workflow-runs). */
export const FAILED_CONCLUSIONS: readonly string[] = ['failure', 'timed_out', 'startup_failure'];
/** Recent completed scheduled runs read per workflow, to count consecutive failures. */
const RUNS_READ = 5;
/** Repositories read at once: GitHub asks integrators to avoid many concurrent requests. */
const CONCURRENCY = 4;

/** Findings for one repository's scheduled workflows: 1 request, plus 1 per active scheduled workflow. */
export async function scheduleFindings(client: GitHubClient, repo: RepoHealth): Promise<Finding[]> {
  const { owner, name } = repo;
  const { data } = await client.rest.actions.listRepoWorkflows({ owner, repo: name, per_page: 100 });
  const findings: Finding[] = [];
  for (const scheduled of repo.scheduled) {
    const workflow = data.workflows.find((w) => w.path === scheduled.path);
    if (!workflow) continue;
    const where = `${repo.fullName}: ${workflow.name} (${scheduled.path})`;
    if (workflow.state === 'disabled_inactivity') {
      // https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-workflow-runs/disabling-and-enabling-a-workflow
      findings.push({
        ruleId: 'health/schedule/disabled-inactivity',
        severity: 'medium',
        category: 'schedule',
        message: `${where} is scheduled (${scheduled.crons.join('; ')}) but GitHub disabled it after 60 days without repository activity.`,
        help: 'Re-enable it (Actions tab, or PUT /repos/{owner}/{repo}/actions/workflows/{id}/enable) and keep the repository active.',
      });
      continue;
    }
    if (workflow.state !== 'active') continue;
    const runs = await client.rest.actions.listWorkflowRuns({
      owner,
      repo: name,
      workflow_id: workflow.id,
      event: 'schedule',
      status: 'completed',
      per_page: RUNS_READ,
    });
    const list = runs.data.workflow_runs;
    const latest = list[0];
    if (!latest || !FAILED_CONCLUSIONS.includes(latest.conclusion ?? '')) continue;
    let streak = 0;
    while (streak < list.length && FAILED_CONCLUSIONS.includes(list[streak]?.conclusion ?? '')) streak++;
    const streakText = streak >= list.length && list.length === RUNS_READ ? `at least ${streak}` : `${streak}`;
    findings.push({
      ruleId: 'health/schedule/failing',
      severity: 'medium',
      category: 'schedule',
      message: `${where}: the latest scheduled run ended with ${latest.conclusion} (${latest.html_url}); ${streakText} scheduled run${streak === 1 ? '' : 's'} in a row failed.`,
      help: 'Open the run, fix the cause, and re-run it.',
    });
  }
  return findings;
}

/** Schedule health: scheduled workflows disabled by inactivity, or whose latest scheduled run failed. */
export const scheduleCheck: HealthCheck = {
  id: 'schedule',
  description: 'Scheduled workflows disabled for inactivity or whose latest scheduled run failed.',
  phase: 1,
  async validate(ctx) {
    const inventory = await ctx.inventory();
    const withSchedules = inventory.repos.filter((r) => r.scheduled.length > 0);
    const workflows = withSchedules.reduce((n, r) => n + r.scheduled.length, 0);
    const results = await mapLimit(withSchedules, CONCURRENCY, (repo) =>
      scheduleFindings(ctx.client, repo).catch((error: unknown): Finding[] => {
        // One unreadable repository (e.g. a token without `actions: read` there) must not hide the others.
        const status = errorStatus(error);
        if (status === undefined || status >= 500) throw error;
        const message = errorMessage(error);
        return [
          {
            ruleId: 'health/schedule/unreadable',
            severity: 'medium',
            category: 'schedule',
            message: `${repo.fullName}: its scheduled workflows could not be read (${status}: ${message}).`,
            help: /rate limit/i.test(message)
              ? 'The rate limit was reached first (see the rate-limit check); it clears at its reset.'
              : 'Give the token `actions: read` on this repository.',
          },
        ];
      }),
    );
    const findings = results.flat();
    ctx.note(
      'schedule',
      `${workflows} scheduled workflow${workflows === 1 ? '' : 's'} in ${withSchedules.length} of ${inventory.repos.length} repositor${inventory.repos.length === 1 ? 'y' : 'ies'}`,
    );
    return findings;
  },
};
