import { unzipSync } from 'fflate';
import { errorMessage } from '../../../../shared/core/errors.js';
import type { Logger } from '../../../../shared/core/logger.js';
import type { GitHubClient } from '../../../../shared/github/client.js';

/** The `metrics-<action>-<run_id>-<run_attempt>` artifact every action of the collection uploads. */
const NAME = /^metrics-(.+)-(\d+)-(\d+)$/;
/** Larger artifacts are not ours (a metrics file is a few kB). */
const MAX_BYTES = 5 * 1024 * 1024;

/** What one action run reported in its metrics artifact. */
export interface ActionRunReport {
  action: string;
  runId: number;
  runAttempt: number;
  createdAt: string;
  outcome: 'success' | 'failure';
  durationSeconds: number;
  apiRequests: number;
  /** Highest share of a rate-limit budget used during the run (0..1), when the run saw the headers. */
  rateLimitUsed?: number;
  breakerOpenings: number;
}

interface PromJson {
  name: string;
  type: string;
  values: { value: number; labels: Record<string, string | number>; metricName?: string }[];
}

function sum(metrics: PromJson[], name: string, filter: (l: Record<string, string | number>) => boolean = () => true) {
  const m = metrics.find((x) => x.name === name);
  return (m?.values ?? [])
    .filter((v) => (v.metricName ?? name) === name && filter(v.labels))
    .reduce((n, v) => n + v.value, 0);
}

/** The figures of a run from its `metrics.json` (prom-client's JSON), or undefined when it is not one. */
export function parseRunMetrics(
  json: unknown,
): Omit<ActionRunReport, 'action' | 'runId' | 'runAttempt' | 'createdAt'> | undefined {
  if (!Array.isArray(json)) return undefined;
  const metrics = json as PromJson[];
  const runs = metrics.find((m) => m.name === 'moko_action_runs_total');
  const duration = metrics.find((m) => m.name === 'moko_action_run_seconds');
  if (!runs && !duration) return undefined;
  const failed = sum(metrics, 'moko_action_runs_total', (l) => l.outcome === 'failure') > 0;
  const seconds = duration?.values.find((v) => v.metricName === 'moko_action_run_seconds_sum')?.value ?? 0;
  const remaining = metrics.find((m) => m.name === 'moko_github_rate_limit_remaining')?.values ?? [];
  const limits = metrics.find((m) => m.name === 'moko_github_rate_limit_limit')?.values ?? [];
  let used: number | undefined;
  for (const r of remaining) {
    const limit = limits.find((l) => l.labels.resource === r.labels.resource)?.value;
    if (limit) used = Math.max(used ?? 0, 1 - r.value / limit);
  }
  return {
    outcome: failed ? 'failure' : 'success',
    durationSeconds: seconds,
    apiRequests: sum(metrics, 'moko_github_requests_total'),
    ...(used === undefined ? {} : { rateLimitUsed: Math.round(used * 1000) / 1000 }),
    breakerOpenings: sum(metrics, 'moko_github_circuit_openings_total'),
  };
}

/**
 * The metrics artifacts the collection's actions uploaded in `owner/repo` since `sinceIso`, newest
 * first: one list request per 100 artifacts, one download per new artifact. metrics-collect's own
 * artifacts are included (its success rate is part of the collection's). Unreadable ones are logged.
 */
export async function readActionRuns(
  client: GitHubClient,
  owner: string,
  repo: string,
  sinceIso: string,
  logger: Logger,
): Promise<{ runs: ActionRunReport[]; requests: number }> {
  const runs: ActionRunReport[] = [];
  let requests = 0;
  const found: { id: number; action: string; runId: number; runAttempt: number; createdAt: string; size: number }[] =
    [];
  const pages = client.paginate.iterator(client.rest.actions.listArtifactsForRepo, { owner, repo, per_page: 100 });
  listing: for await (const page of pages) {
    requests++;
    for (const a of page.data) {
      if (a.created_at && a.created_at < sinceIso) break listing;
      const m = NAME.exec(a.name);
      if (!m || a.expired) continue;
      found.push({
        id: a.id,
        action: m[1]!,
        runId: Number(m[2]),
        runAttempt: Number(m[3]),
        createdAt: a.created_at ?? sinceIso,
        size: a.size_in_bytes,
      });
    }
  }
  for (const a of found) {
    if (a.size > MAX_BYTES) continue;
    try {
      requests++;
      const { data } = await client.rest.actions.downloadArtifact({
        owner,
        repo,
        artifact_id: a.id,
        archive_format: 'zip',
      });
      if (!(data instanceof ArrayBuffer)) throw new Error('the download is not a zip archive');
      const entries = unzipSync(new Uint8Array(data));
      const file = Object.keys(entries).find((n) => n.endsWith('metrics.json'));
      const parsed = file ? parseRunMetrics(JSON.parse(Buffer.from(entries[file]!).toString('utf8'))) : undefined;
      if (!parsed) throw new Error('no metrics.json of the collection in it');
      runs.push({ action: a.action, runId: a.runId, runAttempt: a.runAttempt, createdAt: a.createdAt, ...parsed });
    } catch (error) {
      logger.warning(`Could not read the metrics artifact of ${a.action} run ${a.runId}: ${errorMessage(error)}`);
    }
  }
  return { runs, requests };
}
