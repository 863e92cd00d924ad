import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { ConfigError } from '../core/errors.js';
import { resolveWorkspacePath } from '../paths/workspace-path.js';

/** Where the repository configuration file is looked for when no other path is given. */
export const DEFAULT_CONFIG_FILE = '.github/moko-standards.yml';

/** A configuration file that does not parse: names the file (relative to the workspace), line and column. */
export class ConfigFileError extends ConfigError {
  override name = 'ConfigFileError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
  }
}

/**
 * Resolves a config path against the workspace and refuses anything outside it, symlinks included,
 * through the validation module's resolveWorkspacePath. Throws InputError naming `inputName`.
 */
export function resolveConfigPath(workspace: string, file: string, inputName = 'config-file'): string {
  return resolveWorkspacePath(workspace, file, { inputName });
}

/**
 * Parses YAML text into a plain mapping. Empty files and comment-only files give `{}`. A syntax
 * error, a duplicate key or a top level that is not a mapping throws ConfigFileError with the line.
 */
export function parseConfigText(text: string, displayName: string): Record<string, unknown> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    throw new ConfigFileError(displayName, pos.line, pos.col, `${first.message} (YAML ${first.code})`);
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    const { line, col } = lineCounter.linePos(doc.contents?.range[0] ?? 0);
    throw new ConfigFileError(displayName, line, col, 'the top level must be a mapping of settings (key: value)');
  }
  return value as Record<string, unknown>;
}

/** Reads and parses the config file at an absolute path; `undefined` when it does not exist. */
export function readConfigFile(path: string, displayName: string): Record<string, unknown> | undefined {
  if (!existsSync(path)) return undefined;
  return parseConfigText(readFileSync(path, 'utf8'), displayName);
}
