import { runCli } from './cli.js';
import type { AnyActionDefinition } from './define-action.js';
import { errorMessage } from '../core/errors.js';
import { executeAction, runnerIo } from './execute.js';
import { actionsLogger } from '../core/logger.js';
import { setFailed } from '../core/runner-commands.js';

/**
 * Entry point of every bundle: under the runner (GITHUB_ACTIONS=true) it speaks workflow commands;
 * anywhere else it is the `moko <action>` command line.
 */
export async function main(definition: AnyActionDefinition): Promise<void> {
  try {
    if (process.env.GITHUB_ACTIONS === 'true') {
      await executeAction(definition, runnerIo(actionsLogger()));
    } else {
      process.exitCode = await runCli(definition, process.argv.slice(2));
    }
  } catch (error) {
    // Last resort: executeAction already catches everything it runs; this guards the guard.
    setFailed(`${definition.name} failed unexpectedly: ${errorMessage(error)}`);
  }
}
