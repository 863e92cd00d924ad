import { Registry } from 'prom-client';
import { Metrics } from '../../../../shared/metrics/metrics.js';
import type { Delivery } from './delivery.js';
import { SEVERITIES } from './security.js';
import type { Snapshot } from './snapshot.js';
import type { Distribution } from './stats.js';

/** Buckets (seconds) for run durations and queue times: 1 s to 6 h. */
export const RUN_BUCKETS = [1, 5, 10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600];

type M = Metrics;

function organizationGauges(m: M, s: Snapshot): void {
  const t = s.totals;
  const org: [string, string, number][] = [
    ['org_repositories', 'Repositories, archived included.', t.repositories],
    ['org_repositories_archived', 'Archived repositories.', t.archived],
    ['org_repositories_forked', 'Non-archived repositories that are forks.', t.forkedRepositories],
    ['org_repositories_stale', 'Non-archived repositories without a push for stale-days.', t.stale],
    [
      'org_repositories_unprotected',
      'Non-archived repositories whose default branch has no protection rule.',
      t.unprotected,
    ],
    ['org_stars', 'Stars of the non-archived repositories.', t.stars],
    ['org_forks', 'Forks of the non-archived repositories.', t.forks],
    ['org_open_issues', 'Open issues of the non-archived repositories.', t.openIssues],
    ['org_open_pull_requests', 'Open pull requests of the non-archived repositories.', t.openPullRequests],
    ['org_old_pull_requests', 'Open pull requests older than pr-age-days.', t.oldPullRequests],
  ];
  for (const [name, help, value] of org) m.gauge(name, help).set(value);
  const byLanguage = m.gauge('org_repositories_by_language', 'Non-archived repositories by primary language.', [
    'language',
  ]);
  for (const [language, n] of Object.entries(s.byLanguage)) byLanguage.set({ language }, n);
  const byVisibility = m.gauge('org_repositories_by_visibility', 'Non-archived repositories by visibility.', [
    'visibility',
  ]);
  for (const [visibility, n] of Object.entries(s.byVisibility)) byVisibility.set({ visibility }, n);
  m.gauge('org_metrics_collected_timestamp_seconds', 'When these metrics were collected (Unix time).').set(
    Math.floor(Date.parse(s.collectedAt) / 1000),
  );
}

function repositoryGauges(m: M, s: Snapshot): void {
  const repo = (name: string, help: string) => m.gauge(name, help, ['repository']);
  const stars = repo('repo_stars', 'Stars of the repository.');
  const forks = repo('repo_forks', 'Forks of the repository.');
  const issues = repo('repo_open_issues', 'Open issues of the repository.');
  const pulls = repo('repo_open_pull_requests', 'Open pull requests of the repository.');
  const old = repo('repo_old_pull_requests', 'Open pull requests older than pr-age-days.');
  // Base units only (promtool rejects days): dashboards compute the age as time() - this.
  const pushed = repo('repo_last_push_timestamp_seconds', 'Time of the last push to the repository (Unix time).');
  const protectedBranch = repo(
    'repo_default_branch_protected',
    '1 when a protection rule applies to the default branch.',
  );
  const oldest = repo(
    'repo_oldest_open_pull_request_timestamp_seconds',
    'Creation time of the oldest open pull request (Unix time; its age is time() - this).',
  );
  for (const r of s.repositories) {
    if (r.archived) continue;
    const labels = { repository: r.name };
    stars.set(labels, r.stars);
    forks.set(labels, r.forks);
    issues.set(labels, r.openIssues);
    pulls.set(labels, r.openPullRequests);
    old.set(labels, r.oldPullRequests);
    if (r.pushedAt) pushed.set(labels, Math.floor(Date.parse(r.pushedAt) / 1000));
    protectedBranch.set(labels, r.protectedDefaultBranch ? 1 : 0);
    if (r.oldestOpenPullRequestAt) oldest.set(labels, Math.floor(Date.parse(r.oldestOpenPullRequestAt) / 1000));
  }
}

/**
 * `name{stat="p50|p90|p99|mean"}` in seconds: a gauge, not a summary (promtool reserves `quantile`
 * for summaries, and these are exact figures over the window, not a client-side stream).
 */
function distributionGauge(m: M, name: string, help: string, d: Distribution): void {
  const g = m.gauge(name, `${help} stat: p50, p90, p99 or mean over the window.`, ['stat']);
  for (const [stat, v] of [
    ['p50', d.p50],
    ['p90', d.p90],
    ['p99', d.p99],
    ['mean', d.mean],
  ] as const)
    if (v !== undefined) g.set({ stat }, v);
}

