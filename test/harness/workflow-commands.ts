/**
 * Workflow commands (`::name key=value,…::message`) as the runner reads them from an action's
 * stdout and stderr (actions/runner src/Runner.Common/ActionCommand.cs TryParseV2 and
 * ActionCommandManager): both streams are scanned, leading whitespace is ignored, unknown command
 * names are plain log text, and `::stop-commands::TOKEN` suspends processing until `::TOKEN::`.
 * https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
 */

/** One workflow command the runner would act on. */
export interface WorkflowCommand {
  command: string;
  /** Properties as written, unescaped; the runner compares their names case-insensitively. */
  properties: Record<string, string>;
  message: string;
  stream: 'stdout' | 'stderr';
}

/** An annotation (`::error`, `::warning`, `::notice`) with its location properties. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

/** Command names the runner registers; any other `::x::` line is ordinary output. */
export const RUNNER_COMMANDS: ReadonlySet<string> = new Set([
  'set-env',
  'set-output',
  'save-state',
  'add-path',
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
]);

// Unescape tables of ActionCommand.cs; '%25' comes last so '%250A' stays a literal '%0A'.
const DATA_ESCAPES: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const PROPERTY_ESCAPES: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];

function unescapeWith(value: string, table: [string, string][]): string {
  return table.reduce((text, [from, to]) => text.split(from).join(to), value);
}

/** Parses one output line into a command, or undefined when the runner would treat it as log text. */
export function parseCommandLine(line: string, stream: 'stdout' | 'stderr' = 'stdout'): WorkflowCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!RUNNER_COMMANDS.has(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      const eq = pair.indexOf('=');
      // The runner splits on the first '=' and drops pairs whose key or value is empty.
      if (eq <= 0 || eq === pair.length - 1) continue;
      properties[pair.slice(0, eq)] = unescapeWith(pair.slice(eq + 1), PROPERTY_ESCAPES);
    }
  }
  return { command, properties, message: unescapeWith(message.slice(end + 2), DATA_ESCAPES), stream };
}

/** Reads a property by name, case-insensitively as the runner does. */
export function property(cmd: WorkflowCommand, name: string): string | undefined {
  const key = Object.keys(cmd.properties).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : cmd.properties[key];
}

/** Collects commands from output chunks of both streams, in arrival order, honouring stop-commands. */
export class CommandCollector {
  readonly commands: WorkflowCommand[] = [];
  private readonly partial = { stdout: '', stderr: '' };
  private stopToken: string | undefined;

  /** `onLine` sees every complete line, command or not, as it arrives. */
  constructor(private readonly onLine?: (line: string, stream: 'stdout' | 'stderr') => void) {}

  /** Feeds a chunk of output; complete lines are parsed at once. */
  write(chunk: string, stream: 'stdout' | 'stderr'): void {
    const text = this.partial[stream] + chunk;
    const lines = text.split('\n');
    this.partial[stream] = lines.pop() ?? '';
    for (const line of lines) this.line(line.replace(/\r$/, ''), stream);
  }

  /** Parses whatever is left without a final newline (the runner processes it when the stream closes). */
  end(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      const rest = this.partial[stream];
      this.partial[stream] = '';
      if (rest !== '') this.line(rest.replace(/\r$/, ''), stream);
    }
  }

  private line(line: string, stream: 'stdout' | 'stderr'): void {
    this.onLine?.(line, stream);
    if (this.stopToken !== undefined) {
      if (line.trim() === `::${this.stopToken}::`) this.stopToken = undefined;
      return;
    }
    const cmd = parseCommandLine(line, stream);
    if (!cmd) return;
    if (cmd.command === 'stop-commands' && cmd.message !== '') this.stopToken = cmd.message;
    this.commands.push(cmd);
  }
}

function integer(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number.parseInt(value, 10);
}

/** The annotations among the commands, with their location properties typed. */
export function annotationsOf(commands: readonly WorkflowCommand[]): Annotation[] {
  const out: Annotation[] = [];
  for (const cmd of commands) {
    if (cmd.command !== 'error' && cmd.command !== 'warning' && cmd.command !== 'notice') continue;
    const a: Annotation = { level: cmd.command, message: cmd.message };
    const title = property(cmd, 'title');
    const file = property(cmd, 'file');
    if (title !== undefined) a.title = title;
    if (file !== undefined) a.file = file;
    for (const key of ['line', 'endLine', 'col', 'endColumn'] as const) {
      const n = integer(property(cmd, key));
      if (n !== undefined) a[key] = n;
    }
    out.push(a);
  }
  return out;
}

/** Values registered with `::add-mask::`, which the runner replaces with `***` in the log. */
export function masksOf(commands: readonly WorkflowCommand[]): string[] {
  return commands.filter((c) => c.command === 'add-mask' && c.message.trim() !== '').map((c) => c.message);
}
