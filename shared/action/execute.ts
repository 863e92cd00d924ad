import { appendFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import { restoreFromPreviousAttempt } from '../artifacts/restore.js';
import { uploadArtifact } from '../artifacts/upload.js';
import { AuditLog } from '../audit/audit-log.js';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import type { TokenSource } from '../github/token-auth.js';
import { appTokenSource } from '../github/token-source.js';
import { Metrics } from '../metrics/metrics.js';
import { checkpointPath, openCheckpointStore } from '../checkpoints/checkpoint.js';
import { Annotations, JobSummary } from '../summary/summary.js';
import { type ActionContext, type AnyActionDefinition, commonInputs } from './define-action.js';
import { type RunEnvironment, readRunEnvironment } from './environment.js';
import { errorMessage, isUserError, UserError } from '../core/errors.js';
import { envInputSource, type InputSource, parseInputs, undeclaredInputs } from './inputs.js';
import type { Logger } from '../core/logger.js';

/** How one execution talks to the outside: the runner's file commands, or the CLI's stdout. */
export interface ExecutionIo {
  source: InputSource;
  /** Values given for inputs the action does not declare (the runner's INPUT_* variables); none on the CLI. */
  undeclared?(declared: readonly string[]): string[];
  logger: Logger;
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

/** The runner's side of ExecutionIo, through @actions/core. */
export function runnerIo(logger: Logger): ExecutionIo {
  return {
    source: envInputSource(),
    undeclared: (declared) => undeclaredInputs(declared),
    logger,
    mask: (v) => core.setSecret(v),
    setOutput: (n, v) => core.setOutput(n, v),
    writeSummary: (md) => {
      if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, md);
    },
    fail: (m) => core.setFailed(m),
  };
}

function describeFailure(action: string, error: unknown, logger: Logger): string {
  if (isUserError(error)) return `${action}: ${error.message}`;
  // A bug of ours: full detail only under RUNNER_DEBUG=1, so users are not handed a stack trace.
  if (error instanceof Error && error.stack) logger.debug(error.stack);
  return `${action} failed unexpectedly: ${errorMessage(error)}${logger.isDebug() ? '' : ' (re-run with debug logging for details)'}`;
}

/**
 * Runs one action end to end: parse inputs (fail fast), build the services, run, then always
 * write outputs, summary, audit log and metrics, and upload them as artifacts. The one outer
 * safety net of every action: nothing escapes it as an unhandled rejection.
 */
export async function executeAction(definition: AnyActionDefinition, io: ExecutionIo): Promise<ExecutionReport> {
  const { name } = definition;
  const { logger } = io;
  const report: ExecutionReport = { action: name, ok: false, outputs: {}, summary: '', files: { audit: [] } };
  let inputs: Record<string, unknown>;
  try {
    const defs = { ...commonInputs, ...definition.inputs };
    const [unknown] = io.undeclared?.(Object.keys(defs)) ?? [];
    if (unknown) {
      // The value is not echoed: a misspelt `github-token:` would carry a secret.
      throw new UserError(
        `Input '${unknown}' is not an input of ${name}: expected one of ${Object.keys(defs).join(', ')}.`,
      );
    }
    inputs = parseInputs(defs, io.source, (v) => io.mask(v));
  } catch (error) {
    report.failure = describeFailure(name, error, logger);
    io.fail(report.failure);
    return report;
  }

  const env = readRunEnvironment(name);
  let token: string | undefined;
  let tokenSource: TokenSource | undefined;
  try {
    ({ token, tokenSource } = await resolveToken(inputs, env, logger, (v) => io.mask(v)));
  } catch (error) {
    report.failure = describeFailure(name, error, logger);
    io.fail(report.failure);
    return report;
  }
  const metrics = new Metrics({ labels: { action: name } });
  const audit = new AuditLog({
    dir: join(env.stateDir, 'audit', `${env.runId}-${env.runAttempt}`),
    service: name,
    runId: env.runId,
    ...(env.actor ? { actor: env.actor } : {}),
  });
  const summary = new JobSummary();
  const annotations = new Annotations(logger);
  const clients = new Map<string, GitHubClient>();
  const checkpointFile = checkpointPath(env.stateDir, name, env.runId);
  if (inputs['upload-artifacts'] === true) {
    await restoreFromPreviousAttempt(`checkpoint-${name}-${env.runId}`, env.runAttempt, checkpointFile, { logger });
  }
  const ctx: ActionContext<Record<string, unknown>> = {
    name,
    inputs: inputs as ActionContext<Record<string, unknown>>['inputs'],
    logger,
    env,
    github: (options = {}) => {
      if (!token) throw new UserError('no GitHub token: set the github-token input (or GITHUB_TOKEN outside Actions).');
      const key = JSON.stringify(options.throttle ?? {});
      let client = clients.get(key);
      if (!client) {
        const base = { token, apiUrl: env.apiUrl, graphqlUrl: env.graphqlUrl, logger, metrics, tokenSource };
        client = createGitHubClient(options.throttle ? { ...base, throttle: options.throttle } : base);
        clients.set(key, client);
      }
      return client;
    },
    summary,
    annotations,
    audit,
    metrics,
    checkpoints: await openCheckpointStore(checkpointFile, { logger }),
    dryRun: inputs['dry-run'] === true,
    mask: (value) => io.mask(value),
  };

  audit.event('run.started', { runAttempt: env.runAttempt, eventName: env.eventName, dryRun: ctx.dryRun });
  try {
    const result = await metrics.time('action_run', {}, () => definition.run(ctx));
    for (const [key, value] of Object.entries(result.outputs)) {
      if (!(key in definition.outputs)) throw new Error(`output '${key}' is not declared by ${name}`);
      report.outputs[key] = String(value);
      io.setOutput(key, String(value));
    }
    if (result.failure) report.failure = `${name}: ${result.failure}`;
    report.ok = !result.failure;
    audit.event('run.finished', { outputs: report.outputs }, report.ok ? 'success' : 'failure');
  } catch (error) {
    report.failure = describeFailure(name, error, logger);
    audit.event('run.finished', { error: errorMessage(error) }, 'failure');
  }
  await finish(definition, ctx, report, io);
  if (report.failure) io.fail(report.failure);
  return report;
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
  logger: Logger,
  mask: (value: string) => void,
): Promise<{ token: string | undefined; tokenSource?: TokenSource }> {
  const appId = inputs['app-id'] as string | undefined;
  const privateKey = inputs['app-private-key'] as string | undefined;
  if (appId || privateKey) {
    if (!appId || !privateKey) throw new UserError('app-id and app-private-key go together: give both or neither.');
    if (!env.repository) throw new UserError('app-id needs GITHUB_REPOSITORY to find the installation.');
    const source = await appTokenSource({
      appId,
      privateKey,
      installation: { owner: env.repository.owner, repo: env.repository.repo },
      logger,
      mask,
      client: { apiUrl: env.apiUrl, graphqlUrl: env.graphqlUrl },
    });
    return { token: source.first.token, tokenSource: source };
  }
  const fromInput = inputs['github-token'] as string | undefined; // masked when it was parsed
  if (fromInput) return { token: fromInput };
  if (process.env.GITHUB_TOKEN) mask(process.env.GITHUB_TOKEN);
  return { token: process.env.GITHUB_TOKEN };
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
  await uploadArtifact(`audit-${suffix}`, report.files.audit, join(env.stateDir, 'audit'), { logger });
  const m = report.files.metrics;
  await uploadArtifact(`metrics-${suffix}`, [m.prometheus, m.json], join(env.stateDir, 'metrics'), { logger });
  // The next attempt of this run restores these (restoreFromPreviousAttempt) to skip finished work.
  if (ctx.checkpoints.keys().length > 0) {
    const file = checkpointPath(env.stateDir, definition.name, env.runId);
    await uploadArtifact(`checkpoint-${suffix}`, [file], dirname(file), { logger });
  }
}
