import { input } from '../../../shared/action/inputs.js';
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
