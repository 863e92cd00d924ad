import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMULATOR_TOKEN, type HarnessEmulator, type RequestLogEntry, runAction } from './run-action.js';
import { leakedSecrets } from './secrets.js';
import { killRunningSteps } from './step-process.js';
import { cleanup, makeWorkspace, tempDir } from './workspace.js';

const fixture = (name: string) => join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures', name);

afterAll(cleanup);

describe('runAction: outputs, summary and workflow commands', () => {
  it('parses every file command and annotation exactly, and reports the exit code', async () => {
    const run = await runAction({ actionDir: fixture('report') });
    expect(run.exitCode).toBe(3);
    expect(run.signal).toBeNull();
    expect(run.conclusion).toBe('failure');
    expect(run.outputs).toEqual({ count: '3', report: 'line one\nline = two << three\n', empty: '' });
    expect(run.summary).toBe('## Fixture report\n\n| name | value |\n| --- | --- |\n| count | 3 |\n');
    expect(run.env).toEqual({ FROM_STEP: 'yes' });
    expect(run.state).toEqual({ cursor: '42' });
    expect(run.path).toEqual(['/opt/fixture/bin']);
    expect(run.runnerErrors).toEqual([]);
    expect(run.runnerWarnings).toEqual([]);
    expect(run.annotations.filter((a) => a.file !== 'README.md')).toEqual([
      {
        level: 'error',
        message: 'Broken\nsecond line',
        file: 'src/a.ts',
        line: 3,
        endLine: 4,
        col: 2,
        title: 'Bad, really: bad',
      },
      { level: 'warning', message: 'careful 100%' },
      { level: 'notice', message: 'no trailing newline' },
    ]);
    expect(run.annotations).toContainEqual({ level: 'notice', message: 'from stderr', file: 'README.md' });
    // Order is kept within a stream; between stdout and stderr it depends on when the pipes deliver.
    const names = (stream: string) => run.commands.filter((c) => c.stream === stream).map((c) => c.command);
    expect(names('stdout')).toEqual(['add-mask', 'error', 'warning', 'stop-commands', 'debug', 'notice']);
    expect(names('stderr')).toEqual(['notice']);
    expect(run.masks).toContain('s3cr3t-value');
    expect(run.masks).toContain(EMULATOR_TOKEN);
    // The fixture prints its secret after masking it: the log would show ***, the test still flags it.
    expect(leakedSecrets(run)).toEqual(['s3cr3t-value']);
    expect(leakedSecrets(run, ['plain log'])).toEqual(['s3cr3t-value', 'plain log']);
    expect(run.stdout).toContain('plain log line\n');
  });
});

describe('runAction: deprecated and disabled stdout commands', () => {
  it('honours set-output and save-state with a warning, environment files winning', async () => {
    const run = await runAction({ actionDir: fixture('legacy-commands') });
    expect(run.conclusion).toBe('success');
    expect(run.outputs).toEqual({ legacy: 'from command', both: 'from file' });
    expect(run.state).toEqual({ cursor: '7' });
    expect(run.post?.commands.map((c) => c.message)).toEqual(['post cursor=7']);
    expect(run.runnerWarnings).toHaveLength(3);
    expect(run.runnerWarnings[0]).toBe(
      'The `set-output` command is deprecated and will be disabled soon. Please upgrade to using Environment Files.',
    );
  });

  it('fails the step on set-env unless ACTIONS_ALLOW_UNSECURE_COMMANDS is true', async () => {
    const refused = await runAction({ actionDir: fixture('legacy-commands'), inputs: { unsecure: 'yes' } });
    expect(refused.exitCode).toBe(0);
    expect(refused.conclusion).toBe('failure');
    expect(refused.runnerErrors).toEqual([expect.stringMatching(/^The `set-env` command is disabled\./)]);
    const allowed = await runAction({
      actionDir: fixture('legacy-commands'),
      inputs: { unsecure: 'yes' },
      env: { ACTIONS_ALLOW_UNSECURE_COMMANDS: 'true' },
    });
    expect(allowed.runnerErrors).toEqual([]);
  });
});