function runMetrics(m: M, d: Delivery): void {
  const runs = m.gauge(
    'workflow_runs',
    'Completed workflow runs in the window by repository, workflow and conclusion.',
    ['repository', 'workflow', 'conclusion'],
  );
  const last = m.gauge(
    'workflow_last_scheduled_run_timestamp_seconds',
    'Creation time of the latest scheduled run of a workflow (Unix time); alert when it is late.',
    ['repository', 'workflow'],
  );
  const failing = m.gauge(
    'workflow_scheduled_failing',
    '1 when the latest completed scheduled run of a workflow failed.',
    ['repository', 'workflow'],
  );
  for (const w of d.runs.workflows) {
    for (const [conclusion, n] of Object.entries(w.conclusions))
      runs.set({ repository: w.repository, workflow: w.workflow, conclusion }, n);
    if (w.lastScheduledAt) {
      last.set({ repository: w.repository, workflow: w.workflow }, Math.floor(Date.parse(w.lastScheduledAt) / 1000));
      failing.set({ repository: w.repository, workflow: w.workflow }, w.failing ? 1 : 0);
    }
  }
  const byConclusion = m.gauge('org_workflow_runs', 'Completed workflow runs in the window by conclusion.', [
    'conclusion',
  ]);
  for (const [conclusion, n] of Object.entries(d.runs.byConclusion)) byConclusion.set({ conclusion }, n);
  if (d.runs.successRate !== undefined)
    m.gauge('org_workflow_success_ratio', 'Successful / (successful + failed) completed runs in the window.').set(
      d.runs.successRate,
    );
  const duration = m.histogram(
    'workflow_run_duration_seconds',
    'Run time (start to last update) of completed runs in the window.',
    [],
    RUN_BUCKETS,
  );
  for (const v of d.runs.durationSeconds) duration.observe(v);
  const queue = m.histogram(
    'workflow_run_queue_seconds',
    'Time from creation to start of runs in the window.',
    [],
    RUN_BUCKETS,
  );
  for (const v of d.runs.queueSeconds) queue.observe(v);
  distributionGauge(
    m,
    'scheduled_workflow_recovery_seconds',
    'Time from the first failure of a scheduled workflow to its next success (MTTR).',
    d.runs.scheduledRecovery,
  );
  m.gauge('scheduled_workflows_failing', 'Scheduled workflows whose latest completed run failed.').set(
    d.runs.scheduledFailing,
  );
}

function deliveryMetrics(m: M, d: Delivery): void {
  m.gauge('pull_requests_opened', 'Pull requests opened in the window.').set(d.pulls.opened);
  m.gauge('pull_requests_merged', 'Pull requests merged in the window.').set(d.pulls.merged);
  distributionGauge(
    m,
    'pull_request_lead_time_seconds',
    'Open to merge of pull requests merged in the window.',
    d.pulls.leadTime,
  );
  distributionGauge(
    m,
    'pull_request_first_review_seconds',
    'Open to first review of pull requests opened in the window.',
    d.pulls.firstReview,
  );
  m.gauge('issues_opened', 'Issues opened in the window.').set(d.issues.opened);
  m.gauge('issues_closed', 'Issues closed in the window.').set(d.issues.closed);
  distributionGauge(
    m,
    'issue_time_to_close_seconds',
    'Open to close of issues closed in the window.',
    d.issues.timeToClose,
  );
  m.gauge(
    'dora_deployments',
    'Deployments (or releases, where a repository records no deployments) in the window.',
  ).set(d.dora.deployments);
  m.gauge('dora_deployment_frequency_per_day', 'Deployments per day over the window.').set(d.dora.deploymentsPerDay);
  distributionGauge(
    m,
    'dora_lead_time_seconds',
    'First commit to merge of pull requests merged in the window.',
    d.dora.leadTime,
  );
  m.gauge('dora_change_failures', 'Failed deployments plus merged reverts in the window.').set(d.dora.failures);
  if (d.dora.changeFailureRate !== undefined)
    m.gauge('dora_change_failure_ratio', 'Change failures / deployments in the window.').set(d.dora.changeFailureRate);
  distributionGauge(
    m,
    'dora_time_to_restore_seconds',
    'Failed deployment to the next successful one of the same environment.',
    d.dora.timeToRestore,
  );
}

function securityMetrics(m: M, s: Snapshot): void {
  const open = m.gauge(
    'security_alerts_open',
    'Open security alerts by tool and severity (tools the token may read).',
    ['tool', 'severity'],
  );
  const readable = m.gauge(
    'security_alerts_readable',
    "1 when the token could read the tool's alerts, 0 on a 403 or error.",
    ['tool'],
  );
  for (const r of s.security) {
    readable.set({ tool: r.tool }, r.status === 'read' ? 1 : 0);
    if (r.status !== 'read') continue;
    for (const severity of SEVERITIES) open.set({ tool: r.tool, severity }, r.bySeverity[severity] ?? 0);
  }
}

