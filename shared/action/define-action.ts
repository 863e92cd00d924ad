import type { AuditLog } from '../audit/audit-log.js';
import type { GitHubClient } from '../github/client.js';
import type { ThrottleSettings } from '../github/throttle-policy.js';
import type { Metrics } from '../metrics/metrics.js';
import type { CheckpointStore } from '../checkpoints/checkpoint.js';
import type { Annotations, JobSummary } from '../summary/summary.js';
import type { RunEnvironment } from './environment.js';
import { type InputDef, type InputValues, input } from './inputs.js';
import type { Logger } from '../core/logger.js';
import type { Clock } from '../core/clock.js';

/** Inputs every action has; action.yml must declare them too (a test checks). */
export const commonInputs = {
  'dry-run': input.boolean({
    description: 'Compute and report everything, write nothing (no commits, PRs, uploads or API writes).',
    default: false,
  }),
  'github-token': input.string({
    description:
      'Token for the GitHub API. The default is the workflow token; use a GitHub App installation token for organization-wide work.',
    secret: true,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, written as action.yml shows it.
    actionDefault: '${{ github.token }}',
  }),
  'app-id': input.string({
    description:
      'GitHub App ID. With app-private-key, the action mints an installation token of the app installed on the owner of the calling repository and uses it instead of github-token.',
    pattern: /^(\d+|Iv[0-9A-Za-z.]+)$/,
    allowed: 'expected a numeric App ID or a client ID (Iv…)',
  }),
  'app-private-key': input.string({
    description: 'Private key (PEM) of the GitHub App given by app-id; pass it from a secret.',
    secret: true,
    pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
    allowed: 'expected a PEM private key',
  }),
  'upload-artifacts': input.boolean({
    description:
      "Upload this run's audit log and metrics as the artifacts audit-<action>-<run_id>-<run_attempt> and metrics-<action>-<run_id>-<run_attempt>.",
    default: true,
  }),
};

/** Typed values of the common inputs. */
export type CommonInputValues = InputValues<typeof commonInputs>;

/**
 * Per-action client settings: `throttle` for other rate-limit behaviour; `retries`, `retryBaseMs` and
 * `timeoutMs` for an action that must answer within a bound (health-check during an outage).
 */
export interface ClientSettings {
  throttle?: ThrottleSettings;
  retries?: number;
  retryBaseMs?: number;
  timeoutMs?: number;
}

/** Everything a run receives: parsed inputs and the shared services, injected so tests can fake them. */
export interface ActionContext<V> {
  name: string;
  inputs: V & CommonInputValues;
  logger: Logger;
  env: RunEnvironment;
  /** Time as the run sees it (the system clock; a manual one in tests): use it instead of Date.now or setTimeout. */
  clock: Clock;
  /**
   * The run's GitHub client, created (and its modules loaded) on first use, so a run that never calls
   * GitHub never loads Octokit; rejects with a UserError when there is no token.
   * `throttle` gives a client of its own with other rate-limit behaviour (e.g. its own write spacing
   * for an action that paces itself, or short waits for one that reports limits rather than waiting).
   */
  github(options?: ClientSettings): Promise<GitHubClient>;
  summary: JobSummary;
  annotations: Annotations;
  audit: AuditLog;
  metrics: Metrics;
  checkpoints: CheckpointStore;
  dryRun: boolean;
  /** Hide a secret value in everything logged from now on (add-mask under the runner; a no-op in the CLI). */
  mask(value: string): void;
}

/** What a run returns. `failure` fails the step after outputs, summary and artifacts are written. */
export interface ActionResult {
  outputs: Record<string, string | number | boolean>;
  failure?: string;
}

/** One action: its documented inputs and outputs and the function that does the work. */
export interface ActionDefinition<I extends Record<string, InputDef<unknown>>> {
  /** Folder name under actions/, e.g. `security-scan`. */
  name: string;
  description: string;
  inputs: I;
  /** Output name → description. */
  outputs: Record<string, string>;
  run(ctx: ActionContext<InputValues<I>>): Promise<ActionResult>;
}

/** An action definition of any input shape, as the runner and tests handle it. */
// biome-ignore lint/suspicious/noExplicitAny: the runner treats every definition alike; each action keeps its own types.
export type AnyActionDefinition = ActionDefinition<any>;

/** Declares an action; checks that its inputs do not shadow the common ones. */
export function defineAction<I extends Record<string, InputDef<unknown>>>(
  definition: ActionDefinition<I>,
): ActionDefinition<I> {
  for (const name of Object.keys(definition.inputs)) {
    if (name in commonInputs)
      throw new Error(`${definition.name}: input '${name}' is a common input; do not redeclare it`);
  }
  return definition;
}
