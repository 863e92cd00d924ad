import { property, type WorkflowCommand } from './workflow-commands.js';

/** What the deprecated and disabled stdout commands do to a step, as the runner applies them. */
export interface CommandEffects {
  outputs: Record<string, string>;
  state: Record<string, string>;
  errors: string[];
  warnings: string[];
}

/**
 * Applies `set-output` and `save-state` (deprecated: still honoured, with a warning) and rejects
 * `set-env` and `add-path` (disabled since October 2020 unless ACTIONS_ALLOW_UNSECURE_COMMANDS=true:
 * https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/,
 * https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/).
 * Our actions use the environment files; this keeps the harness honest about an action that does not.
 */
export function commandEffects(commands: readonly WorkflowCommand[], env: Record<string, string>): CommandEffects {
  const effects: CommandEffects = { outputs: {}, state: {}, errors: [], warnings: [] };
  const unsecureAllowed = env.ACTIONS_ALLOW_UNSECURE_COMMANDS?.toLowerCase() === 'true';
  for (const cmd of commands) {
    const name = property(cmd, 'name');
    if (cmd.command === 'set-output' || cmd.command === 'save-state') {
      effects.warnings.push(
        `The \`${cmd.command}\` command is deprecated and will be disabled soon. Please upgrade to using Environment Files.`,
      );
      if (name) effects[cmd.command === 'set-output' ? 'outputs' : 'state'][name] = cmd.message;
    } else if ((cmd.command === 'set-env' || cmd.command === 'add-path') && !unsecureAllowed) {
      effects.errors.push(
        `The \`${cmd.command}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution by setting the \`ACTIONS_ALLOW_UNSECURE_COMMANDS\` environment variable to \`true\`.`,
      );
    }
  }
  return effects;
}
