import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActionContext } from '../../../shared/action/define-action.js';
import { executeAction } from '../../../shared/action/execute.js';
import { manualClock } from '../../../shared/core/clock.js';
import { createGitHubClient } from '../../../shared/github/client.js';
import { type Emulator, startEmulator } from '../../../test/emulator/index.js';
import { fakeIo, stepEnv } from '../../../test/support/fakes/execution-io.js';
import { recordingLogger } from '../../../test/support/fakes/recording-logger.js';
import { action } from './action.js';
import { defaultConfig } from './engine/config.js';
import { scan } from './engine/scanner.js';
import { REF_CONFUSION } from './engine/workflow-refs.js';
import { auditRefConfusion } from './ref-confusion.js';
import type { ScanInputs, ScanSettings } from './settings.js';

const ORG = 'someorg';
const SHA = '0123456789abcdef0123456789abcdef01234567';
let emulator: Emulator;
let root: string;
let logger: ReturnType<typeof recordingLogger>;

beforeAll(async () => {
  emulator = await startEmulator({ org: ORG, repos: 2, seed: 3, secondaryLimit: false });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(async () => {
  emulator.reset();
  // someorg/act: `v1` is a tag and a branch, `v2` and `v1.2` only tags.
  const repo = emulator.state.reposOf(ORG)[0]!;
  emulator.state.removeRepo(repo);
  repo.name = 'act';
  emulator.state.addRepo(repo);
  const git = emulator.state.git(repo);
  const head = git.refs.get(`refs/heads/${repo.default_branch}`)!;
  for (const ref of ['refs/heads/v1', 'refs/tags/v1', 'refs/tags/v2', 'refs/tags/v1.2']) git.refs.set(ref, head);
  root = await mkdtemp(join(tmpdir(), 'ref-confusion-'));
  logger = recordingLogger();
});

async function tree(files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

/** Scans `root` for workflow rules, then runs the online audit with a client of `token` on the emulator. */
async function audit(token = 'ghs_emulator', online = true) {
  const config = defaultConfig();
  const result = await scan({ root, config, categories: ['workflow'] });
  const ctx = {
    inputs: { 'online-audits': online } as ScanInputs,
    logger,
    github: async () =>
      createGitHubClient({ token, apiUrl: emulator.url, logger, clock: manualClock(Date.now()), env: {}, retries: 0 }),
  } as unknown as ActionContext<ScanInputs>;
  const settings = { root, config } as ScanSettings;
  await auditRefConfusion(ctx, settings, result);
  await rm(root, { recursive: true, force: true });
  return result.findings.filter((f) => f.ruleId === REF_CONFUSION);
}

const workflow = (...uses: string[]) =>
  `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${uses.map((u) => `      - uses: ${u}\n`).join('')}`;

describe('ref-confusion against the emulator', () => {
  it('reports a ref that is both a branch and a tag, once per use, and asks each repo@ref once', async () => {
    await tree({
      '.github/workflows/ci.yml': workflow(`${ORG}/act@v1`, `${ORG}/act@v2`, `${ORG}/act/sub@v1`),
      'tools/action.yml': `name: t\nruns:\n  using: composite\n  steps:\n    - uses: ${ORG}/act@v1\n`,
    });
    const found = await audit();
    expect(found.map((f) => `${f.file}:${f.line}`)).toEqual([
      '.github/workflows/ci.yml:7',
      '.github/workflows/ci.yml:9',
      'tools/action.yml:5',
    ]);
    expect(found[0]).toMatchObject({ severity: 'medium', category: 'workflow' });
    expect(found[0]!.message).toContain('`v1` is both a branch and a tag of someorg/act');
    // One GraphQL query for act@v1 and act@v2 (`act/sub@v1` is the same repo@ref), checked against
    // GitHub's schema by the emulator.
    const asked = emulator.requests.filter((r) => r.path === '/graphql');
    expect(asked).toHaveLength(1);
    expect(emulator.violations).toEqual([]);
  });

  it('asks about 50 refs per GraphQL query', async () => {
    const refs = Array.from({ length: 60 }, (_, i) => `${ORG}/act@v${i + 1}`);
    await tree({ '.github/workflows/ci.yml': workflow(...refs) });
    const found = await audit();
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('`v1` is both a branch and a tag')]);
    expect(emulator.requests.filter((r) => r.path === '/graphql')).toHaveLength(2);
    expect(emulator.violations).toEqual([]);
  });

  it('does not report a ref that is only a tag (a tag that merely starts like a branch does not count)', async () => {
    await tree({ '.github/workflows/ci.yml': workflow(`${ORG}/act@v2`, `${ORG}/act@v1.2`) });
    expect(await audit()).toEqual([]);
    expect(emulator.violations).toEqual([]);
  });

  it('skips SHA pins, local and docker uses without asking', async () => {
    await tree({ '.github/workflows/ci.yml': workflow(`${ORG}/act@${SHA}`, './local', 'docker://alpine:3') });
    expect(await audit()).toEqual([]);
    expect(emulator.requests.filter((r) => r.path === '/graphql')).toEqual([]);
  });

  it('skips a repository the token cannot see (404) with a debug line, and still checks the others', async () => {
    await tree({ '.github/workflows/ci.yml': workflow(`${ORG}/private-thing@v1`, `${ORG}/act@v1`) });
    const found = await audit();
    expect(found).toHaveLength(1);
    expect(logger.lines.some((l) => l.startsWith('debug: ') && l.includes('someorg/private-thing'))).toBe(true);
  });

  it('logs once and skips the audit when the token cannot read', async () => {
    await tree({ '.github/workflows/ci.yml': workflow(`${ORG}/act@v1`, `${ORG}/act@v2`) });
    expect(await audit('ghs_not_a_token')).toEqual([]);
    expect(logger.lines.filter((l) => l.startsWith('info: ref-confusion skipped'))).toHaveLength(1);
  });

  it('skips the audit with one line when there is no token', async () => {
    await tree({ '.github/workflows/ci.yml': workflow(`${ORG}/act@v1`) });
    const config = defaultConfig();
    const result = await scan({ root, config, categories: ['workflow'] });
    const ctx = {
      inputs: { 'online-audits': true } as ScanInputs,
      logger,
      github: async () => {
        throw new Error('No GitHub token: set the github-token input.');
      },
    } as unknown as ActionContext<ScanInputs>;
    await auditRefConfusion(ctx, { root, config } as ScanSettings, result);
    expect(result.findings.filter((f) => f.ruleId === REF_CONFUSION)).toEqual([]);
    expect(logger.lines).toEqual(['info: ref-confusion skipped: No GitHub token: set the github-token input.']);
    await rm(root, { recursive: true, force: true });
  });

  it('honours the rule switch and inline suppressions', async () => {
    await tree({
      '.github/workflows/ci.yml': workflow(`${ORG}/act@v1 # moko-ignore: workflow/ref-confusion`),
    });
    expect(await audit()).toEqual([]);
    await mkdir(root, { recursive: true });
    await tree({ '.github/workflows/ci.yml': workflow(`${ORG}/act@v1`) });
    expect(await audit('ghs_emulator', false)).toEqual([]);
    expect(emulator.requests.filter((r) => r.path === '/graphql')).toHaveLength(1);
  });

  it('is part of the action run: the finding is in the SARIF, with the rule', async () => {
    await tree({ '.github/workflows/ci.yml': workflow(`${ORG}/act@v1`) });
    const io = fakeIo(
      { 'github-token': 'ghs_emulator', 'fail-on': 'none', categories: 'workflow', 'upload-artifacts': 'false' },
      { env: stepEnv(root, { GITHUB_API_URL: emulator.url, GITHUB_REPOSITORY: `${ORG}/act` }) },
    );
    const report = await executeAction(action, io);
    expect(io.failures).toEqual([]);
    expect(report.ok).toBe(true);
    const sarif = JSON.parse(await readFile(join(root, 'security-scan.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
    };
    const results = sarif.runs[0]!.results.filter((r) => r.ruleId === REF_CONFUSION);
    expect(results.map((r) => r.locations[0]!.physicalLocation.region.startLine)).toEqual([7]);
    expect(emulator.violations).toEqual([]);
    await rm(root, { recursive: true, force: true });
  });
});
