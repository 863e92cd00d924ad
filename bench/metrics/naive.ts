import type { GitHubClient } from '../../shared/github/client.js';
import { mapLimit } from '../../actions/metrics-collect/src/engine/stats.js';

/**
 * The same data read the way per-repository REST exporters do (github_exporter, issue-metrics): for
 * every repository its runs, pull requests (then each pull request's reviews), issues,
 * releases, deployments (then each deployment's statuses) and the three alert lists, paginated,
 * newest first, stopping at the window. Returns the requests made.
 */
export async function naiveCrawl(client: GitHubClient, org: string, sinceIso: string): Promise<number> {
  let requests = 0;
  const all = async <T>(route: string, params: Record<string, unknown>, stop?: (item: T) => boolean): Promise<T[]> => {
    const out: T[] = [];
    for await (const page of client.paginate.iterator(route, { ...params, per_page: 100 })) {
      requests++;
      const items = (
        Array.isArray(page.data) ? page.data : ((page.data as { workflow_runs?: T[] }).workflow_runs ?? [])
      ) as T[];
      for (const item of items) {
        if (stop?.(item)) return out;
        out.push(item);
      }
    }
    return out;
  };
  const repos = await all<{ name: string; archived: boolean }>('GET /orgs/{org}/repos', { org, type: 'all' });
  await mapLimit(
    repos.filter((r) => !r.archived),
    8,
    async ({ name }) => {
      const p = { owner: org, repo: name };
      await all('GET /repos/{owner}/{repo}/actions/runs', { ...p, created: `>=${sinceIso}` });
      const pulls = await all<{ number: number; updated_at: string }>(
        'GET /repos/{owner}/{repo}/pulls',
        { ...p, state: 'all', sort: 'updated', direction: 'desc' },
        (x) => x.updated_at < sinceIso,
      );
      for (const pr of pulls) {
        await all('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { ...p, pull_number: pr.number });
      }
      await all('GET /repos/{owner}/{repo}/issues', { ...p, state: 'all', since: sinceIso });
      await all<{ published_at: string | null }>(
        'GET /repos/{owner}/{repo}/releases',
        p,
        (x) => (x.published_at ?? '') < sinceIso,
      );
      const deployments = await all<{ id: number; created_at: string }>(
        'GET /repos/{owner}/{repo}/deployments',
        p,
        (x) => x.created_at < sinceIso,
      );
      for (const d of deployments)
        await all('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...p, deployment_id: d.id });
      await all('GET /repos/{owner}/{repo}/dependabot/alerts', { ...p, state: 'open' });
      await all('GET /repos/{owner}/{repo}/code-scanning/alerts', { ...p, state: 'open' });
      await all('GET /repos/{owner}/{repo}/secret-scanning/alerts', { ...p, state: 'open' });
    },
  );
  return requests;
}
