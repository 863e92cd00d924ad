import { z } from 'zod';
import { ConfigError, InputError } from '../core/errors.js';
import { describeIssues, showValue } from './zod-issues.js';

/** Where a setting's value came from, highest precedence first. */
export const SETTING_SOURCES = ['input', 'env', 'file', 'default'] as const;
export type SettingSource = (typeof SETTING_SOURCES)[number];

/**
 * The candidate values of one setting. Precedence (docs/configuration.md):
 * action input > environment variable > config file (profile merged) > default.
 * An empty string input or environment variable means "not given" (the runner passes unset inputs as '').
 */
export interface SettingSources<T> {
  /** Raw action input, e.g. `ctx.inputs` before defaults or `core.getInput`. */
  input?: string | undefined;
  /** Raw environment variable value. */
  env?: string | undefined;
  /** Value from the config file, e.g. `config.get('bulk.maxRepos')`; undefined or null means not set. */
  file?: unknown;
  default: T;
  /**
   * Parses the chosen value. Input and environment values arrive as strings, so the schema must accept
   * strings for non-string settings: see `booleanSetting` and `integerSetting`. Without a schema the
   * setting is a string (`stringSetting`: file numbers and booleans become strings, lists and mappings fail).
   */
  schema?: z.ZodType<T>;
  /** Names for error messages: input name, environment variable, config key. */
  names?: { input?: string; env?: string; file?: string };
}

/** A setting's value and the source that supplied it. */
export interface ResolvedSetting<T> {
  value: T;
  source: SettingSource;
}

/** Booleans as GitHub inputs spell them (YAML 1.2 core: true/True/TRUE, false/False/FALSE), or real booleans. */
export const booleanSetting = z.union(
  [
    z.boolean(),
    z.enum(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']).transform((s) => s.toLowerCase() === 'true'),
  ],
  { error: 'expected true or false (True, TRUE, False, FALSE also accepted)' },
);

/** Whole numbers, as numbers or as decimal strings. */
export const integerSetting = z.union(
  [
    z.number().int(),
    z
      .string()
      .regex(/^[-+]?\d+$/, 'expected a whole number')
      .transform((s) => Number.parseInt(s, 10)),
  ],
  { error: 'expected a whole number' },
);

/** Text settings: strings, or file scalars turned into strings. */
export const stringSetting = z
  .union([z.string(), z.number(), z.boolean()], { error: 'expected text, a number or true/false' })
  .transform(String);

function given(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

function fail(source: SettingSource, names: SettingSources<unknown>['names'], value: unknown, allowed: string): never {
  switch (source) {
    case 'input':
      throw new InputError(names?.input ?? 'input', String(value), allowed);
    case 'env':
      throw new ConfigError(
        `Environment variable ${names?.env ?? '(unnamed)'} has invalid value ${showValue(value)}: ${allowed}.`,
      );
    case 'file':
      throw new ConfigError(
        `Config key '${names?.file ?? '(unnamed)'}' has invalid value ${showValue(value)}: ${allowed}.`,
      );
    default:
      // A default that does not fit its own schema is our bug, not the user's.
      throw new Error(
        `Default ${showValue(value)} of setting ${names?.file ?? names?.input ?? ''} is invalid: ${allowed}.`,
      );
  }
}

/** Picks a setting's value by precedence and says which source supplied it. */
export function explainSetting<T>(sources: SettingSources<T> & { schema: z.ZodType<T> }): ResolvedSetting<T>;
export function explainSetting(sources: SettingSources<string>): ResolvedSetting<string>;
export function explainSetting(sources: SettingSources<unknown>): ResolvedSetting<unknown> {
  let source: SettingSource = 'default';
  let raw: unknown = sources.default;
  if (given(sources.input)) [source, raw] = ['input', sources.input];
  else if (given(sources.env)) [source, raw] = ['env', sources.env];
  else if (sources.file !== undefined && sources.file !== null) [source, raw] = ['file', sources.file];
  const parsed = (sources.schema ?? stringSetting).safeParse(raw);
  if (!parsed.success) fail(source, sources.names, raw, describeIssues(parsed.error));
  return { value: parsed.data, source };
}

/** A setting's value by precedence: input > environment variable > config file > default. */
export function resolveSetting<T>(sources: SettingSources<T> & { schema: z.ZodType<T> }): T;
export function resolveSetting(sources: SettingSources<string>): string;
export function resolveSetting(sources: SettingSources<unknown>): unknown {
  return explainSetting(sources as SettingSources<string>).value;
}
