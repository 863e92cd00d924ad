import { type InputValues, input } from '../../../shared/action/inputs.js';
import type { RunEnvironment } from '../../../shared/action/environment.js';
import { UserError } from '../../../shared/core/errors.js';
import { resolveWorkspacePath } from '../../../shared/paths/workspace-path.js';
import { snapshotArtifactName } from './engine/snapshot-chain.js';
import { pushgatewayUrlSchema } from '../../../shared/metrics/pushgateway-url.js';
import { ownerSchema } from '../../../shared/validation/github-names.js';

/** Inputs of metrics-collect besides the common ones. */
export const metricsInputs = {
  organization: input.custom(ownerSchema, {
    description:
      'Organization whose repositories are measured. Default: the owner of the calling repository. Private repositories need a token that can read them (e.g. a GitHub App installation token).',
    allowed: 'expected a GitHub organization name',
  }),
  'stale-days': input.integer({
    description: 'A non-archived repository without a push for more than this many days counts as stale.',
    default: 90,
    min: 1,
    max: 3650,
  }),
  'pr-age-days': input.integer({
    description: 'An open pull request created more than this many days ago counts as old.',
    default: 30,
    min: 1,
    max: 3650,
  }),
  'window-days': input.integer({
    description:
      'Days of activity measured (runs, pull requests, issues, deployments, alerts of the actions). Changing it starts a fresh, non-incremental collection.',
    default: 28,
    min: 1,
    max: 90,
  }),
  'action-metrics': input.boolean({
    description:
      "Read the metrics-<action>-<run_id>-<run_attempt> artifacts the collection's actions uploaded in the calling repository (success rate, durations, API use, breaker openings).",
    default: true,
  }),
  'snapshot-artifact': input.boolean({
    description:
      'Keep the snapshot history as an artifact chain: upload the snapshot as the artifact metrics-collect-snapshot-<organization>, and when no previous file exists, continue from the newest such artifact of the calling repository.',
    default: true,
  }),
  'openmetrics-file': input.string({
    description:
      'Where to write the same metrics in the OpenMetrics text format, inside the workspace. Default: not written.',
  }),
  'prometheus-file': input.string({
    description: 'Where to write the Prometheus text exposition, inside the workspace.',
    default: 'metrics-collect.prom',
  }),
  'json-file': input.string({
    description:
      'Where to write the JSON snapshot (totals, breakdowns, history, every repository), inside the workspace.',
    default: 'metrics-collect.json',
  }),
  previous: input.string({
    description:
      'Earlier JSON snapshot to compute trends from, inside the workspace. Default: the json-file as it is before this run writes it (e.g. restored by actions/cache); without one, no trends.',
  }),
  'pushgateway-url': input.custom(pushgatewayUrlSchema, {
    description:
      'Prometheus Pushgateway to push the metrics to (job metrics-collect/<organization>, replacing the previous push), e.g. http://pushgateway:9091. Skipped in dry-run.',
    allowed: 'expected an http or https URL',
    // It may carry Basic-auth credentials: masked, and never echoed in an input error.
    secret: true,
  }),
};

/** The parsed inputs of metrics-collect. */
export type MetricsInputs = InputValues<typeof metricsInputs>;

/** What the engine needs, with input names resolved away (absolute paths, an organization). */
export interface MetricsSettings {
  organization: string;
  staleDays: number;
  prAgeDays: number;
  windowDays: number;
  prometheusFile: string;
  openMetricsFile?: string | undefined;
  jsonFile: string;
  /** The snapshot's artifact-chain name, or undefined when the chain is off. */
  snapshotArtifact?: string | undefined;
  /** Where the other actions' metrics artifacts are read (the calling repository), or undefined. */
  artifactsRepository?: { owner: string; repo: string } | undefined;
  readActionMetrics: boolean;
  /** The snapshot to compare with; by default the json-file as it is before this run. */
  previousFile: string;
  pushgatewayUrl?: string | undefined;
}

/** Inputs plus the run environment to settings; paths must stay inside the workspace. */
export function readSettings(i: MetricsInputs, env: Pick<RunEnvironment, 'workspace' | 'repository'>): MetricsSettings {
  const organization = i.organization ?? env.repository?.owner;
  if (!organization)
    throw new UserError('No organization: set the organization input, or run in a repository (GITHUB_REPOSITORY).');
  const jsonFile = resolveWorkspacePath(env.workspace, i['json-file'], { inputName: 'json-file' });
  return {
    organization,
    staleDays: i['stale-days'],
    prAgeDays: i['pr-age-days'],
    windowDays: i['window-days'],
    prometheusFile: resolveWorkspacePath(env.workspace, i['prometheus-file'], { inputName: 'prometheus-file' }),
    openMetricsFile: i['openmetrics-file']
      ? resolveWorkspacePath(env.workspace, i['openmetrics-file'], { inputName: 'openmetrics-file' })
      : undefined,
    artifactsRepository: i['action-metrics'] || i['snapshot-artifact'] ? env.repository : undefined,
    readActionMetrics: i['action-metrics'],
    snapshotArtifact: i['snapshot-artifact'] ? snapshotArtifactName(organization) : undefined,
    jsonFile,
    previousFile: i.previous ? resolveWorkspacePath(env.workspace, i.previous, { inputName: 'previous' }) : jsonFile,
    pushgatewayUrl: i['pushgateway-url'],
  };
}
