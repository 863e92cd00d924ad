import { defineAction } from '../../../shared/action/define-action.js';
import { z } from 'zod';
import { type InputValues, input } from '../../../shared/action/inputs.js';
import { ownerSchema } from '../../../shared/validation/github-names.js';
import { DEFAULT_CONFIG_PATH } from './engine/config-path.js';
import { MAX_SHARDS, parseShard, type Shard } from './engine/sharding.js';

/** What the shard input allows, in every message about it. */
const SHARD_ALLOWED = `expected i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}, e.g. 1/1 or 2/4`;

/** `i/n` parsed once, at the edge, into a Shard (one parser: sharding.ts's parseShard). */
const shardSchema: z.ZodType<Shard, string> = z.string().transform((value, ctx) => {
  const shard = parseShard(value);
  if (!shard) {
    ctx.addIssue({ code: 'custom', message: SHARD_ALLOWED, input: value });
    return z.NEVER;
  }
  return shard;
});

/** bulk-update's inputs, each parsed to its final typed form. */
export const bulkInputs = {
  config: input.string({
    description: 'Path of the configuration file in the workspace (selection, operations, delivery, pacing).',
    default: DEFAULT_CONFIG_PATH,
  }),
  organization: input.custom(ownerSchema, {
    description: 'Organization whose repositories are targeted. Default: the owner of the calling repository.',
    allowed: 'expected a GitHub organization name',
  }),
  shard: input.custom(shardSchema, {
    description: 'This job\'s part of the selection, "i/n" (stable hash partition of repository names).',
    default: '1/1',
    allowed: SHARD_ALLOWED,
  }),
  plan: input.boolean({
    description: 'Only list the selection and output the shard matrix (`matrix`), then stop.',
    default: false,
  }),
  'merge-results': input.string({
    description:
      'Folder (in the workspace) of shard results files to merge into one report; when set, nothing else is done.',
  }),
};

/** Typed values of bulk-update's inputs. */
export type BulkUpdateInputs = InputValues<typeof bulkInputs>;

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
