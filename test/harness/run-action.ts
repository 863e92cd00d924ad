import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputVariables, readManifest } from './action-manifest.js';
import { type ActionRun, EMULATOR_TOKEN, type RunActionOptions, type StageRun } from './action-run.js';
import { commandEffects } from './command-effects.js';
import { createFileCommands, readFileCommands } from './file-commands.js';
import { expressionContext, type RunnerSettings, runnerVariables } from './runner-env.js';
import { runProcess } from './step-process.js';
import { annotationsOf, masksOf } from './workflow-commands.js';
import { headSha, makeWorkspace, tempDir } from './workspace.js';

export type {
  ActionRun,
  HarnessEmulator,
  RequestLogEntry,
  RunActionOptions,
  StageRun,
  Violation,
} from './action-run.js';
export { EMULATOR_TOKEN } from './action-run.js';

/** Root of this repository (test/harness/ is two levels down). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The Node 24 the runner's `using: node24` stands for: the `node` package's binary. */
export const NODE_24 = join(REPO_ROOT, 'node_modules', '.bin', 'node');

function splitRepository(r: RunActionOptions['repository']): { owner: string; repo: string } {
  if (r === undefined) return { owner: 'moko-demo', repo: 'demo-repo' };
  if (typeof r !== 'string') return r;
  const [owner, repo, extra] = r.split('/');
  if (!owner || !repo || extra !== undefined) throw new Error(`repository '${r}' is not owner/repo`);
  return { owner, repo };
}

function actionDirOf(opts: RunActionOptions): string {
  if (opts.actionDir && opts.action) throw new Error('give either action or actionDir, not both');
  if (opts.actionDir) return resolve(opts.actionDir);
  if (opts.action) {
    if (!/^[a-z0-9-]+$/.test(opts.action)) throw new Error(`'${opts.action}' is not an action folder name`);
    return join(REPO_ROOT, 'actions', opts.action);
  }
  throw new Error('runAction needs `action` or `actionDir`');
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

interface PullRequestPayload {
  number?: number;
  base?: { ref?: string };
  head?: { ref?: string };
}

function defaultPayload(eventName: string, repo: { owner: string; repo: string }, ref: string, actor: string) {
  const repository = {
    name: repo.repo,
    full_name: `${repo.owner}/${repo.repo}`,
    owner: { login: repo.owner },
    default_branch: 'main',
  };
  const base = { repository, organization: { login: repo.owner }, sender: { login: actor } };
  if (eventName === 'workflow_dispatch') return { ...base, inputs: {}, ref, workflow: '.github/workflows/moko.yml' };
  if (eventName === 'schedule') return { schedule: '0 6 * * 1' };
  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const pullRequest = {
      number: 1,
      base: { ref: 'main', repo: repository },
      head: { ref: 'feature', repo: repository },
    };
    return { ...base, action: 'opened', number: 1, pull_request: pullRequest };
  }
  return base;
}

/**
 * The job's GITHUB_REF and pull request branches: for `pull_request` the runner checks out
 * `refs/pull/<n>/merge`; for `pull_request_target` the base branch; otherwise refs/heads/main.
 */
function jobRef(
  eventName: string,
  payload: object,
  given?: string,
): { ref: string; pullRequest?: { base: string; head: string } } {
  if (!PULL_REQUEST_EVENTS.has(eventName)) return { ref: given ?? 'refs/heads/main' };
  const pr = (payload as { pull_request?: PullRequestPayload }).pull_request ?? {};
  const pullRequest = { base: pr.base?.ref ?? 'main', head: pr.head?.ref ?? '' };
  const ref = eventName === 'pull_request' ? `refs/pull/${pr.number ?? 1}/merge` : `refs/heads/${pullRequest.base}`;
  return { ref: given ?? ref, pullRequest };
}

