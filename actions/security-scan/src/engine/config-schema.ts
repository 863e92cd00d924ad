import { z } from 'zod';
import { configSchema } from './config.js';

/** Where the published JSON Schema of the configuration file lives, relative to the repository root. */
export const CONFIG_SCHEMA_PATH = 'docs/security-scan-config.schema.json';

/** JSON Schema (draft 2020-12) of `.github/security-scan.yml`, generated from the zod schema (input side: defaults optional). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://github.com/mokoconsulting-tech/standards/blob/main/docs/security-scan-config.schema.json',
    title: 'MokoStandards security-scan configuration',
    description: 'The .github/security-scan.yml file read by actions/security-scan.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** The schema file's exact text (2-space JSON, trailing newline). */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