describe('runAction: inputs and environment', () => {
  beforeEach(() => {
    vi.stubEnv('MOKO_HARNESS_LEAK_CHECK', 'leaked');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('sets INPUT_* from given values and evaluated defaults, hyphens kept, spaces to underscores', async () => {
    const workspace = await makeWorkspace({ 'README.md': '# hi\n' });
    const run = await runAction({
      actionDir: fixture('inputs'),
      workspace,
      token: 'ghs_test_token',
      inputs: { 'dry-run': false },
    });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.inputs ?? '')).toEqual({
      'INPUT_GITHUB-TOKEN': 'ghs_test_token',
      'INPUT_DRY-RUN': 'false',
      'INPUT_WORKING-DIRECTORY': `${workspace}/sub`,
      INPUT_MAX_ITEMS: '5',
      'INPUT_NO-DEFAULT': '',
    });
    expect(run.outputs.cwd).toBe(workspace);
  });

  it('sets the runner variables in a clean environment that keeps only PATH and HOME of the caller', async () => {
    const run = await runAction({
      actionDir: fixture('inputs'),
      repository: 'acme/widgets',
      runId: 555,
      runAttempt: 2,
      event: { name: 'push', payload: { after: 'abc' } },
      env: { EXTRA: '1' },
    });
    const env = JSON.parse(run.outputs.env ?? '') as Record<string, string>;
    expect(env.MOKO_HARNESS_LEAK_CHECK).toBeUndefined();
    expect(env.GITHUB_TOKEN).toBeUndefined();
    expect(env.RUNNER_DEBUG).toBeUndefined();
    expect(env.ACTIONS_RUNTIME_TOKEN).toBeUndefined();
    expect(env).toMatchObject({
      PATH: process.env.PATH,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_RUN_ID: '555',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_ACTION: 'inputs',
      GITHUB_ACTION_PATH: fixture('inputs'),
      GITHUB_WORKSPACE: run.workspace,
      RUNNER_TEMP: run.tempDir,
      EXTRA: '1',
    });
    const allowed = /^(PATH|HOME|CI|EXTRA|GITHUB_\w+|RUNNER_\w+|INPUT_.+)$/;
    expect(Object.keys(env).filter((k) => !allowed.test(k))).toEqual([]);
  });

  it("lets the step's env set CI and its own variables but not inputs or runner variables", async () => {
    const run = await runAction({
      actionDir: fixture('inputs'),
      repository: 'acme/widgets',
      inputs: { 'dry-run': 'false' },
      env: { CI: 'false', GITHUB_REPOSITORY: 'evil/repo', RUNNER_TEMP: '/evil', 'INPUT_DRY-RUN': 'true', MINE: 'x' },
    });
    const env = JSON.parse(run.outputs.env ?? '') as Record<string, string>;
    expect(env).toMatchObject({ CI: 'false', GITHUB_REPOSITORY: 'acme/widgets', RUNNER_TEMP: run.tempDir, MINE: 'x' });
    expect(env['INPUT_DRY-RUN']).toBe('false');
  });

  it('writes the event payload file and uses the workspace HEAD as GITHUB_SHA', async () => {
    const workspace = await makeWorkspace({ 'a.txt': 'a\n' }, { git: true });
    const run = await runAction({ actionDir: fixture('inputs'), workspace, debug: true });
    const env = JSON.parse(run.outputs.env ?? '') as Record<string, string>;
    expect(env.GITHUB_SHA).toMatch(/^[0-9a-f]{40}$/);
    expect(env.GITHUB_SHA).not.toBe('0'.repeat(40));
    expect(env.RUNNER_DEBUG).toBe('1');
    expect(env.GITHUB_EVENT_PATH).toBe(join(run.tempDir, '_github_workflow', 'event.json'));
  });

  it('sets the pull request ref and branches from a pull_request payload', async () => {
    const payload = { number: 7, pull_request: { number: 7, base: { ref: 'trunk' }, head: { ref: 'fix/x' } } };
    const run = await runAction({ actionDir: fixture('inputs'), event: { name: 'pull_request', payload } });
    const env = JSON.parse(run.outputs.env ?? '') as Record<string, string>;
    expect(env).toMatchObject({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_REF_NAME: '7/merge',
      GITHUB_BASE_REF: 'trunk',
      GITHUB_HEAD_REF: 'fix/x',
    });
    const target = await runAction({ actionDir: fixture('inputs'), event: { name: 'pull_request_target', payload } });
    expect(JSON.parse(target.outputs.env ?? '')).toMatchObject({
      GITHUB_REF: 'refs/heads/trunk',
      GITHUB_HEAD_REF: 'fix/x',
    });
  });

  it('writes a default pull_request payload when only the event name is given', async () => {
    const run = await runAction({
      actionDir: fixture('inputs'),
      event: { name: 'pull_request' },
      repository: 'acme/app',
    });
    const env = JSON.parse(run.outputs.env ?? '') as Record<string, string>;
    const payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH ?? '', 'utf8'));
    expect(payload).toMatchObject({ number: 1, pull_request: { base: { ref: 'main' }, head: { ref: 'feature' } } });
    expect(payload.repository.full_name).toBe('acme/app');
    expect(env.GITHUB_REF).toBe('refs/pull/1/merge');
  });

  it('rejects an undeclared input before running anything', async () => {
    await expect(runAction({ actionDir: fixture('inputs'), inputs: { dry_run: 'x' } })).rejects.toThrow(
      "Unexpected input(s) 'dry_run'",
    );
  });
});