function collectionMetrics(m: M, s: Snapshot): void {
  const coverage = m.gauge(
    'coverage_repositories',
    'Repositories seen (listed), read and unreadable by this collection.',
    ['state'],
  );
  coverage.set({ state: 'seen' }, s.coverage.seen);
  coverage.set({ state: 'read' }, s.coverage.read);
  coverage.set({ state: 'unreadable' }, s.coverage.unreadable.length);
  if (s.coverage.organizationReported !== undefined)
    coverage.set({ state: 'reported' }, s.coverage.organizationReported);
  const unreadable = m.gauge('coverage_unreadable', '1 for each repository whose activity could not be read.', [
    'repository',
  ]);
  for (const u of s.coverage.unreadable) unreadable.set({ repository: u.repository }, 1);
  const requests = m.gauge('collection_requests', 'GitHub requests this collection made, by API.', ['api']);
  requests.set({ api: 'graphql' }, s.collection.requests.graphql);
  requests.set({ api: 'rest' }, s.collection.requests.rest);
  m.gauge('collection_incremental', '1 when this collection continued from the previous snapshot.').set(
    s.collection.mode === 'incremental' ? 1 : 0,
  );

  const runs = m.gauge(
    'collected_action_runs',
    "Runs of the collection's actions in the window, from their metrics artifacts.",
    ['action', 'outcome'],
  );
  const duration = m.gauge('collected_action_duration_seconds', 'Mean run time of each action in the window.', [
    'action',
  ]);
  const api = m.gauge('collected_action_api_requests', 'GitHub API calls of each action in the window.', ['action']);
  const rate = m.gauge(
    'collected_action_rate_limit_used_ratio',
    'Highest share of a rate-limit budget an action run used in the window.',
    ['action'],
  );
  const breaker = m.gauge(
    'collected_action_breaker_openings',
    'Circuit-breaker openings of each action in the window.',
    ['action'],
  );
  const byAction = new Map<string, typeof s.actions.runs>();
  for (const r of s.actions.runs) byAction.set(r.action, [...(byAction.get(r.action) ?? []), r]);
  for (const [action, list] of byAction) {
    runs.set({ action, outcome: 'success' }, list.filter((r) => r.outcome === 'success').length);
    runs.set({ action, outcome: 'failure' }, list.filter((r) => r.outcome === 'failure').length);
    duration.set({ action }, list.reduce((n, r) => n + r.durationSeconds, 0) / list.length);
    api.set(
      { action },
      list.reduce((n, r) => n + r.apiRequests, 0),
    );
    const used = list.map((r) => r.rateLimitUsed).filter((x): x is number => x !== undefined);
    if (used.length > 0) rate.set({ action }, Math.max(...used));
    breaker.set(
      { action },
      list.reduce((n, r) => n + r.breakerOpenings, 0),
    );
  }
}

/**
 * The snapshot as Prometheus metrics, all labelled with `organization` (every name is in the README):
 * `moko_org_*` and `moko_repo_*` (inventory), `moko_workflow_*` and `moko_scheduled_*` (runs),
 * `moko_pull_request*`, `moko_issue*`, `moko_dora_*` (delivery), `moko_security_*`, `moko_coverage_*`,
 * `moko_collection_*` and `moko_collected_action_*` (the collection itself). Gauges and window
 * histograms: each collection is a fresh reading of the window (https://prometheus.io/docs/practices/naming/).
 */
export function snapshotMetrics(snapshot: Snapshot, delivery: Delivery): Metrics {
  const m = new Metrics({ labels: { organization: snapshot.organization } });
  organizationGauges(m, snapshot);
  repositoryGauges(m, snapshot);
  runMetrics(m, delivery);
  deliveryMetrics(m, delivery);
  securityMetrics(m, snapshot);
  collectionMetrics(m, snapshot);
  return m;
}

/** The same metrics in the OpenMetrics text format (`# EOF`-terminated). */
export async function openMetricsText(metrics: Metrics): Promise<string> {
  // prom-client types a registry by its content type; the same registry renders both formats.
  const registry = metrics.registry as unknown as Registry<typeof Registry.OPENMETRICS_CONTENT_TYPE>;
  registry.setContentType(Registry.OPENMETRICS_CONTENT_TYPE);
  try {
    return await registry.metrics();
  } finally {
    (metrics.registry as Registry).setContentType(Registry.PROMETHEUS_CONTENT_TYPE);
  }
}
