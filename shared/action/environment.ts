import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { graphqlUrlFor } from '../github/endpoints.js';

/** What the run knows about where and why it runs, read once from the runner's variables. */
export interface RunEnvironment {
  /** Root for every path input (GITHUB_WORKSPACE, or the current directory outside Actions). */
  workspace: string;
  /** Scratch space for this run (RUNNER_TEMP/moko-<action>, or .moko/tmp). */
  tempDir: string;
  /** State that must survive a re-run on the same machine: checkpoints, audit and metrics files. */
  stateDir: string;
  runId: string;
  runAttempt: number;
  repository?: { owner: string; repo: string };
  eventName: string;
  eventPath?: string;
  /** The event payload (empty object when there is none). */
  event: Record<string, unknown>;
  sha?: string;
  ref?: string;
  actor?: string;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  /** True when running under the GitHub runner (GITHUB_ACTIONS=true). */
  isActions: boolean;
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Reads the run environment of `action` from the runner's variables (defaults documented per field). */
export function readRunEnvironment(action: string, env: NodeJS.ProcessEnv = process.env): RunEnvironment {
  const isActions = env.GITHUB_ACTIONS === 'true';
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const base = env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'moko') : join(workspace, '.moko');
  const runId = env.GITHUB_RUN_ID || 'local';
  const stateDir = join(base, action);
  const tempDir = join(base, action, 'tmp', `${runId}-${env.GITHUB_RUN_ATTEMPT || '1'}`);
  mkdirSync(tempDir, { recursive: true });
  const [owner, repo] = (env.GITHUB_REPOSITORY || '').split('/');
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/$/, '');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
  const graphqlUrl = (env.GITHUB_GRAPHQL_URL || graphqlUrlFor(apiUrl)).replace(/\/$/, '');
  const runEnv: RunEnvironment = {
    workspace,
    tempDir,
    stateDir,
    runId,
    runAttempt: Number.parseInt(env.GITHUB_RUN_ATTEMPT || '1', 10) || 1,
    eventName: env.GITHUB_EVENT_NAME || (isActions ? 'unknown' : 'local'),
    event: readEvent(env.GITHUB_EVENT_PATH),
    serverUrl,
    apiUrl,
    graphqlUrl,
    isActions,
  };
  if (owner && repo) runEnv.repository = { owner, repo };
  if (env.GITHUB_EVENT_PATH) runEnv.eventPath = env.GITHUB_EVENT_PATH;
  if (env.GITHUB_SHA) runEnv.sha = env.GITHUB_SHA;
  if (env.GITHUB_REF) runEnv.ref = env.GITHUB_REF;
  if (env.GITHUB_ACTOR) runEnv.actor = env.GITHUB_ACTOR;
  return runEnv;
}
