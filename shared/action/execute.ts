import { appendFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { restoreFromPreviousAttempt } from '../artifacts/restore.js';
import { uploadArtifact } from '../artifacts/upload.js';
import { AuditLog } from '../audit/audit-log.js';
import { toGitHubApiError } from '../github/api-errors.js';
import type { GitHubClient } from '../github/client.js';
import type { TokenSource } from '../github/token-auth.js';
import { Metrics } from '../metrics/metrics.js';
import { checkpointPath, openCheckpointStore } from '../checkpoints/checkpoint.js';
import { Annotations, JobSummary } from '../summary/summary.js';
import { type ActionContext, type AnyActionDefinition, commonInputs } from './define-action.js';
import { type RunEnvironment, readRunEnvironment } from './environment.js';
import { errorMessage, isUserError, UserError } from '../core/errors.js';
import { configuredSource, withOrigin } from './configured-inputs.js';
import { envInputSource, type InputDef, type InputSource, parseInputs, undeclaredInputs } from './inputs.js';
import type { Logger } from '../core/logger.js';
import { type Clock, systemClock } from '../core/clock.js';
import { setFailed, setOutput, setSecret } from '../core/runner-commands.js';

/** Environment variables as the run sees them: `process.env` under the runner and the CLI, a plain object in tests. */
export type ProcessEnv = Record<string, string | undefined>;

/** How one execution talks to the outside: the runner's file commands, or the CLI's stdout. */
export interface ExecutionIo {
  source: InputSource;
  /** Values given for inputs the action does not declare (the runner's INPUT_* variables); none on the CLI. */
  undeclared?(declared: readonly string[]): string[];
  logger: Logger;
  /** The variables the run reads (GITHUB_*, RUNNER_*, GITHUB_TOKEN): executeAction reads no others. */
  env: ProcessEnv;
  /** Time for the run and its services (ctx.clock, the GitHub client's waits). */
  clock: Clock;
  /** Mask a secret in everything logged afterwards. */
  mask(value: string): void;
  setOutput(name: string, value: string): void;
  /** Receives the job summary markdown once, at the end. */
  writeSummary(markdown: string): void;
  /** Report the step as failed (exit code 1). */
  fail(message: string): void;
}

/** What happened, for the CLI's --json and for tests. */
export interface ExecutionReport {
  action: string;
  ok: boolean;
  outputs: Record<string, string>;
  failure?: string;
  summary: string;
  files: { audit: string[]; metrics?: { prometheus: string; json: string } };
}

/** The runner's side of ExecutionIo: workflow and file commands (runner-commands.ts). */
export function runnerIo(logger: Logger, env: ProcessEnv = process.env, clock: Clock = systemClock): ExecutionIo {
  return {
    source: envInputSource(env),
    undeclared: (declared) => undeclaredInputs(declared, env),
    logger,
    env,
    clock,
    mask: (v) => setSecret(v),
    setOutput: (n, v) => setOutput(n, v, env),
    writeSummary: (md) => {
      if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, md);
    },
    fail: (m) => setFailed(m),
  };
}

/**
 * The one line a failed run ends with. The user's mistakes (bad input, bad token, missing permission,
 * unknown resource, unreachable API: see toGitHubApiError) are named plainly; only what is left is
 * our bug and "failed unexpectedly".
 */
function describeFailure(action: string, thrown: unknown, logger: Logger): string {
  const error = toGitHubApiError(thrown, { answers: true }) ?? thrown;
  if (isUserError(error)) return `${action}: ${error.message}`;
  // A bug of ours: full detail only under RUNNER_DEBUG=1, so users are not handed a stack trace.
  if (error instanceof Error && error.stack) logger.debug(error.stack);
  return `${action} failed unexpectedly: ${errorMessage(error)}${logger.isDebug() ? '' : ' (re-run with debug logging for details)'}`;
}

/** What a run needs before any service exists: its parsed inputs, where it runs, and its token. */
interface RunSetup {
  inputs: Record<string, unknown>;
  env: RunEnvironment;
  token: string | undefined;
  /** Renews an App installation token before it expires; absent for a fixed token. */
  tokenSource?: TokenSource;
}

/**
 * Runs one action end to end: parse inputs (fail fast), build the services, run, then always
 * write outputs, summary, audit log and metrics, and upload them as artifacts. The one outer
 * safety net of every action: nothing escapes it as an unhandled rejection.
 */
