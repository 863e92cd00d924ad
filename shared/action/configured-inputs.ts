import { loadConfig } from '../config/config.js';
import { ConfigFileError } from '../config/config-file.js';
import { ConfigError, InputError } from '../core/errors.js';
import type { InputDef, InputSource } from './inputs.js';

/** The environment variable that sets an action's input: `MOKO_<ACTION>_<INPUT>` (`MOKO_SECURITY_SCAN_FAIL_ON`). */
export function inputEnvVariable(action: string, input: string): string {
  return `MOKO_${action}_${input}`.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/** An input source that also knows where each value came from, for error messages. */
export interface ConfiguredSource {
  source: InputSource;
  /** Where a value that did not come from the step's own input was set; undefined for the input itself. */
  origin(input: string): string | undefined;
}

/** A file value as the raw string an input would carry: lists comma-separated, scalars as text. */
function asRaw(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}

/**
 * The inputs of one action resolved by precedence: the step's input > `MOKO_<ACTION>_<INPUT>` >
 * the action's section of `.github/moko-standards.yml` (with the profile of `MOKO_PROFILE` merged over
 * it) > the input's default. Under the runner an input left out arrives as its action.yml default, so
 * an input equal to its default counts as not given. Secret inputs come only from the step.
 */
export function configuredSource(
  action: string,
  defs: Record<string, InputDef<unknown>>,
  given: InputSource,
  env: Record<string, string | undefined>,
  workspace: string,
): ConfiguredSource {
  const origins = new Map<string, string>();
  const fileValues = readSection(action, defs, env, workspace);
  const source: InputSource = (name) => {
    const def = defs[name];
    const raw = given(name);
    if (!def || def.secret) return raw;
    const trimmed = raw?.trim() ?? '';
    if (trimmed !== '' && trimmed !== (def.actionDefault ?? def.default)) return raw;
    const variable = inputEnvVariable(action, name);
    if (env[variable]?.trim()) {
      origins.set(name, `environment variable ${variable}`);
      return env[variable];
    }
    const fromFile = fileValues.get(name);
    if (fromFile) {
      origins.set(name, fromFile.where);
      return fromFile.raw;
    }
    return raw;
  };
  return { source, origin: (input) => origins.get(input) };
}

/** The action's settings in the repository file, by input name, with where each is written. */
function readSection(
  action: string,
  defs: Record<string, InputDef<unknown>>,
  env: Record<string, string | undefined>,
  workspace: string,
): Map<string, { raw: string; where: string }> {
  const out = new Map<string, { raw: string; where: string }>();
  const config = loadConfig({ workspace, env });
  if (config.file === undefined) return out;
  const section = config.get(action);
  if (section === undefined || section === null) return out;
  if (typeof section !== 'object' || Array.isArray(section)) {
    const { line, column, key } = config.locate([action]);
    throw new ConfigFileError(config.file, line, column, `${key}: expected a mapping of ${action}'s inputs`);
  }
  const settable = Object.keys(defs).filter((n) => !defs[n]?.secret);
  for (const [name, value] of Object.entries(section)) {
    const { line, column, key } = config.locate([action, name]);
    if (!settable.includes(name))
      throw new ConfigFileError(
        config.file,
        line,
        column,
        `${key}: '${name}' is not an input of ${action} that the file can set (${settable.join(', ')})`,
      );
    if (value === null || value === undefined) continue;
    out.set(name, { raw: asRaw(value), where: `${config.file}:${line}:${column}: ${key}` });
  }
  return out;
}

/** A bad value that came from the environment or the file, named by where it was set. */
export function withOrigin(error: unknown, configured: ConfiguredSource): unknown {
  if (!(error instanceof InputError)) return error;
  const origin = configured.origin(error.input);
  return origin ? new ConfigError(`${origin}: ${error.message}`, { cause: error }) : error;
}
