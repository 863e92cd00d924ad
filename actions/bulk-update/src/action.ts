import { defineAction } from '../../../shared/action/define-action.js';
import { bulkInputs } from './settings.js';

/** bulk-update: roll standard files and settings out to the repositories of an organization. */
export const action = defineAction({
  name: 'bulk-update',
  description:
    'Roll standard files, labels, settings, branch clean-up and projects out to every selected repository of an organization: batched reads, verified commits, one pull request per repository, paced under GitHub limits, resumable.',
  inputs: bulkInputs,
  outputs: {
    updated:
      'Repositories updated (pull request opened or updated, commit, or settings written); in dry-run, that would be.',
    unchanged: 'Repositories already in the desired state.',
    skipped: 'Repositories skipped, with the reason in the results (e.g. a pull request closed by a maintainer).',
    failed: 'Repositories that failed, with the reason in the results (e.g. no access).',
    'results-file':
      'Path of the JSON results file (per repository: status, reason, pull request, changes; diffs in dry-run).',
    matrix: 'Plan mode: the shard matrix as JSON, e.g. {"shard":["1/4","2/4","3/4","4/4"]}.',
  },
  // Loaded on first use: a bad input fails before the run's code and dependencies are parsed.
  run: async (ctx) => (await import('./run.js')).runBulkUpdate(ctx),
});