export async function executeAction(definition: AnyActionDefinition, io: ExecutionIo): Promise<ExecutionReport> {
  const report: ExecutionReport = {
    action: definition.name,
    ok: false,
    outputs: {},
    summary: '',
    files: { audit: [] },
  };
  let setup: RunSetup;
  try {
    setup = await prepare(definition, io);
  } catch (error) {
    // Nothing has started: no summary, audit or metrics to write.
    report.failure = describeFailure(definition.name, error, io.logger);
    io.fail(report.failure);
    return report;
  }
  const ctx = await buildContext(definition, io, setup);
  await runDefinition(definition, ctx, report, io);
  await finish(definition, ctx, report, io);
  if (report.failure) io.fail(report.failure);
  return report;
}

/** Reads the run environment, parses the inputs (step, environment, repository file, default: configured-inputs.ts) and resolves the token. */
async function prepare(definition: AnyActionDefinition, io: ExecutionIo): Promise<RunSetup> {
  const env = readRunEnvironment(definition.name, io.env);
  const defs = { ...commonInputs, ...definition.inputs } as Record<string, InputDef<unknown>>;
  const configured = configuredSource(definition.name, defs, io.source, io.env, env.workspace);
  const [unknown] = io.undeclared?.(Object.keys(defs)) ?? [];
  if (unknown) {
    // The value is not echoed: a misspelt `github-token:` would carry a secret.
    throw new UserError(
      `Input '${unknown}' is not an input of ${definition.name}: expected one of ${Object.keys(defs).join(', ')}.`,
    );
  }
  let inputs: Record<string, unknown>;
  try {
    inputs = parseInputs(defs, configured.source, (v) => io.mask(v));
  } catch (error) {
    throw withOrigin(error, configured);
  }
  const { token, tokenSource } = await resolveToken(inputs, env, io, (v) => io.mask(v));
  return tokenSource ? { inputs, env, token, tokenSource } : { inputs, env, token };
}

/** The context a run receives: its inputs and the services, all built here so tests can inject their io. */
async function buildContext(
  definition: AnyActionDefinition,
  io: ExecutionIo,
  { inputs, env, token, tokenSource }: RunSetup,
): Promise<ActionContext<Record<string, unknown>>> {
  const { name } = definition;
  const { logger, clock } = io;
  const metrics = new Metrics({ labels: { action: name } });
  const audit = new AuditLog({
    dir: join(env.stateDir, 'audit', `${env.runId}-${env.runAttempt}`),
    service: name,
    runId: env.runId,
    runAttempt: env.runAttempt,
    ...(env.actor ? { actor: env.actor } : {}),
  });
  const checkpointFile = checkpointPath(env.stateDir, name, env.runId);
  if (inputs['upload-artifacts'] === true) {
    await restoreFromPreviousAttempt(`checkpoint-${name}-${env.runId}`, env.runAttempt, checkpointFile, {
      logger,
      env: io.env,
    });
  }
  const clients = new Map<string, Promise<GitHubClient>>();
  return {
    name,
    inputs: inputs as ActionContext<Record<string, unknown>>['inputs'],
    logger,
    env,
    clock,
    github: async (options = {}) => {
      if (!token) throw new UserError('no GitHub token: set the github-token input (or GITHUB_TOKEN outside Actions).');
      const key = JSON.stringify(options);
      let client = clients.get(key);
      if (!client) {
        // Octokit and its plugins load here, on first use: a run that never calls GitHub (a scan
        // that uploads nothing) does not pay for evaluating them at start-up. The promise is kept at
        // once, so calls made while it loads share one client.
        const base = {
          token,
          apiUrl: env.apiUrl,
          graphqlUrl: env.graphqlUrl,
          logger,
          metrics,
          clock,
          env: io.env,
          tokenSource,
        };
        client = import('../github/client.js').then(({ createGitHubClient }) =>
          createGitHubClient({ ...base, ...options }),
        );
        clients.set(key, client);
      }
      return client;
    },
    summary: new JobSummary(),
    annotations: new Annotations(logger),
    audit,
    metrics,
    checkpoints: await openCheckpointStore(checkpointFile, { logger }),
    dryRun: inputs['dry-run'] === true,
    mask: (value) => io.mask(value),
  };
}

