import { z } from 'zod';
import { ConfigError, errorMessage } from '../../../../shared/core/errors.js';
import { ConfigFileError, readConfigDocument, validateConfig } from '../../../../shared/config/config-file.js';
import { SEVERITIES } from '../../../../shared/core/finding.js';
import { CATEGORIES } from './rule.js';

const severity = z.enum(SEVERITIES);

/** A user-defined regex rule from the configuration file. */
export const customRuleSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'kebab-case')
      .describe('Rule name; the id becomes `custom/<id>`.'),
    title: z.string().min(1).describe('Short description shown in SARIF and the summary.'),
    pattern: z
      .string()
      .min(1)
      .describe('JavaScript regular expression; capture group 1, if present, is the flagged value.'),
    flags: z
      .string()
      .regex(/^[imsu]*$/, 'only i, m, s, u')
      .optional()
      .describe('Regex flags besides g.'),
    keywords: z
      .array(z.string().min(2))
      .min(1)
      .describe('Literals (case-insensitive) one of which every match contains: the prefilter.'),
    severity: severity.default('high'),
    category: z.enum(['secret', 'dangerous-function']).default('secret'),
    help: z.string().optional().describe('How to fix it.'),
    cwe: z.number().int().positive().optional(),
    paths: z.array(z.string()).optional().describe('Globs (relative to the scanned path) the rule is limited to.'),
    minEntropy: z.number().min(0).max(8).optional().describe('Minimum Shannon entropy (bits/char) of the value.'),
  })
  .strict();

/** The `.github/security-scan.yml` configuration file. */
export const configSchema = z
  .object({
    $schema: z.string().optional(),
    rules: z
      .record(
        z.string(),
        z.union([
          z.literal('off'),
          severity,
          z.object({ enabled: z.boolean().optional(), severity: severity.optional() }).strict(),
        ]),
      )
      .default({})
      .describe('Per rule id (or `family/*`): `off`, a severity override, or `{ enabled, severity }`.'),
    categories: z
      .array(z.enum(CATEGORIES))
      .optional()
      .describe('Rule families to run (the `categories` input wins when given).'),
    ignore: z
      .array(z.string())
      .default([])
      .describe('Paths to skip, gitignore syntax, relative to the scanned path. .gitignore files are honoured too.'),
    baseline: z
      .string()
      .optional()
      .describe('Baseline file of accepted findings: JSON `{ "fingerprints": [...] }` or a previous SARIF file.'),
    maxFileSize: z
      .number()
      .int()
      .positive()
      .default(2 * 1024 * 1024)
      .describe('Files larger than this (bytes) are skipped and counted.'),
    customRules: z.array(customRuleSchema).default([]),
    workflow: z
      .object({
        trustedActions: z
          .array(z.string())
          .default(['actions/*', 'github/*'])
          .describe('`owner/repo` globs allowed without a SHA pin. Empty list: every action must be pinned.'),
      })
      .strict()
      .default({ trustedActions: ['actions/*', 'github/*'] }),
  })
  .strict();

/** The validated configuration with defaults applied. */
export type ScanConfig = z.infer<typeof configSchema>;

/** Configuration used when no file is given: every rule on, default severities. */
export function defaultConfig(): ScanConfig {
  return configSchema.parse({});
}

/**
 * Reads and validates a configuration file (YAML or JSON) through the shared loader: every error names
 * the file, the line and column, and the field (`file:line:column: key.path: message`).
 */
export async function loadConfig(file: string, displayName = file): Promise<ScanConfig> {
  const text = readConfigDocument(file, displayName);
  if (!text) throw new ConfigError(`Cannot read security-scan config ${displayName}: the file does not exist.`);
  const config = validateConfig(configSchema, text);
  config.customRules.forEach((rule, i) => {
    try {
      new RegExp(rule.pattern, `g${rule.flags ?? ''}`);
    } catch (error) {
      const { line, column } = text.locate(['customRules', i, 'pattern']);
      throw new ConfigFileError(displayName, line, column, `customRules '${rule.id}' pattern: ${errorMessage(error)}`);
    }
  });
  return config;
}
