import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigError, errorMessage } from '../core/errors.js';
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

/** A parsed configuration file that can say where each of its values is written. */
export interface ConfigText {
  /** The file's name as messages show it (relative to the workspace). */
  file: string;
  /** The top-level mapping (`{}` for an empty or comment-only file). */
  value: Record<string, unknown>;
  /** Line and column of the value at `path` (or of its nearest written parent; 1:1 when nothing is). */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

/**
 * Parses YAML (or JSON) text into a plain mapping that remembers positions. Empty and comment-only files
 * give `{}`. A syntax error, a duplicate key or a top level that is not a mapping throws
 * ConfigFileError with the line and column.
 */
export function parseConfigDocument(text: string, displayName: string): ConfigText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    throw new ConfigFileError(
      displayName,
      pos.line,
      pos.col,
      `${first.message} (YAML ${first.code}); expected a YAML or JSON mapping of settings`,
    );
  }
  const value: unknown = doc.toJS();
  if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
    const { line, col } = lineCounter.linePos(doc.contents?.range[0] ?? 0);
    throw new ConfigFileError(displayName, line, col, 'the top level must be a mapping of settings (key: value)');
  }
  const locate = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return { line: 1, column: 1 };
  };
  return { file: displayName, value: (value ?? {}) as Record<string, unknown>, locate };
}

/** Parses YAML text into a plain mapping (see parseConfigDocument). */
export function parseConfigText(text: string, displayName: string): Record<string, unknown> {
  return parseConfigDocument(text, displayName).value;
}

/**
 * Reads a configuration file at an absolute path (see parseConfigDocument); `undefined` when it does
 * not exist. An unreadable file is a ConfigError naming it.
 */
export function readConfigDocument(path: string, displayName: string): ConfigText | undefined {
  if (!existsSync(path)) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read ${displayName}: ${errorMessage(error)}`);
  }
  return parseConfigDocument(text, displayName);
}

/** Reads and parses the config file at an absolute path; `undefined` when it does not exist. */
export function readConfigFile(path: string, displayName: string): Record<string, unknown> | undefined {
  return readConfigDocument(path, displayName)?.value;
}

/**
 * `text.value` (or `value`, a part of it at `base`) parsed by a zod schema; a mismatch is one
 * ConfigFileError listing every issue as `file:line:column: key.path: message`, the first one's
 * position on the error itself. Every configuration file of the collection is checked this way.
 */
export function validateConfig<T>(
  schema: z.ZodType<T>,
  text: ConfigText,
  value: unknown = text.value,
  base: readonly PropertyKey[] = [],
): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const path = [...base, ...issue.path];
    const { line, column } = text.locate(path);
    return {
      line,
      column,
      text: `${text.file}:${line}:${column}: ${path.length ? path.join('.') : '(top level)'}: ${issue.message}`,
    };
  });
  const first = lines[0] ?? { line: 1, column: 1, text: '' };
  const error = new ConfigFileError(text.file, first.line, first.column, '');
  error.message = lines.map((l) => l.text).join('\n');
  throw error;
}

/**
 * Runs `load` for the configuration file an input names, so a problem in the file also names the
 * input to fix: `Input 'config': broken.yml:3:1: …`, the original error kept as the cause.
 */
export async function loadForInput<T>(inputName: string, load: () => T | Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`Input '${inputName}': ${error.message}`, { cause: error });
    throw error;
  }
}
