import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * The runner's workflow commands and file commands, written as @actions/core writes them
 * (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions): `::name
 * key=value::message` lines on stdout, and `name<<delimiter` blocks appended to the GITHUB_OUTPUT file.
 *
 * Why not @actions/core itself: it imports @actions/http-client and undici (about 1 MB of bundle)
 * for OIDC tokens, which no action of ours requests; evaluating them was a fixed part of every step's
 * start, before the first file was scanned. The protocol is a dozen lines; test/harness parses what
 * these functions write with the runner's own rules (workflow-commands.ts, file-commands.ts).
 */

/** Where an annotation points (the names of @actions/core's AnnotationProperties). */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** A command's message: `%`, CR and LF escaped. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command property's value: also `:` and `,`, which separate properties. */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Writes `::command key=value,…::message` on stdout. */
export function issueCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): void {
  const props = Object.entries(properties)
    .filter(([, v]) => Boolean(v)) // as @actions/core: an empty or zero property is left out
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/** An annotation's position as the command's properties (the runner's names: line, col, endLine…). */
function annotationProperties(p: AnnotationProperties | undefined): Record<string, string | number | undefined> {
  if (!p) return {};
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn,
  };
}

/** An `error`, `warning` or `notice` annotation. */
export function annotate(level: 'error' | 'warning' | 'notice', message: string, p?: AnnotationProperties): void {
  issueCommand(level, annotationProperties(p), message);
}

/** Hides `secret` in every log line written after this one. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

/**
 * Sets a step output: appended to the GITHUB_OUTPUT file as `name<<delimiter` … `delimiter`, with a
 * random delimiter that neither the name nor the value may contain; the deprecated `set-output`
 * command only where the runner gives no file.
 */
export function setOutput(name: string, value: string, env: Record<string, string | undefined> = process.env): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`Unexpected input: the output ${name} contains the delimiter ${delimiter}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Marks the step failed (exit code 1) with an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  annotate('error', message);
}

/** True when the run has debug logging on (RUNNER_DEBUG=1). */
export function isDebug(env: Record<string, string | undefined> = process.env): boolean {
  return env.RUNNER_DEBUG === '1';
}
