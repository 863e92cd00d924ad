import { z } from 'zod';
import { ConfigError } from '../../../../shared/core/errors.js';
import { ConfigFileError, readConfigDocument, validateConfig } from '../../../../shared/config/config-file.js';
import { operationSchemas } from './operations/schemas.js';

export { DEFAULT_CONFIG_PATH } from './config-path.js';

const stringList = z.array(z.string().min(1));

/** Which repositories of the organization a run targets. Every filter given must match (AND); lists are OR. */
export const selectionSchema = z
  .object({
    names: stringList.optional().describe('Repository names or picomatch globs; absent means every repository.'),
    exclude: stringList.default([]).describe('Names or globs never targeted, even when listed in `include`.'),
    include: stringList
      .default([])
      .describe('Names always targeted when they exist, whatever the other filters say (archived/forks still apply).'),
    topics: stringList.optional().describe('A repository must carry at least one of these topics.'),
    visibility: z
      .array(z.enum(['public', 'private', 'internal']))
      .optional()
      .describe('Allowed visibilities.'),
    languages: stringList.optional().describe('Allowed primary languages (case-insensitive).'),
    properties: z
      .record(z.string(), z.union([z.string(), stringList]))
      .optional()
      .describe('Custom property values: property name → allowed value or values.'),
    archived: z
      .boolean()
      .default(false)
      .describe('Also target archived repositories (they are read-only: usually skipped).'),
    forks: z.boolean().default(false).describe('Also target forks.'),
  })
  .strict();

/** How changes to files reach a repository. */
export const deliverySchema = z
  .object({
    mode: z
      .enum(['pull-request', 'commit'])
      .default('pull-request')
      .describe('`commit` commits to the default branch where it is not protected, else opens a pull request.'),
    branch: z.string().min(1).default('moko/bulk-update').describe('Head branch of the pull request.'),
    title: z.string().min(1).default('chore: apply organization standards').describe('Pull request title (template).'),
    body: z
      .string()
      .default('This pull request was opened by MokoStandards bulk-update.\n\n{{ changes }}')
      .describe('Pull request body (template); `{{ changes }}` is the list of changed files.'),
    commitMessage: z
      .string()
      .min(1)
      .default('chore: apply organization standards')
      .describe('Commit headline (template).'),
    labels: stringList.default([]).describe('Labels added to the pull request (created in the repository if missing).'),
    reviewers: stringList.default([]).describe('Reviewers: user logins, or `org/team-slug` for teams.'),
    autoMerge: z
      .union([z.literal(false), z.enum(['merge', 'squash', 'rebase'])])
      .default(false)
      .describe('Enable auto-merge with this method.'),
    draft: z.boolean().default(false),
  })
  .strict();

/** Content-creating request budget, after GitHub's secondary limits. */
export const pacingSchema = z
  .object({
    perMinute: z
      .number()
      .int()
      .min(1)
      .default(80)
      .describe('Content-creating requests per minute (GitHub allows about 80).'),
    perHour: z
      .number()
      .int()
      .min(1)
      .default(500)
      .describe('Content-creating requests per hour (GitHub allows about 500).'),
    concurrency: z.number().int().min(1).max(16).default(4).describe('Repositories written at the same time.'),
    waves: z
      .object({
        size: z.number().int().min(1).describe('Repositories per wave.'),
        pauseMinutes: z.number().min(0).describe('Pause between waves.'),
      })
      .strict()
      .optional(),
  })
  .strict();

/** The whole configuration file. */
export const bulkConfigSchema = z
  .object({
    $schema: z.string().optional(),
    selection: selectionSchema.default({ exclude: [], include: [], archived: false, forks: false }),
    operations: z.array(operationSchemas()).min(1).describe('What to ensure in every selected repository, in order.'),
    delivery: deliverySchema.default(deliverySchema.parse({})),
    pacing: pacingSchema.default(pacingSchema.parse({})),
    force: z
      .boolean()
      .default(false)
      .describe('Push again to repositories where a maintainer closed our pull request unmerged.'),
  })
  .strict()
  .describe('MokoStandards bulk-update configuration');

/** Parsed configuration. */
export type BulkConfig = z.infer<typeof bulkConfigSchema>;
/** Parsed selection filters. */
export type Selection = z.infer<typeof selectionSchema>;
/** Parsed delivery settings. */
export type Delivery = z.infer<typeof deliverySchema>;
/** Parsed pacing settings. */
export type Pacing = z.infer<typeof pacingSchema>;

function formatIssues(error: z.ZodError): string {
  return error.issues.map((i) => `  - ${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`).join('\n');
}

/** Validates an already-parsed document; throws ConfigError naming the file, each bad path and unknown operations. */
export function parseBulkConfig(doc: unknown, source = 'configuration'): BulkConfig {
  const known = operationNames();
  if (typeof doc === 'object' && doc !== null && Array.isArray((doc as { operations?: unknown }).operations)) {
    const ops = (doc as { operations: unknown[] }).operations;
    ops.forEach((op, i) => {
      const type = typeof op === 'object' && op !== null ? (op as { type?: unknown }).type : undefined;
      if (typeof type !== 'string' || !known.includes(type)) {
        throw new ConfigError(
          `${source}: operations.${i}: unknown operation ${JSON.stringify(type)}. Known operations: ${known.join(', ')}.`,
        );
      }
    });
  }
  const parsed = bulkConfigSchema.safeParse(doc);
  if (!parsed.success)
    throw new ConfigError(`${source} is not a valid bulk-update configuration:\n${formatIssues(parsed.error)}`);
  return parsed.data;
}

/**
 * Reads and validates a YAML configuration file through the shared loader: syntax and schema errors
 * name `displayName`, the line and column, and the key (`file:line:column: key.path: message`).
 */
export function loadBulkConfig(file: string, displayName = file): BulkConfig {
  const text = readConfigDocument(file, displayName);
  if (!text) throw new ConfigError(`The bulk-update configuration ${displayName} does not exist.`);
  const known = operationNames();
  const ops = text.value.operations;
  if (Array.isArray(ops)) {
    ops.forEach((op, i) => {
      const type = typeof op === 'object' && op !== null ? (op as { type?: unknown }).type : undefined;
      if (typeof type !== 'string' || !known.includes(type)) {
        const { line, column } = text.locate(['operations', i, 'type']);
        throw new ConfigFileError(
          displayName,
          line,
          column,
          `operations.${i}: unknown operation ${JSON.stringify(type)}. Known operations: ${known.join(', ')}.`,
        );
      }
    });
  }
  return validateConfig(bulkConfigSchema, text);
}

/** Names of the registered operations, for error messages. */
export function operationNames(): string[] {
  return operationSchemas().options.map((o) => o.shape.type.value);
}

/** Delivery settings with defaults filled in (for callers building a configuration in code). */
export function deliveryConfig(partial: z.input<typeof deliverySchema>): Delivery {
  return deliverySchema.parse(partial);
}
