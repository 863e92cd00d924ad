import { z } from 'zod';
import { input } from '../../../shared/action/inputs.js';
import { HEALTH_CHECK_IDS } from './engine/registry.js';
import { DEFAULT_REQUIRED_FILES } from './engine/required-files.js';
import { pushgatewayUrlSchema } from '../../../shared/metrics/pushgateway-url.js';
import { ownerSchema } from '../../../shared/validation/github-names.js';

/** Inputs of health-check besides the common ones. */
export const healthInputs = {
  organization: input.custom(ownerSchema, {
    description:
      'Check every non-archived repository of this organization (needs a token that can read them, e.g. a GitHub App installation token). Default: only the calling repository.',
    allowed: 'expected a GitHub organization name',
  }),
  checks: input.list({
    description: `Comma-separated checks to run: ${HEALTH_CHECK_IDS.join(', ')}. Default: all of them.`,
    item: z.enum(HEALTH_CHECK_IDS as [string, ...string[]]),
    allowed: `expected a comma-separated subset of ${HEALTH_CHECK_IDS.join(', ')}`,
  }),
  'required-files': input.list({
    description:
      'Files every target repository must have on its default branch (compliance check). A bare name is also looked for in .github/ and docs/, as GitHub does for community files; alternatives are separated by |.',
    default: DEFAULT_REQUIRED_FILES,
  }),
  'rate-limit-threshold': input.integer({
    description:
      'Percent of a rate-limit resource (core, graphql, search) that must remain; less is a high finding, none left a critical one.',
    default: 10,
    min: 0,
    max: 100,
  }),
  'fail-on': input.enum(['none', 'low', 'medium', 'high', 'critical'] as const, {
    description: 'Fail the step when a finding of this severity or higher is reported.',
    default: 'high',
  }),
  'pushgateway-url': input.custom(pushgatewayUrlSchema, {
    description:
      'Prometheus Pushgateway to push the health gauges to (job health-check/<target>), e.g. http://pushgateway:9091. Skipped in dry-run.',
    allowed: 'expected an http or https URL',
    // It may carry Basic-auth credentials: masked, and never echoed in an input error.
    secret: true,
  }),
};
