import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import type { ExpressionContext } from './action-manifest.js';

/** Everything the runner knows about the job that a step's environment is built from. */
export interface RunnerSettings {
  workspace: string;
  runnerTemp: string;
  toolCache: string;
  actionPath: string;
  /** The step's id (GITHUB_ACTION). */
  stepId: string;
  token: string;
  repository: { owner: string; repo: string };
  eventName: string;
  eventPath: string;
  /** Base and head branch of a pull request event (GITHUB_BASE_REF / GITHUB_HEAD_REF), else empty. */
  pullRequest?: { base: string; head: string };
  sha: string;
  ref: string;
  runId: string;
  runAttempt: number;
  runNumber: number;
  job: string;
  actor: string;
  workflow: string;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  /** The results service @actions/artifact uploads to (ACTIONS_RESULTS_URL); absent: artifact upload is skipped. */
  resultsUrl?: string;
  runtimeUrl?: string;
  /** ACTIONS_RUNTIME_TOKEN; default a JWT of the same shape made by {@link runtimeToken}. */
  runtimeToken?: string;
  debug: boolean;
}

const OS_NAMES: Record<string, string> = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' };
const ARCH_NAMES: Record<string, string> = { x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' };

/** RUNNER_OS of this machine, spelled as the runner spells it. */
export const runnerOs = OS_NAMES[process.platform] ?? process.platform;
/** RUNNER_ARCH of this machine, spelled as the runner spells it. */
export const runnerArch = ARCH_NAMES[process.arch] ?? process.arch.toUpperCase();

function uuidFrom(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * An ACTIONS_RUNTIME_TOKEN shaped like the runner's: a JWT whose `scp` claim carries
 * `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>`, which @actions/artifact decodes
 * (without verifying the signature) to address the results service (lib/internal/shared/util.js).
 */
export function runtimeToken(runId: string, runAttempt: number, job: string): string {
  const run = uuidFrom(`run:${runId}:${runAttempt}`);
  const jobRun = uuidFrom(`job:${runId}:${runAttempt}:${job}`);
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    scp: `Actions.GenericRead:${run} Actions.Results:${run}:${jobRun}`,
    iss: 'moko-harness',
    nbf: now - 60,
    exp: now + 6 * 3600,
  };
  return `${base64url({ typ: 'JWT', alg: 'HS256' })}.${base64url(payload)}.harness`;
}

function refName(ref: string): { name: string; type: string } {
  if (ref.startsWith('refs/heads/')) return { name: ref.slice('refs/heads/'.length), type: 'branch' };
  if (ref.startsWith('refs/tags/')) return { name: ref.slice('refs/tags/'.length), type: 'tag' };
  // Pull request refs: GITHUB_REF_NAME is `<number>/merge`.
  if (ref.startsWith('refs/pull/')) return { name: ref.slice('refs/pull/'.length), type: 'branch' };
  return { name: ref, type: '' };
}

/**
 * The default variables the runner sets for every step, which a step's `env:` cannot override
 * (CI, which it can, is set by the caller)
 * (https://docs.github.com/actions/reference/workflows-and-actions/variables#default-environment-variables).
 * GITHUB_TOKEN is deliberately absent: the runner only sets it when a workflow says `env: GITHUB_TOKEN: …`.
 */
export function runnerVariables(s: RunnerSettings): Record<string, string> {
  const { owner, repo } = s.repository;
  const ref = refName(s.ref);
  const vars: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: s.workspace,
    GITHUB_REPOSITORY: `${owner}/${repo}`,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_EVENT_NAME: s.eventName,
    GITHUB_EVENT_PATH: s.eventPath,
    GITHUB_SHA: s.sha,
    GITHUB_REF: s.ref,
    GITHUB_REF_NAME: ref.name,
    GITHUB_REF_TYPE: ref.type,
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_BASE_REF: s.pullRequest?.base ?? '',
    GITHUB_HEAD_REF: s.pullRequest?.head ?? '',
    GITHUB_RUN_ID: s.runId,
    GITHUB_RUN_ATTEMPT: String(s.runAttempt),
    GITHUB_RUN_NUMBER: String(s.runNumber),
    GITHUB_JOB: s.job,
    GITHUB_ACTOR: s.actor,
    GITHUB_TRIGGERING_ACTOR: s.actor,
    GITHUB_SERVER_URL: s.serverUrl,
    GITHUB_API_URL: s.apiUrl,
    GITHUB_GRAPHQL_URL: s.graphqlUrl,
    GITHUB_WORKFLOW: s.workflow,
    GITHUB_WORKFLOW_REF: `${owner}/${repo}/.github/workflows/moko.yml@${s.ref}`,
    GITHUB_WORKFLOW_SHA: s.sha,
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_ACTION: s.stepId,
    GITHUB_ACTION_PATH: s.actionPath,
    RUNNER_TEMP: s.runnerTemp,
    RUNNER_TOOL_CACHE: s.toolCache,
    RUNNER_WORKSPACE: dirname(s.workspace),
    RUNNER_OS: runnerOs,
    RUNNER_ARCH: runnerArch,
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
  };
  // core.isDebug() reads RUNNER_DEBUG=1, set only when step debug logging is enabled.
  if (s.debug) vars.RUNNER_DEBUG = '1';
  if (s.resultsUrl) {
    vars.ACTIONS_RESULTS_URL = s.resultsUrl;
    vars.ACTIONS_RUNTIME_URL = s.runtimeUrl ?? `${new URL(s.resultsUrl).origin}/`;
    vars.ACTIONS_RUNTIME_TOKEN = s.runtimeToken ?? runtimeToken(s.runId, s.runAttempt, s.job);
  }
  return vars;
}

/** The `github` and `runner` contexts that input defaults such as `${{ github.token }}` read. */
export function expressionContext(s: RunnerSettings): ExpressionContext {
  const vars = runnerVariables(s);
  const github: Record<string, string> = { token: s.token, action_path: s.actionPath };
  for (const [name, value] of Object.entries(vars)) {
    if (name.startsWith('GITHUB_')) github[name.slice('GITHUB_'.length).toLowerCase()] = value;
  }
  const runner: Record<string, string> = {
    temp: s.runnerTemp,
    tool_cache: s.toolCache,
    os: runnerOs,
    arch: runnerArch,
    name: 'GitHub Actions 1',
    environment: 'github-hosted',
    debug: s.debug ? '1' : '',
  };
  return { github, runner };
}
