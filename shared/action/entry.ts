import { errorMessage, isUserError } from '../core/errors.js';
import { annotate } from '../core/runner-commands.js';
import { type AnyActionDefinition, commonInputs } from './define-action.js';
import { envInputSource, parseInputs } from './inputs.js';

/**
 * Under the runner, checks the inputs before the framework and its dependencies (prom-client,
 * yaml, the audit and summary modules) are loaded, so a bad input fails at once,
 * with the same one `::error::` line the full run would print. Returns false when it failed the step.
 * Secrets need no mask here: a bad secret is shown as `***` and a good one is not printed.
 */
export function inputsAcceptable(definition: AnyActionDefinition, env: Record<string, string | undefined>): boolean {
  try {
    parseInputs({ ...commonInputs, ...definition.inputs }, envInputSource(env));
    return true;
  } catch (error) {
    // Anything but a bad input is left to the full run and its safety net.
    if (!isUserError(error)) return true;
    annotate('error', `${definition.name}: ${errorMessage(error)}`);
    process.exitCode = 1;
    return false;
  }
}

/**
 * Entry of every bundle: loads the action's definition (its inputs; the run's code loads on first use),
 * fails fast on a bad input, and only then loads the framework (a chunk of its own) and runs.
 */
export async function runEntry(load: () => Promise<{ action: AnyActionDefinition }>): Promise<void> {
  const { action } = await load();
  if (process.env.GITHUB_ACTIONS === 'true' && !inputsAcceptable(action, process.env)) return;
  const { main } = await import('./main.js');
  await main(action);
}
