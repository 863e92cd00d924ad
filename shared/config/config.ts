import { relative, resolve } from 'node:path';
import { ConfigError } from '../core/errors.js';
import { type ConfigText, DEFAULT_CONFIG_FILE, readConfigDocument, resolveConfigPath } from './config-file.js';

export { ConfigFileError, DEFAULT_CONFIG_FILE } from './config-file.js';

type Mapping = Record<string, unknown>;

function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep merge: mappings merge key by key, anything else (lists included) in `over` replaces `base`. */
export function deepMerge(base: Mapping, over: Mapping): Mapping {
  const out: Mapping = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    out[key] = isMapping(prev) && isMapping(value) ? deepMerge(prev, value) : value;
  }
  return out;
}

/** The value at a dot-notation path (`a.b.0.c`; numeric parts index lists), or undefined. */
export function getPath(data: unknown, path: string): unknown {
  let node: unknown = data;
  for (const part of path.split('.')) {
    if (Array.isArray(node) && /^\d+$/.test(part)) node = node[Number(part)];
    else if (isMapping(node) && Object.hasOwn(node, part)) node = node[part];
    else return undefined;
  }
  return node;
}

/** Where a Config came from, for error messages. */
export interface ConfigOrigin {
  /** File name relative to the workspace, when a file was read. */
  file?: string;
  profile?: string;
  /** Positions of the file's values (see ConfigText.locate). */
  locate?: ConfigText['locate'];
}

/**
 * The repository configuration after the chosen profile was merged over the top-level defaults.
 * Read-only; dot-notation access; typed getters that fail with a ConfigError naming the key.
 */
export class Config {
  readonly file: string | undefined;
  readonly profile: string | undefined;
  /** Profile names the file defines. */
  readonly profiles: string[];
  private readonly data: Mapping;
  private readonly positions: ConfigText['locate'] | undefined;
  /** The file's content before the profile was merged, for locate. */
  private readonly raw: Mapping | undefined;

  constructor(data: Mapping, origin: ConfigOrigin & { profiles?: string[]; raw?: Mapping } = {}) {
    this.data = data;
    this.file = origin.file;
    this.profile = origin.profile;
    this.profiles = origin.profiles ?? [];
    this.positions = origin.locate;
    this.raw = origin.raw;
  }

  /**
   * Line and column where the setting at `path` (`['release', 'mode']`) is written: in the chosen
   * profile when it sets it there, else at the top level; 1:1 without a file.
   */
  locate(path: readonly string[]): { line: number; column: number; key: string } {
    const inProfile =
      this.profile !== undefined && this.positions !== undefined && this.profiles.includes(this.profile);
    const full =
      inProfile && this.rawHas(['profiles', this.profile as string, ...path])
        ? ['profiles', this.profile as string, ...path]
        : [...path];
    const at = this.positions?.(full) ?? { line: 1, column: 1 };
    return { ...at, key: full.join('.') };
  }

  private rawHas(path: string[]): boolean {
    return this.raw !== undefined && getPath(this.raw, path.join('.')) !== undefined;
  }

  /** Builds a Config from parsed file content: picks `profiles.<profile>` and merges it over the rest. */
  static fromObject(raw: Mapping, origin: ConfigOrigin & { profileSource?: string } = {}): Config {
    const { profiles, ...defaults } = raw;
    const where = origin.file ?? 'the configuration';
    if (profiles !== undefined && !isMapping(profiles)) {
      throw new ConfigError(`${where}: 'profiles' must be a mapping of profile name to settings.`);
    }
    const names = Object.keys(profiles ?? {});
    for (const name of names) {
      if (!isMapping(profiles?.[name]) && profiles?.[name] !== null) {
        throw new ConfigError(`${where}: profile '${name}' must be a mapping of settings.`);
      }
    }
    let data = defaults;
    // A file without profiles applies the same way in every environment, so any profile name is fine;
    // a file with profiles must define the one asked for, so a typo does not silently mean "defaults".
    if (origin.profile !== undefined && profiles !== undefined) {
      if (!names.includes(origin.profile)) {
        const from = origin.profileSource ? ` (from ${origin.profileSource})` : '';
        throw new ConfigError(
          `${where}: profile '${origin.profile}'${from} is not defined; available profiles: ${names.join(', ') || 'none'}.`,
        );
      }
      const chosen = profiles[origin.profile];
      data = deepMerge(defaults, isMapping(chosen) ? chosen : {});
    }
    return new Config(data, { ...origin, profiles: names, raw });
  }

  /** The value at a dot-notation path, or `fallback` when it is not set. */
  get(path: string, fallback?: unknown): unknown {
    const value = getPath(this.data, path);
    return value === undefined ? fallback : value;
  }

  /** True when the path is set (even to null). */
  has(path: string): boolean {
    return getPath(this.data, path) !== undefined;
  }

  /** A plain copy of every setting. */
  toJSON(): Mapping {
    return structuredClone(this.data);
  }
}

/** Options of loadConfig. */
export interface LoadConfigOptions {
  /** Root the file must stay inside (symlinks resolved). */
  workspace: string;
  /** Path relative to the workspace (default `.github/moko-standards.yml`); '' means the default. */
  file?: string;
  /** Profile to apply; '' or undefined falls back to `MOKO_PROFILE` from `env`. */
  profile?: string;
  /** Environment to read `MOKO_PROFILE` from (the run's, ExecutionIo.env). */
  env: Record<string, string | undefined>;
  /** Fail when the file does not exist (e.g. the user named it explicitly). Default false. */
  required?: boolean;
  /** Input name used in errors about the path (default `config-file`). */
  inputName?: string;
}

/**
 * Loads the optional repository config file. A missing file gives an empty Config unless `required`.
 * Profile: `opts.profile`, else `MOKO_PROFILE`, else none (top-level settings only).
 */
export function loadConfig(opts: LoadConfigOptions): Config {
  const { env } = opts;
  const name = opts.file || DEFAULT_CONFIG_FILE;
  const path = resolveConfigPath(opts.workspace, name, opts.inputName);
  // resolveWorkspacePath returns the path as written (not symlink-resolved), so this is relative to the workspace.
  const display = relative(resolve(opts.workspace), path) || name;
  const profile = opts.profile || env.MOKO_PROFILE || undefined;
  const profileSource = opts.profile ? 'argument' : profile ? 'MOKO_PROFILE' : undefined;
  const text = readConfigDocument(path, display);
  if (text === undefined) {
    if (opts.required) throw new ConfigError(`Configuration file ${display} does not exist.`);
    return new Config({}, { ...(profile !== undefined && { profile }) });
  }
  return Config.fromObject(text.value, {
    file: display,
    locate: text.locate,
    ...(profile !== undefined && { profile }),
    ...(profileSource !== undefined && { profileSource }),
  });
}
