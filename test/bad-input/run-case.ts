import { systemClock } from '../../shared/core/clock.js';
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { AnyActionDefinition } from '../../shared/action/define-action.js';
import { type ExecutionIo, executeAction } from '../../shared/action/execute.js';
import { undeclaredInputs } from '../../shared/action/inputs.js';
import type { Logger } from '../../shared/core/logger.js';
import { recordingLogger } from '../support/fakes/recording-logger.js';
import type { Emulator, RequestLogEntry } from '../emulator/index.js';
import { makeWorkspace } from '../harness/index.js';
import { type BadInputCase, ESCAPE_LINK, SHELL_MARKER } from './cases.js';

/** What one case produced, in the terms the assertions use. */
export interface CaseOutcome {
  exitCode: number;
  /** Every `::error::` the step would print: failures and error annotations. */
  errors: string[];
  /** Every line written, any level. */
  lines: string[];
  writes: string[];
  shellRan: boolean;
}

/** A stack frame as V8 prints it (`    at fn (file.ts:12:3)`). */
export const STACK_FRAME = /^\s*at .+:\d+:\d+\)?$/m;

/** Query root fields: anything else at the root of a GraphQL document is a mutation (a write). */
const QUERY_ROOTS = new Set(['repository', 'organization', 'viewer', 'node', 'nodes', 'rateLimit', 'search', 'user']);

/** Requests of the log that change GitHub: REST other than GET/HEAD, GraphQL mutations. Artifact uploads of the run's own telemetry are not GitHub data. */
export function writesIn(requests: readonly RequestLogEntry[]): string[] {
  return requests
    .filter((r) => {
      if (r.route === '/graphql') return (r.graphql?.rootFields ?? []).some((f) => !QUERY_ROOTS.has(f));
      if (r.route.startsWith('/twirp/') || r.route.startsWith('/_emulator/')) return false;
      return r.method !== 'GET' && r.method !== 'HEAD';
    })
    .map((r) => `${r.method} ${r.path}${r.graphql ? ` ${r.graphql.rootFields.join(',')}` : ''}`);
}

/** A workspace every action can start in: a valid bulk-update configuration, a link out of it, the case's files. */
export async function prepareWorkspace(emulator: Emulator, files: Record<string, string> = {}): Promise<string> {
  const names = [...emulator.state.repos.values()].filter((r) => !r.archived && !r.fork).map((r) => r.name);
  const config = {
    selection: { names: names.slice(0, 2) },
    operations: [{ type: 'files', files: [{ source: 'standards/SECURITY.md', target: 'SECURITY.md' }] }],
    delivery: { branch: 'moko/bad-input' },
    pacing: { perMinute: 6000, perHour: 100000, concurrency: 2 },
  };
  const ws = await makeWorkspace(
    {
      'README.md': '# workspace\n',
      'standards/SECURITY.md': '# Security\n',
      '.github/bulk-update.yml': stringify(config),
      ...files,
    },
    { git: true },
  );
  if (!existsSync(join(ws, ESCAPE_LINK))) symlinkSync('/etc', join(ws, ESCAPE_LINK));
  return ws;
}

/** Runs one case in this process (the framework's executeAction with a recording io), as the runner would. */
export async function runCaseInProcess(
  definition: AnyActionDefinition,
  c: BadInputCase,
  emulator: Emulator,
  workspace: string,
): Promise<CaseOutcome> {
  const saved = { ...process.env };
  for (const k of Object.keys(process.env)) if (/^(GITHUB|RUNNER|ACTIONS|INPUT)_/.test(k)) delete process.env[k];
  const repo = [...emulator.state.repos.values()][0]!;
  Object.assign(process.env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(workspace, '..', `${workspace.split('/').pop()}-temp`),
    GITHUB_REPOSITORY: `${repo.owner}/${repo.name}`,
    GITHUB_API_URL: emulator.url,
    GITHUB_GRAPHQL_URL: emulator.graphqlUrl,
    GITHUB_RUN_ID: '777',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
  });
  if (c.undeclared) process.env[`INPUT_${c.input.toUpperCase()}`] = c.value;
  const cwd = process.cwd();
  process.chdir(workspace);
  const base = recordingLogger();
  const logger: Logger & { lines: string[] } = { ...base, isDebug: () => false };
  const failures: string[] = [];
  const values: Record<string, string> = { 'github-token': 'ghs_emulator', 'upload-artifacts': 'false' };
  if (!c.undeclared) values[c.input] = c.value;
  const io: ExecutionIo = {
    source: (n) => values[n],
    undeclared: (declared) => undeclaredInputs(declared),
    logger,
    env: process.env,
    clock: systemClock,
    mask: () => undefined,
    setOutput: () => undefined,
    writeSummary: () => undefined,
    fail: (m) => failures.push(m),
  };
  const before = emulator.requests.length;
  try {
    await executeAction(definition, io);
  } finally {
    process.chdir(cwd);
    process.env = saved;
  }
  return {
    exitCode: failures.length > 0 ? 1 : 0,
    errors: [...failures, ...logger.lines.filter((l) => l.startsWith('error: '))],
    lines: [...failures, ...logger.lines],
    writes: writesIn(emulator.requests.slice(before)),
    shellRan: existsSync(join(workspace, SHELL_MARKER)) || existsSync(join(cwd, SHELL_MARKER)),
  };
}

/** Writes a file into the workspace (cases that need one of their own). */
export function addFiles(workspace: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(workspace, name), text);
}