describe('runAction: lifecycle', () => {
  it('runs the post step with the state saved by main', async () => {
    const run = await runAction({ actionDir: fixture('lifecycle') });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ phase: 'main', runs: '1' });
    expect(run.post?.exitCode).toBe(0);
    expect(run.post?.commands.map((c) => c.message)).toEqual(['post saw started=yes']);
  });

  it('SIGKILLs the main step after killAfterMs and runs no post step', async () => {
    const run = await runAction({ actionDir: fixture('lifecycle'), inputs: { mode: 'hang' }, killAfterMs: 300 });
    expect(run.killed).toBe(true);
    expect(run.exitCode).toBeNull();
    expect(run.signal).toBe('SIGKILL');
    expect(run.state).toEqual({ started: 'yes' });
    expect(run.post).toBeUndefined();
  });

  it('SIGKILLs the main step as soon as a line matches killOn, and only then', async () => {
    const seen: string[] = [];
    const killOn = (line: string, stream: string) => {
      seen.push(`${stream}: ${line}`);
      return line === 'main mode=hang';
    };
    const run = await runAction({ actionDir: fixture('lifecycle'), inputs: { mode: 'hang' }, killOn });
    expect(run.killed).toBe(true);
    expect(run.signal).toBe('SIGKILL');
    expect(seen).toEqual(['stdout: main mode=hang']);
    const normal = await runAction({ actionDir: fixture('lifecycle'), killOn: () => false });
    expect(normal.killed).toBe(false);
    expect(normal.post?.exitCode).toBe(0);
  });

  it('cancels on timeoutMs with SIGINT first, as the runner does', async () => {
    const run = await runAction({
      actionDir: fixture('lifecycle'),
      inputs: { mode: 'trap' },
      timeoutMs: 300,
      cancelGraceMs: [5000, 1000],
    });
    expect(run.timedOut).toBe(true);
    expect(run.conclusion).toBe('cancelled');
    expect(run.exitCode).toBe(130);
    expect(run.annotations).toEqual([{ level: 'warning', message: 'cancelled by SIGINT' }]);
  });

  it('escalates to SIGTERM and then SIGKILL when the step ignores the earlier signals', async () => {
    const run = await runAction({
      actionDir: fixture('lifecycle'),
      inputs: { mode: 'stubborn' },
      timeoutMs: 200,
      cancelGraceMs: [200, 200],
    });
    expect(run.timedOut).toBe(true);
    expect(run.signal).toBe('SIGKILL');
    expect(run.stdout).toContain('ignoring SIGINT\nignoring SIGTERM\n');
  });

  it('killRunningSteps() (called by cleanup) stops a step still running when a test gives up on it', async () => {
    const runnerTemp = join(await tempDir(), '_temp');
    const pending = runAction({ actionDir: fixture('lifecycle'), inputs: { mode: 'stubborn' }, tempDir: runnerTemp });
    // The fixture counts its runs in RUNNER_TEMP first thing: once the file exists, the process is up.
    while (!existsSync(join(runnerTemp, 'lifecycle-runs.log'))) await new Promise((r) => setTimeout(r, 20));
    killRunningSteps();
    const run = await pending;
    expect(run.signal).toBe('SIGKILL');
    expect(run.killed).toBe(true);
    expect(run.post).toBeUndefined();
  });

  it('reuses RUNNER_TEMP when given tempDir, as a re-run on the same machine would', async () => {
    const first = await runAction({ actionDir: fixture('lifecycle') });
    const second = await runAction({ actionDir: fixture('lifecycle'), tempDir: first.tempDir, runAttempt: 2 });
    expect(second.tempDir).toBe(first.tempDir);
    expect(second.outputs.runs).toBe('2');
  });
});

describe('runAction: emulator wiring', () => {
  let server: Server;
  const requests: RequestLogEntry[] = [];
  let emulator: HarnessEmulator;

  beforeEach(async () => {
    requests.length = 0;
    server = createServer((req, res) => {
      const ok = req.headers.authorization === `token ${EMULATOR_TOKEN}`;
      requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        route: '/repos/{owner}/{repo}',
        status: ok ? 200 : 401,
      });
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    emulator = { url, graphqlUrl: `${url}/graphql`, resultsUrl: `${url}/results`, requests };
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('points the API at the emulator with its token and returns only this run’s requests', async () => {
    requests.push({ method: 'GET', path: '/earlier', route: '/earlier', status: 200 });
    const run = await runAction({ actionDir: fixture('api-call'), emulator, repository: 'moko-demo/repo-1' });
    expect(run.outputs).toEqual({ status: '200' });
    expect(run.requests).toEqual([
      { method: 'GET', path: '/repos/moko-demo/repo-1', route: '/repos/{owner}/{repo}', status: 200 },
    ]);
  });

  it('sets the artifact runtime variables with a JWT carrying the Actions.Results scope', async () => {
    const run = await runAction({ actionDir: fixture('inputs'), emulator, runId: 42 });
    const env = JSON.parse(run.outputs.env ?? '') as Record<string, string>;
    expect(env.ACTIONS_RESULTS_URL).toBe(emulator.resultsUrl);
    expect(env.ACTIONS_RUNTIME_URL).toBe(`${emulator.url}/`);
    const payload = JSON.parse(Buffer.from(env.ACTIONS_RUNTIME_TOKEN?.split('.')[1] ?? '', 'base64url').toString());
    expect(payload.scp).toMatch(/(^| )Actions\.Results:[0-9a-f-]{36}:[0-9a-f-]{36}( |$)/);
    expect(run.masks).toContain(env.ACTIONS_RUNTIME_TOKEN);
  });
});
