import { type AnyActionDefinition, commonInputs } from './define-action.js';
import { errorMessage } from '../core/errors.js';
import { type ExecutionIo, executeAction } from './execute.js';
import type { InputDef } from './inputs.js';
import { consoleLogger } from '../core/logger.js';
import { systemClock } from '../core/clock.js';

/** Flags the CLI itself understands, beyond one flag per input. */
const CLI_FLAGS = ['help', 'verbose', 'json'];

interface ParsedArgs {
  values: Map<string, string>;
  flags: Set<string>;
}

/** Parses `--name value`, `--name=value`, bare `--flag` (a boolean true) and `--no-flag`. */
export function parseArgs(argv: string[], defs: Record<string, InputDef<unknown>>): ParsedArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new Error(`unexpected argument '${arg}': inputs are given as --<input> value`);
    let [name, value] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (CLI_FLAGS.includes(name)) {
      flags.add(name);
      continue;
    }
    if (!(name in defs) && name.startsWith('no-') && defs[name.slice(3)]?.kind === 'boolean') {
      name = name.slice(3);
      value = 'false';
    }
    const def = defs[name];
    if (!def)
      throw new Error(
        `unknown option '--${name}'. Options: ${Object.keys(defs)
          .map((n) => `--${n}`)
          .join(', ')}`,
      );
    if (value === undefined) {
      const next = argv[i + 1];
      const isBoolean = def.kind === 'boolean';
      if (isBoolean && (next === undefined || next.startsWith('--'))) value = 'true';
      else if (next === undefined) throw new Error(`option '--${name}' needs a value`);
      else {
        value = next;
        i++;
      }
    }
    values.set(name, value);
  }
  return { values, flags };
}

/** The --help text, generated from the input definitions. */
export function helpText(definition: AnyActionDefinition): string {
  const defs: Record<string, InputDef<unknown>> = { ...definition.inputs, ...commonInputs };
  const lines = [`moko ${definition.name} [options]`, '', definition.description, '', 'Inputs:'];
  for (const [name, d] of Object.entries(defs)) {
    const dflt = d.default !== undefined ? ` (default: ${d.default})` : d.required ? ' (required)' : '';
    lines.push(`  --${name}${dflt}`, `      ${d.description}`, `      ${d.allowed}`);
  }
  lines.push('', 'Outputs:');
  for (const [name, description] of Object.entries(definition.outputs)) lines.push(`  ${name}: ${description}`);
  lines.push(
    '',
    'Options:',
    '  --help     this text',
    '  --verbose  debug logging',
    '  --json     print outputs and results as one JSON document',
  );
  return `${lines.join('\n')}\n`;
}

/** Runs an action as a local command: `moko <action> --<input> value [--json] [--verbose]`. Returns the exit code. */
export async function runCli(definition: AnyActionDefinition, argv: string[]): Promise<number> {
  const defs = { ...commonInputs, ...definition.inputs } as Record<string, InputDef<unknown>>;
  let args: ParsedArgs;
  try {
    args = parseArgs(argv, defs);
  } catch (error) {
    process.stderr.write(`error: ${errorMessage(error)}\n`);
    return 2;
  }
  if (args.flags.has('help')) {
    process.stdout.write(helpText(definition));
    return 0;
  }
  const json = args.flags.has('json');
  const logger = consoleLogger(args.flags.has('verbose'));
  let failed = false;
  const io: ExecutionIo = {
    source: (name) => args.values.get(name),
    logger,
    env: process.env,
    clock: systemClock,
    mask: () => {},
    setOutput: () => {},
    writeSummary: (md) => {
      if (!json) process.stdout.write(`${md}\n`);
    },
    fail: (message) => {
      failed = true;
      logger.error(message);
    },
  };
  const report = await executeAction(definition, io);
  if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else for (const [k, v] of Object.entries(report.outputs)) process.stdout.write(`${k}=${v}\n`);
  return failed ? 1 : 0;
}
