import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../../shared/core/errors.js';

/**
 * Environment files ("file commands") the runner creates for each step and reads back after it
 * (actions/runner src/Runner.Worker/FileCommandManager.cs).
 * https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands#environment-files
 */
export const FILE_COMMANDS = {
  GITHUB_OUTPUT: 'set_output_',
  GITHUB_ENV: 'set_env_',
  GITHUB_STATE: 'save_state_',
  GITHUB_PATH: 'add_path_',
  GITHUB_STEP_SUMMARY: 'step_summary_',
} as const;

/** Name of a file-command variable. */
export type FileCommandName = keyof typeof FILE_COMMANDS;

/** The runner refuses step summaries above 1 MiB (docs: "Step isolation and limits"). */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

/** Creates the empty files of one step under `<runnerTemp>/_runner_file_commands` and returns their paths. */
export async function createFileCommands(runnerTemp: string, suffix: string): Promise<Record<FileCommandName, string>> {
  const dir = join(runnerTemp, '_runner_file_commands');
  await mkdir(dir, { recursive: true });
  const paths = {} as Record<FileCommandName, string>;
  for (const [name, prefix] of Object.entries(FILE_COMMANDS) as [FileCommandName, string][]) {
    paths[name] = join(dir, prefix + suffix);
    await writeFile(paths[name], '');
  }
  return paths;
}

function readLine(text: string, at: number): { line: string; next: number; newline: boolean } | undefined {
  if (at >= text.length) return undefined;
  const lf = text.indexOf('\n', at);
  if (lf < 0) return { line: text.slice(at), next: text.length, newline: false };
  return { line: text.slice(at, lf), next: lf + 1, newline: true };
}

/**
 * Parses GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE text: `name=value` lines and the heredoc form
 * `name<<DELIMITER` … `DELIMITER`, whichever separator comes first on the line. Throws the runner's
 * errors for a missing name, a missing delimiter or an unterminated heredoc. Later values win.
 */
export function parseKeyValueFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let cursor = readLine(text, 0);
  while (cursor) {
    const { line } = cursor;
    let next = cursor.next;
    if (line !== '') {
      const eq = line.indexOf('=');
      const heredoc = line.indexOf('<<');
      if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
        const name = line.slice(0, eq);
        if (name === '') throw new Error(`Invalid format '${line}'. Name must not be empty`);
        out[name] = line.slice(eq + 1);
      } else if (heredoc >= 0) {
        const name = line.slice(0, heredoc);
        const delimiter = line.slice(heredoc + 2);
        if (name === '' || delimiter === '') {
          throw new Error(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`);
        }
        const start = next;
        let end = next;
        let inner = readLine(text, next);
        while (inner?.line !== delimiter) {
          if (!inner) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`);
          if (!inner.newline) throw new Error('Invalid value. EOF marker missing new line.');
          end = inner.next - 1;
          inner = readLine(text, inner.next);
        }
        next = inner.next;
        out[name] = end > start ? text.slice(start, end) : '';
      } else {
        throw new Error(`Invalid format '${line}'`);
      }
    }
    cursor = readLine(text, next);
  }
  return out;
}

/** Parses GITHUB_PATH: one directory per line, empty lines skipped. */
export function parsePathFile(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** What the runner reads back from a step's file commands, plus the errors it would report. */
export interface FileCommandResults {
  outputs: Record<string, string>;
  env: Record<string, string>;
  state: Record<string, string>;
  path: string[];
  summary: string;
  errors: string[];
}

/** Reads and parses a step's file commands after the process exits. */
export async function readFileCommands(paths: Record<FileCommandName, string>): Promise<FileCommandResults> {
  const errors: string[] = [];
  const read = (name: FileCommandName) => readFile(paths[name], 'utf8').catch(() => '');
  const parsed = async (name: FileCommandName) => {
    try {
      return parseKeyValueFile(await read(name));
    } catch (error) {
      // The runner fails the step with "Unable to process file command 'output' successfully."
      errors.push(`Unable to process file command '${name}': ${errorMessage(error)}`);
      return {};
    }
  };
  const summary = await read('GITHUB_STEP_SUMMARY');
  const size = Buffer.byteLength(summary);
  if (size > STEP_SUMMARY_LIMIT) {
    errors.push(`$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got ${size >> 10}k`);
  }
  return {
    outputs: await parsed('GITHUB_OUTPUT'),
    env: await parsed('GITHUB_ENV'),
    state: await parsed('GITHUB_STATE'),
    path: parsePathFile(await read('GITHUB_PATH')),
    summary,
    errors,
  };
}
