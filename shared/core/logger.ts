import { type AnnotationProperties, annotate, isDebug, issueCommand } from './runner-commands.js';

export type { AnnotationProperties } from './runner-commands.js';

/**
 * The logging surface every module receives instead of writing workflow commands itself
 * (github/codeql-action src/logging.ts): tests pass a recording logger, the CLI a console one.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
  isDebug(): boolean;
  startGroup(name: string): void;
  endGroup(): void;
}

/** Logger that writes GitHub workflow commands (runner-commands.ts). */
export function actionsLogger(): Logger {
  return {
    debug: (m) => issueCommand('debug', {}, m),
    info: (m) => process.stdout.write(`${m}\n`),
    warning: (m, p) => annotate('warning', m, p),
    error: (m, p) => annotate('error', m, p),
    notice: (m, p) => annotate('notice', m, p),
    isDebug: () => isDebug(),
    startGroup: (n) => issueCommand('group', {}, n),
    endGroup: () => issueCommand('endgroup', {}, ''),
  };
}

/** ` file:line: ` of an annotation's position, for plain-text loggers. */
export function where(p?: AnnotationProperties): string {
  if (!p?.file) return '';
  return p.startLine ? `${p.file}:${p.startLine}: ` : `${p.file}: `;
}

/** Logger for the local CLI: plain lines on stderr so stdout stays free for --json. */
export function consoleLogger(verbose: boolean, stream: NodeJS.WritableStream = process.stderr): Logger {
  const write = (line: string) => stream.write(`${line}\n`);
  return {
    debug: (m) => {
      if (verbose) write(`debug: ${m}`);
    },
    info: (m) => write(m),
    warning: (m, p) => write(`warning: ${where(p)}${m}`),
    error: (m, p) => write(`error: ${where(p)}${m}`),
    notice: (m, p) => write(`notice: ${where(p)}${m}`),
    isDebug: () => verbose,
    startGroup: (n) => write(`== ${n}`),
    endGroup: () => {},
  };
}
