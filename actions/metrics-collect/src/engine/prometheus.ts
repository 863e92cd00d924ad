import { Metrics } from '../../../../shared/metrics/metrics.js';
import type { Snapshot } from './snapshot.js';

/**
 * The snapshot as Prometheus gauges, all labelled with `organization`: `moko_org_*` for the
 * organization (totals, by language, by visibility) and `moko_repo_*{repository}` per non-archived
 * repository. Gauges, not counters: each collection is a fresh reading (Prometheus naming,
 * https://prometheus.io/docs/practices/naming/).
 */
export function snapshotMetrics(snapshot: Snapshot): Metrics {
  const m = new Metrics({ labels: { organization: snapshot.organization } });
  const t = snapshot.totals;
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
  for (const [language, n] of Object.entries(snapshot.byLanguage)) byLanguage.set({ language }, n);
  const byVisibility = m.gauge('org_repositories_by_visibility', 'Non-archived repositories by visibility.', [
    'visibility',
  ]);
  for (const [visibility, n] of Object.entries(snapshot.byVisibility)) byVisibility.set({ visibility }, n);
  m.gauge('org_metrics_collected_timestamp_seconds', 'When these metrics were collected (Unix time).').set(
    Math.floor(Date.parse(snapshot.collectedAt) / 1000),
  );

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
  for (const r of snapshot.repositories) {
    if (r.archived) continue;
    const labels = { repository: r.name };
    stars.set(labels, r.stars);
    forks.set(labels, r.forks);
    issues.set(labels, r.openIssues);
    pulls.set(labels, r.openPullRequests);
    old.set(labels, r.oldPullRequests);
    if (r.pushedAt) pushed.set(labels, Math.floor(Date.parse(r.pushedAt) / 1000));
    protectedBranch.set(labels, r.protectedDefaultBranch ? 1 : 0);
  }
  return m;
}
