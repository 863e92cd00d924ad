import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import type { ActionContext, ActionResult } from '../../../shared/action/define-action.js';
import { errorMessage, UserError } from '../../../shared/core/errors.js';
import type { InputValues } from '../../../shared/action/inputs.js';
import { systemClock } from '../../../shared/core/clock.js';
import { collectRepoMetrics } from './engine/collect.js';
import { readPreviousSnapshot } from './engine/previous.js';
import { snapshotMetrics } from './engine/prometheus.js';
import { writeMetricsSummary } from './summary.js';
import { buildSnapshot } from './engine/snapshot.js';
import { compareSnapshots } from './engine/trends.js';
import { maskUrlCredentials } from '../../../shared/metrics/pushgateway-url.js';
import { resolveWorkspacePath } from '../../../shared/paths/workspace-path.js';
import type { metricsInputs } from './settings.js';

type Inputs = InputValues<typeof metricsInputs>;
const DAY = 86_400_000;

async function write(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** The action's run: read the previous snapshot, collect, write both files, report, push. */
export async function runMetricsCollect(ctx: ActionContext<Inputs>): Promise<ActionResult> {
  const i = ctx.inputs;
  if (i['pushgateway-url']) maskUrlCredentials(i['pushgateway-url'], ctx.mask);
  const { workspace } = ctx.env;
  const org = i.organization ?? ctx.env.repository?.owner;
  if (!org)
    throw new UserError('No organization: set the organization input, or run in a repository (GITHUB_REPOSITORY).');
  const promFile = resolveWorkspacePath(workspace, i['prometheus-file'], { inputName: 'prometheus-file' });
  const jsonFile = resolveWorkspacePath(workspace, i['json-file'], { inputName: 'json-file' });
  const previousFile = i.previous ? resolveWorkspacePath(workspace, i.previous, { inputName: 'previous' }) : jsonFile;
  // Read before json-file is overwritten: by default it is the previous snapshot.
  const previous = await readPreviousSnapshot(previousFile, ctx.logger);

  const now = systemClock.now();
  const { repos, requests } = await collectRepoMetrics(ctx.github(), org, {
    prCutoffMs: now - i['pr-age-days'] * DAY,
  });
  ctx.logger.info(`Read ${repos.length} repositories of ${org} in ${requests} GraphQL request(s).`);
  const snapshot = buildSnapshot(org, repos, {
    nowMs: now,
    staleDays: i['stale-days'],
    prAgeDays: i['pr-age-days'],
    previous,
  });
  const metrics = snapshotMetrics(snapshot);
  await write(promFile, await metrics.prometheus());
  await write(jsonFile, `${JSON.stringify(snapshot, null, 2)}\n`);

  const deltas = compareSnapshots(previous, snapshot);
  writeMetricsSummary(ctx.summary, snapshot, deltas, previous?.collectedAt);
  ctx.metrics.gauge('metrics_collect_repositories', 'Repositories measured by metrics-collect.').set(repos.length);
  ctx.audit.event('metrics-collect.results', { organization: org, repositories: repos.length, requests });

  const outputs = {
    repositories: repos.length,
    'prometheus-file': relative(workspace, promFile),
    'json-file': relative(workspace, jsonFile),
  };
  const url = i['pushgateway-url'];
  if (url && ctx.dryRun) ctx.logger.info('Dry run: metrics not pushed to the Pushgateway.');
  else if (url) {
    const job = `metrics-collect/${org}`;
    try {
      await metrics.push(url, job);
      ctx.logger.info(`Pushed ${org}'s metrics to the Pushgateway (job ${job}).`);
    } catch (error) {
      // The push is what a dashboard reads: a failed one fails the step, after the files are written.
      return { outputs, failure: `Could not push to the Pushgateway: ${errorMessage(error)}` };
    }
  }
  return { outputs };
}
