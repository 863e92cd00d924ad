import { errorMessage, errorStatus } from '../../../../shared/core/errors.js';
import type { GitHubClient } from '../../../../shared/github/client.js';
import type { RunEvent } from './types.js';

/** What listing one repository's runs gave. */
export type RunsRead =
  | { ok: true; runs: RunEvent[]; requests: number }
  | { ok: false; reason: string; requests: number };

/**
 * The workflow runs of one repository created since `sinceIso`, newest first, 100 per request
 * (https://docs.github.com/rest/actions/workflow-runs#list-workflow-runs-for-a-repository). GitHub
 * answers at most 1,000 runs to a filtered query: more than that is reported, never silently cut.
 */
export async function listRuns(client: GitHubClient, owner: string, repo: string, sinceIso: string): Promise<RunsRead> {
  const runs: RunEvent[] = [];
  let requests = 0;
  try {
    const pages = client.paginate.iterator(client.rest.actions.listWorkflowRunsForRepo, {
      owner,
      repo,
      created: `>=${sinceIso}`,
      per_page: 100,
      exclude_pull_requests: true,
    });
    for await (const page of pages) {
      requests++;
      for (const r of page.data) {
        runs.push({
          id: r.id,
          workflow: r.name ?? r.path ?? String(r.workflow_id),
          event: r.event,
          status: r.status ?? 'unknown',
          conclusion: r.conclusion ?? null,
          createdAt: r.created_at,
          startedAt: r.run_started_at ?? r.created_at,
          updatedAt: r.updated_at,
        });
      }
      if (runs.length >= 1000) {
        return {
          ok: false,
          reason: `more than 1,000 runs since ${sinceIso}: GitHub lists no more for one query; shorten window-days`,
          requests,
        };
      }
    }
  } catch (error) {
    const status = errorStatus(error);
    return { ok: false, reason: `${status ?? 'error'}: ${errorMessage(error)}`, requests: requests + 1 };
  }
  return { ok: true, runs, requests };
}