/** Runs the definition, records its outputs (declared ones only) and its outcome in the report and the audit log. */
async function runDefinition(
  definition: AnyActionDefinition,
  ctx: ActionContext<Record<string, unknown>>,
  report: ExecutionReport,
  io: ExecutionIo,
): Promise<void> {
  const { name } = definition;
  const { audit, env } = ctx;
  audit.event('run.started', { runAttempt: env.runAttempt, eventName: env.eventName, dryRun: ctx.dryRun });
  try {
    const result = await ctx.metrics.time('action_run', {}, () => definition.run(ctx));
    for (const [key, value] of Object.entries(result.outputs)) {
      if (!(key in definition.outputs)) throw new Error(`output '${key}' is not declared by ${name}`);
      report.outputs[key] = String(value);
      io.setOutput(key, String(value));
    }
    if (result.failure) report.failure = `${name}: ${result.failure}`;
    report.ok = !result.failure;
    audit.event('run.finished', { outputs: report.outputs }, report.ok ? 'success' : 'failure');
  } catch (error) {
    report.failure = describeFailure(name, error, ctx.logger);
    audit.event('run.finished', { error: errorMessage(error) }, 'failure');
  }
}

/**
 * The token every GitHub call uses: an installation token when app-id and app-private-key are given
 * (the app installed on the calling repository, found with `GET /repos/{owner}/{repo}/installation`,
 * which works for user and organization owners alike, where `/orgs/{org}/installation` 404s for a
 * user), renewed before its hour runs out; else github-token, else GITHUB_TOKEN outside Actions.
 * The first installation token is minted before the run starts so a wrong key fails fast, as a user error.
 */
async function resolveToken(
  inputs: Record<string, unknown>,
  env: RunEnvironment,
  io: ExecutionIo,
  mask: (value: string) => void,
): Promise<{ token: string | undefined; tokenSource?: TokenSource }> {
  const appId = inputs['app-id'] as string | undefined;
  const privateKey = inputs['app-private-key'] as string | undefined;
  if (appId || privateKey) {
    if (!appId || !privateKey) throw new UserError('app-id and app-private-key go together: give both or neither.');
    if (!env.repository) throw new UserError('app-id needs GITHUB_REPOSITORY to find the installation.');
    const { appTokenSource } = await import('../github/token-source.js');
    const source = await appTokenSource({
      appId,
      privateKey,
      installation: { owner: env.repository.owner, repo: env.repository.repo },
      logger: io.logger,
      clock: io.clock,
      mask,
      client: { apiUrl: env.apiUrl, graphqlUrl: env.graphqlUrl },
    });
    return { token: source.first.token, tokenSource: source };
  }
  const fromInput = inputs['github-token'] as string | undefined; // masked when it was parsed
  if (fromInput) return { token: fromInput };
  const fromEnv = io.env.GITHUB_TOKEN;
  if (fromEnv) mask(fromEnv);
  return { token: fromEnv };
}

/** Writes summary, metrics and audit files and uploads them; telemetry never fails the run. */
async function finish(
  definition: AnyActionDefinition,
  ctx: ActionContext<Record<string, unknown>>,
  report: ExecutionReport,
  io: ExecutionIo,
): Promise<void> {
  const { env, logger } = ctx;
  ctx.annotations.flush();
  if (report.failure && ctx.summary.isEmpty())
    ctx.summary.heading(`${definition.name} failed`).paragraph(report.failure);
  // GitHub refuses a step summary over 1 MiB: cut at a section boundary rather than lose it all.
  report.summary = ctx.summary.fit();
  if (!ctx.summary.isEmpty()) io.writeSummary(report.summary);
  // The roadmap's success rate and its "failure rate > 5%" alert read this (metrics-collect gathers it).
  ctx.metrics
    .counter('action_runs_total', 'Runs of the action by outcome.', ['outcome'])
    .inc({ outcome: report.failure ? 'failure' : 'success' });
  try {
    report.files.metrics = await ctx.metrics.writeFiles(
      join(env.stateDir, 'metrics', `${env.runId}-${env.runAttempt}`),
    );
    await ctx.audit.close();
    report.files.audit = ctx.audit.files();
  } catch (error) {
    logger.warning(`Could not write the audit log or metrics: ${errorMessage(error)}`);
    return;
  }
  if (ctx.inputs['upload-artifacts'] !== true || !env.isActions) return;
  const suffix = `${definition.name}-${env.runId}-${env.runAttempt}`;
  const upload = { logger, env: io.env };
  await uploadArtifact(`audit-${suffix}`, report.files.audit, join(env.stateDir, 'audit'), upload);
  const m = report.files.metrics;
  await uploadArtifact(`metrics-${suffix}`, [m.prometheus, m.json], join(env.stateDir, 'metrics'), upload);
  // The next attempt of this run restores these (restoreFromPreviousAttempt) to skip finished work.
  if (ctx.checkpoints.keys().length > 0) {
    const file = checkpointPath(env.stateDir, definition.name, env.runId);
    await uploadArtifact(`checkpoint-${suffix}`, [file], dirname(file), upload);
  }
}
