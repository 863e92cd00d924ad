import type { RequestLogEntry, Violation } from '../emulator/index.js';
import type { ProcessResult } from './step-process.js';
import type { Annotation, WorkflowCommand } from './workflow-commands.js';

/** The types of the harness contract (notes/common.md): what runAction takes and returns. */

export type { RequestLogEntry, Violation };

/**
 * The parts of a running emulator the harness uses. Structural, so the emulator of test/emulator fits
 * and a test can pass a small stand-in server.
 */
export interface HarnessEmulator {
  url: string;
  graphqlUrl: string;
  resultsUrl: string;
  requests: readonly RequestLogEntry[];
  /** Requests GitHub would not accept (OpenAPI / GraphQL schema); a test should expect none. */
  violations?: readonly Violation[];
  /** The emulator's repositories by `owner/repo`: the first is the default calling repository. */
  state?: { repos: ReadonlyMap<string, unknown> };
  /** An ACTIONS_RUNTIME_TOKEN whose artifact uploads the emulator files under run `runId` of `owner/repo`. */
  runtimeToken?(owner: string, repo: string, runId: number): string;
}

/** The emulator's default token, granted full access. */
export const EMULATOR_TOKEN = 'ghs_emulator';

/** What to run and in which job context; every field has a runner-like default. */
export interface RunActionOptions {
  /** An action of this repository: runs `actions/<action>/` as bundled. */
  action?: string;
  /** Any action folder holding action.yml (fixtures); alternative to `action`. */
  actionDir?: string;
  /** The step's `with:` values; declared defaults fill the rest. */
  inputs?: Record<string, string | number | boolean>;
  /** The step's `env:`; as under the runner, it cannot override inputs or GITHUB_*, RUNNER_*, ACTIONS_* variables. */
  env?: Record<string, string>;
  event?: { name: string; payload?: object };
  /** GITHUB_WORKSPACE; default: a new empty temporary workspace. */
  workspace?: string;
  /** Point the GitHub API, GraphQL and artifact results service at this emulator. */
  emulator?: HarnessEmulator;
  /** `github.token`; default the emulator token. */
  token?: string;
  /** `owner/repo` or an object; default the emulator's first repository, else moko-demo/demo-repo. */
  repository?: string | { owner: string; repo: string };
  runId?: number | string;
  runAttempt?: number;
  runNumber?: number;
  sha?: string;
  ref?: string;
  actor?: string;
  job?: string;
  /** GITHUB_ACTION, the step's id; default the action's folder name. */
  stepId?: string;
  /** Without an emulator: API base URLs (default an unroutable loopback port, so nothing leaves the machine). */
  apiUrl?: string;
  graphqlUrl?: string;
  /** Default https://github.com: @actions/artifact refuses to upload when the server looks like GHES. */
  serverUrl?: string;
  /** Reuse a RUNNER_TEMP from an earlier run (a re-run on the same machine keeps its state files). */
  tempDir?: string;
  /** Step debug logging (RUNNER_DEBUG=1). */
  debug?: boolean;
  /** SIGKILL the main step after this many ms, as if the machine were lost; no post step runs. */
  killAfterMs?: number;
  /**
   * SIGKILL the main step as soon as it prints a line satisfying this, e.g.
   * `(line) => line.startsWith('::debug::checkpoint ')`: a crash at a known point, for resume tests.
   */
  killOn?: (line: string, stream: 'stdout' | 'stderr') => boolean;
  /** Cancel the main step after this many ms, as `timeout-minutes` does. */
  timeoutMs?: number;
  cancelGraceMs?: [number, number];
}

/** A pre or post step's result. */
export interface StageRun extends ProcessResult {
  outputs: Record<string, string>;
  summary: string;
}

/** Everything a run produced, as the runner would see it. */
export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** success when the step exited 0 and the runner could process its file commands. */
  conclusion: 'success' | 'failure' | 'cancelled';
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Markdown appended to GITHUB_STEP_SUMMARY. */
  summary: string;
  annotations: Annotation[];
  /** Every workflow command from stdout and stderr, in order. */
  commands: WorkflowCommand[];
  /** Values registered with ::add-mask:: plus the secrets the runner masks itself (token, runtime token). */
  masks: string[];
  /** GITHUB_ENV, GITHUB_STATE and GITHUB_PATH as written by the main step. */
  env: Record<string, string>;
  state: Record<string, string>;
  path: string[];
  /** Errors the runner itself would report, failing the step (bad file command, summary too large, set-env). */
  runnerErrors: string[];
  /** Warnings the runner would add (deprecated `set-output` / `save-state` commands). */
  runnerWarnings: string[];
  timedOut: boolean;
  killed: boolean;
  pre?: StageRun;
  post?: StageRun;
  /** The emulator's request log for this run only. */
  requests: RequestLogEntry[];
  /** The emulator's fidelity violations recorded during this run only. */
  violations: Violation[];
  workspace: string;
  /** RUNNER_TEMP of the run (pass it back as `tempDir` to re-run on "the same machine"). */
  tempDir: string;
  /** The full environment the main step ran with. */
  processEnv: Record<string, string>;
}
