import { errorMessage, errorStatus } from '../../../../../shared/core/errors.js';
import type { Finding } from '../../../../../shared/core/finding.js';
import { mapLimit } from '../map-limit.js';
import type { RepoHealth } from '../repo-scan.js';
import { describeInterval, scheduleWindow } from '../schedule/cron-window.js';
import type { HealthCheck, HealthContext } from '../types.js';

/** Conclusions that mean a scheduled run did not do its job (https://docs.github.com/en/rest/actions/workflow-runs). */
export const FAILED_CONCLUSIONS: readonly string[] = ['failure', 'timed_out', 'startup_failure'];
/** Recent scheduled runs read per workflow: the newest tells lateness, the completed ones a failure streak. */
const RUNS_READ = 10;
/** Repositories read at once: GitHub asks integrators to avoid many concurrent requests. */
const CONCURRENCY = 4;
/** Clock skew allowed between GitHub's run times and the schedule. */
const SKEW_MS = 60_000;
/** A schedule that missed this many intervals (and at least a day) is high, not medium. */
const MISSED_HIGH = 3;

/** Counters the check adds to the observations. */
interface Tally {
  workflows: number;
  late: number;
  disabled: number;
  reEnabled: number;
}

function finding(repo: RepoHealth, path: string, rule: string, f: Omit<Finding, 'ruleId' | 'category'>): Finding {
  return {
    ruleId: `health/schedule/${rule}`,
    category: 'schedule',
    fingerprint: `${repo.fullName}:${path}:${rule}`,
    ...f,
  };
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Findings for one repository's scheduled workflows: 1 request, plus 1 per active scheduled workflow. */
export async function scheduleFindings(ctx: HealthContext, repo: RepoHealth, tally: Tally): Promise<Finding[]> {
  const { client, clock, settings } = ctx;
  const { owner, name } = repo;
  const { data } = await client.rest.actions.listRepoWorkflows({ owner, repo: name, per_page: 100 });
  const findings: Finding[] = [];
  for (const scheduled of repo.scheduled) {
    const workflow = data.workflows.find((w) => w.path === scheduled.path);
    if (!workflow) continue;
    tally.workflows++;
    const where = `${repo.fullName}: ${workflow.name} (${scheduled.path}, ${scheduled.crons.join('; ')})`;
    if (workflow.state === 'disabled_inactivity') {
      tally.disabled++;
      // https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-workflow-runs/disabling-and-enabling-a-workflow
      if (settings.reEnable) {
        await client.rest.actions.enableWorkflow({ owner, repo: name, workflow_id: workflow.id });
        tally.reEnabled++;
        ctx.writes.push({
          type: 'workflow.re-enabled',
          target: `${repo.fullName}/${scheduled.path}`,
          detail: { workflowId: workflow.id, was: 'disabled_inactivity' },
        });
        findings.push(
          finding(repo, scheduled.path, 're-enabled', {
            severity: 'low',
            message: `${where} had been disabled by GitHub after 60 days without repository activity; re-enabled it.`,
            help: 'Keep the repository active (any commit) or it will be disabled again in 60 days.',
          }),
        );
      } else {
        findings.push(
          finding(repo, scheduled.path, 'disabled-inactivity', {
            severity: 'medium',
            message: `${where} is scheduled but GitHub disabled it after 60 days without repository activity: it does not run.`,
            help: 'Re-enable it in the Actions tab or with PUT /repos/{owner}/{repo}/actions/workflows/{id}/enable (health-check can do it: see its README), and keep the repository active.',
          }),
        );
      }
      continue;
    }
    if (workflow.state === 'disabled_manually') {
      tally.disabled++;
      findings.push(
        finding(repo, scheduled.path, 'disabled-manually', {
          severity: 'low',
          message: `${where} is scheduled but was disabled by hand: its schedule does not run.`,
          help: 'Enable it again in the Actions tab, or remove the schedule if it is no longer wanted.',
        }),
      );
      continue;
    }
    if (workflow.state !== 'active') continue;
    const window = scheduleWindow(scheduled.crons, clock.now(), settings.scheduleGraceMs);
    for (const bad of window.invalid) {
      findings.push(
        finding(repo, scheduled.path, 'invalid-cron', {
          severity: 'medium',
          message: `${where}: the cron expression '${bad.expression}' does not parse (${bad.error}); GitHub will not run it.`,
          help: 'Fix the expression (five fields: minute hour day-of-month month day-of-week, in UTC).',
        }),
      );
    }
    const runs = await client.rest.actions.listWorkflowRuns({
      owner,
      repo: name,
      workflow_id: workflow.id,
      event: 'schedule',
      per_page: RUNS_READ,
    });
    const list = runs.data.workflow_runs;
    const latestStart = list.reduce((max, r) => Math.max(max, Date.parse(r.run_started_at ?? r.created_at)), 0);
    const created = Date.parse(workflow.created_at);
    const due = window.lastDue;
    // A schedule cannot be late for a firing before the workflow existed.
    if (due !== undefined && due >= created && latestStart < due - SKEW_MS) {
      tally.late++;
      const interval = describeInterval(window.intervalMs);
      const missed = window.intervalMs
        ? Math.floor((clock.now() - Math.max(latestStart, created)) / window.intervalMs)
        : 1;
      const high = missed >= MISSED_HIGH && clock.now() - Math.max(latestStart, created) >= 86_400_000;
      findings.push(
        finding(repo, scheduled.path, 'late', {
          severity: high ? 'high' : 'medium',
          message:
            `${where} (${interval}) was due by ${iso(due)} (plus ${Math.round(settings.scheduleGraceMs / 60_000)} min of grace) ` +
            `but ${latestStart > 0 ? `last ran at ${iso(latestStart)}` : 'has no scheduled run'}.`,
          help: 'GitHub drops scheduled runs under load and skips them on forks and inactive repositories; check the Actions tab, or trigger it with workflow_dispatch.',
        }),
      );
    }
    const completed = list.filter((r) => r.status === 'completed');
    const latest = completed[0];
    if (!latest || !FAILED_CONCLUSIONS.includes(latest.conclusion ?? '')) continue;
    let streak = 0;
    while (streak < completed.length && FAILED_CONCLUSIONS.includes(completed[streak]?.conclusion ?? '')) streak++;
    const streakText = streak >= completed.length && list.length === RUNS_READ ? `at least ${streak}` : `${streak}`;
    findings.push(
      finding(repo, scheduled.path, 'failing', {
        severity: 'medium',
        message: `${where}: the latest scheduled run ended with ${latest.conclusion} (${latest.html_url}); ${streakText} scheduled run${streak === 1 ? '' : 's'} in a row failed.`,
        help: 'Open the run, fix the cause, and re-run it.',
      }),
    );
  }
  return findings;
}

/**
 * Schedule health: each scheduled workflow judged by its cron (croner) — did it run within its
 * interval plus the grace — its last conclusion, and whether GitHub or a person disabled it; with
 * `re-enable`, workflows GitHub disabled for inactivity are re-enabled. The calling repository's
 * own workflows come first.
 */
export const scheduleCheck: HealthCheck = {
  id: 'schedule',
  description:
    'Scheduled workflows judged by their cron: late runs, failing runs, disabled for inactivity or by hand (re-enable fixes the first).',
  phase: 1,
  async validate(ctx) {
    const inventory = await ctx.inventory();
    const own = ctx.settings.ownRepository;
    const withSchedules = inventory.repos
      .filter((r) => r.scheduled.length > 0)
      .sort((a, b) => Number(b.fullName === own) - Number(a.fullName === own));
    const tally: Tally = { workflows: 0, late: 0, disabled: 0, reEnabled: 0 };
    const results = await mapLimit(withSchedules, CONCURRENCY, (repo) =>
      scheduleFindings(ctx, repo, tally).catch((error: unknown): Finding[] => {
        // One unreadable repository (e.g. a token without `actions: read` there) must not hide the others.
        const status = errorStatus(error);
        if (status === undefined || status >= 500) throw error;
        const message = errorMessage(error);
        return [
          {
            ruleId: 'health/schedule/unreadable',
            severity: 'medium',
            category: 'schedule',
            fingerprint: `${repo.fullName}:schedule:unreadable`,
            message: `${repo.fullName}: its scheduled workflows could not be read (${status}: ${message}).`,
            help: /rate limit/i.test(message)
              ? 'The rate limit was reached first (see the rate-limit check); it clears at its reset.'
              : 'Give the token `actions: read` on this repository.',
          },
        ];
      }),
    );
    ctx.observations.schedules = tally;
    const findings = results.flat();
    ctx.note(
      'schedule',
      `${tally.workflows} scheduled workflow${tally.workflows === 1 ? '' : 's'} in ${withSchedules.length} of ${inventory.repos.length} repositor${inventory.repos.length === 1 ? 'y' : 'ies'}: ` +
        `${tally.late} late, ${tally.disabled} disabled${tally.reEnabled > 0 ? `, ${tally.reEnabled} re-enabled` : ''}`,
    );
    return findings;
  },
};