/** Runs a bundled action exactly as the GitHub runner does and returns what the runner would record. */
export async function runAction(opts: RunActionOptions): Promise<ActionRun> {
  const actionDir = actionDirOf(opts);
  const manifest = await readManifest(actionDir);
  const mainScript = join(actionDir, manifest.runs.main);
  if (!existsSync(mainScript)) throw new Error(`${mainScript} does not exist: bundle the action first`);
  const workspace = opts.workspace ? resolve(opts.workspace) : await makeWorkspace();
  const runnerRoot = opts.tempDir ? resolve(opts.tempDir, '..') : await tempDir('moko-runner-');
  const runnerTemp = opts.tempDir ? resolve(opts.tempDir) : join(runnerRoot, '_temp');
  await mkdir(runnerTemp, { recursive: true });
  const emulator = opts.emulator;
  const repository = splitRepository(opts.repository ?? [...(emulator?.state?.repos.keys() ?? [])][0]);
  const actor = opts.actor ?? 'moko-bot';
  const runId = String(opts.runId ?? 1000);
  if (!/^\d+$/.test(runId)) throw new Error(`runId '${runId}' is not a number`);
  const runAttempt = opts.runAttempt ?? 1;
  const eventName = opts.event?.name ?? 'workflow_dispatch';
  const payload = opts.event?.payload ?? defaultPayload(eventName, repository, opts.ref ?? 'refs/heads/main', actor);
  const { ref, pullRequest } = jobRef(eventName, payload, opts.ref);
  // The runner writes the payload to RUNNER_TEMP/_github_workflow/event.json.
  const eventPath = join(runnerTemp, '_github_workflow', 'event.json');
  await mkdir(join(runnerTemp, '_github_workflow'), { recursive: true });
  await writeFile(eventPath, JSON.stringify(payload));
  const settings: RunnerSettings = {
    workspace,
    runnerTemp,
    toolCache: join(runnerRoot, 'tool-cache'),
    actionPath: actionDir,
    stepId: opts.stepId ?? actionDir.split(/[\\/]/).pop() ?? 'action',
    token: opts.token ?? EMULATOR_TOKEN,
    repository,
    eventName,
    eventPath,
    sha: opts.sha ?? (await headSha(workspace)) ?? '0'.repeat(40),
    ref,
    runId,
    runAttempt,
    runNumber: opts.runNumber ?? 1,
    job: opts.job ?? 'moko',
    actor,
    workflow: 'MokoStandards',
    serverUrl: opts.serverUrl ?? 'https://github.com',
    // Port 9 (discard) on loopback: an action that forgot its emulator fails fast instead of reaching GitHub.
    apiUrl: emulator?.url ?? opts.apiUrl ?? 'http://127.0.0.1:9',
    graphqlUrl: emulator?.graphqlUrl ?? opts.graphqlUrl ?? `${opts.apiUrl ?? 'http://127.0.0.1:9'}/graphql`,
    debug: opts.debug ?? false,
  };
  if (pullRequest) settings.pullRequest = pullRequest;
  if (emulator) {
    settings.resultsUrl = emulator.resultsUrl;
    if (emulator.runtimeToken)
      settings.runtimeToken = emulator.runtimeToken(repository.owner, repository.repo, Number(runId));
  }
  const inputs = inputVariables(manifest, opts.inputs ?? {}, expressionContext(settings));
  const runner = runnerVariables(settings);
  // A clean environment: nothing of the test process leaks in but PATH and HOME.
  const baseEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerRoot,
  };
  const firstRequest = emulator?.requests.length ?? 0;
  const firstViolation = emulator?.violations?.length ?? 0;

  const stage = async (script: string, extraEnv: Record<string, string>, main: boolean) => {
    // A fresh set of files per step, named like the runner's (prefix + GUID).
    const files = await createFileCommands(runnerTemp, randomUUID());
    // The step's `env:` comes first: the runner then sets inputs and its own GITHUB_* / RUNNER_* /
    // ACTIONS_* variables over it (NodeScriptActionHandler), so only CI and the rest can be overridden.
    const env = { ...baseEnv, CI: 'true', ...(opts.env ?? {}), ...runner, ...inputs, ...files, ...extraEnv };
    const proc = await runProcess({
      node: NODE_24,
      script: join(actionDir, script),
      cwd: workspace,
      env,
      ...(main && opts.killAfterMs !== undefined ? { killAfterMs: opts.killAfterMs } : {}),
      ...(main && opts.killOn ? { killOn: opts.killOn } : {}),
      ...(main && opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
      ...(opts.cancelGraceMs ? { cancelGraceMs: opts.cancelGraceMs } : {}),
    });
    return { proc, files: await readFileCommands(files), env };
  };

  let pre: StageRun | undefined;
  if (manifest.runs.pre) {
    const r = await stage(manifest.runs.pre, {}, false);
    pre = { ...r.proc, outputs: r.files.outputs, summary: r.files.summary };
  }
  const skipped = pre !== undefined && pre.exitCode !== 0;
  const main = skipped ? undefined : await stage(manifest.runs.main, {}, true);
  const effects = commandEffects(main?.proc.commands ?? [], main?.env ?? {});
  // Environment files are read after the process exits, so they win over stdout commands.
  const state = { ...effects.state, ...main?.files.state };
  let post: StageRun | undefined;
  // The runner runs post steps at job end (post-if: always()), passing saved state as STATE_<name>;
  // a lost machine (SIGKILL) runs nothing more.
  if (manifest.runs.post && !main?.proc.killed) {
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
    const r = await stage(manifest.runs.post, stateEnv, false);
    post = { ...r.proc, outputs: r.files.outputs, summary: r.files.summary };
  }

  const proc = main?.proc ?? {
    exitCode: null,
    signal: null,
    stdout: '',
    stderr: '',
    commands: [],
    timedOut: false,
    killed: false,
  };
  const files = main?.files ?? { outputs: {}, env: {}, state: {}, path: [], summary: '', errors: [] };
  const secrets = [settings.token, runner.ACTIONS_RUNTIME_TOKEN].filter((s): s is string => !!s);
  const runnerErrors = [...effects.errors, ...files.errors];
  const conclusion = proc.timedOut
    ? 'cancelled'
    : proc.exitCode === 0 && runnerErrors.length === 0
      ? 'success'
      : 'failure';
  const result: ActionRun = {
    exitCode: proc.exitCode,
    signal: proc.signal,
    conclusion,
    stdout: proc.stdout,
    stderr: proc.stderr,
    outputs: { ...effects.outputs, ...files.outputs },
    summary: files.summary,
    annotations: annotationsOf(proc.commands),
    commands: proc.commands,
    masks: [...secrets, ...masksOf(proc.commands)],
    env: files.env,
    state,
    path: files.path,
    runnerErrors,
    runnerWarnings: effects.warnings,
    timedOut: proc.timedOut,
    killed: proc.killed,
    requests: emulator ? emulator.requests.slice(firstRequest) : [],
    violations: emulator?.violations ? emulator.violations.slice(firstViolation) : [],
    workspace,
    tempDir: runnerTemp,
    processEnv: main?.env ?? {},
  };
  if (pre) result.pre = pre;
  if (post) result.post = post;
  return result;
}
