import { input } from '../../../shared/action/inputs.js';
import { ownerSchema } from '../../../shared/validation/github-names.js';

/** Inputs of audit-archive besides the common ones. */
export const auditArchiveInputs = {
  organization: input.custom(ownerSchema, {
    description:
      'Archive the audit logs of every repository of this organization (the token must be able to read their Actions artifacts). Default: the calling repository only.',
    allowed: 'expected a GitHub organization login',
  }),
  since: input.string({
    description:
      'Start of the window: audit artifacts created since then are archived. A duration back from now (36h, 7d, 2w) or an ISO date (2026-11-01).',
    default: '7d',
  }),
  'fail-on-broken-chain': input.boolean({
    description:
      "Fail the step when any audit log's hash chain does not verify (after the report and archive are written).",
    default: true,
  }),
};
