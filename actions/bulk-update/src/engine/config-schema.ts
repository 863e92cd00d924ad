import { z } from 'zod';
import { bulkConfigSchema } from './config.js';

/** Where the published JSON Schema lives, relative to the repository root. */
export const CONFIG_SCHEMA_PATH = 'docs/bulk-update-config.schema.json';

/** The command that regenerates the published schema (printed when the check finds it stale). */
export const CONFIG_SCHEMA_FIX = 'npx tsx actions/bulk-update/src/write-config-schema.ts';

/**
 * JSON Schema of the configuration file, generated from the zod schema so the two cannot drift.
 * `io: 'input'` describes what a user writes (fields with defaults are optional).
 */
export function bulkConfigJsonSchema(): string {
  const schema = z.toJSONSchema(bulkConfigSchema, { io: 'input', target: 'draft-2020-12' });
  const doc = {
    ...schema,
    $id: 'https://github.com/mokoconsulting-tech/MokoStandards-Actions/docs/bulk-update-config.schema.json',
    title: 'MokoStandards bulk-update configuration',
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
