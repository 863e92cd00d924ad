/**
 * `npm start`: the collection's main job on an embedded default. Starts the API emulator with a demo
 * organization, checks out one of its repositories, and runs every bundled action through the
 * runner-faithful harness in the order a platform team uses them, printing each one's outputs and
 * job summary, then where the full summaries, SARIF, metrics and audit files were kept.
 *
 *   npm start                                   # emulator on 127.0.0.1, no token, no network
 *   npm start -- --api-url URL [--token T]      # an emulator or GitHub Enterprise Server already running
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { errorMessage } from '../../shared/core/errors.js';
import { graphqlUrlFor } from '../../shared/github/endpoints.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { type ActionRun, EMULATOR_TOKEN, REPO_ROOT, runAction } from '../harness/run-action.js';
import { demoFiles } from './demo-files.js';
import { type ApiTarget, checkoutRepository, listOrgRepositories } from './github-api.js';
import { DEMO_PLAN, readiness } from './plan.js';
import { formatFiles, formatRun, keepFiles } from './report.js';
import { cleanup, tempDir } from '../harness/workspace.js';

const USAGE = `Usage: npm start [-- [--api-url URL [--token T] [--graphql-url URL]] [--org ORG] [--repo NAME] [--out DIR] [--strict]]

  --api-url URL      run against this REST API (an emulator started with \`npm run emulator\`, or GHES .../api/v3)
  --token T          token for --api-url (default: GITHUB_TOKEN)
  --graphql-url URL  GraphQL endpoint for --api-url (default: derived from it)
  --org ORG          organization (default moko-demo)
  --repo NAME        repository checked out as the workspace (default: the org's .github, else its first)
  --out DIR          where summaries, SARIF, metrics and audit files are kept (default ./.moko/start)
  --actions-dir DIR  folder holding the actions (default: this repository's actions/)
  --strict           exit 1 when an action fails (default: report and continue, exit 0)
`;

/** The demo organization: 25 repositories, deterministic. */
const DEMO = { repos: 25, seed: 1 };

const write = (text: string) => process.stdout.write(text);

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'api-url': { type: 'string' },
      token: { type: 'string' },
      'graphql-url': { type: 'string' },
      org: { type: 'string', default: 'moko-demo' },
      repo: { type: 'string' },
      out: { type: 'string', default: join('.moko', 'start') },
      'actions-dir': { type: 'string' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    write(USAGE);
    return 0;
  }
  const org = values.org;
  const outDir = resolve(values.out);
  const actionsRoot = resolve(values['actions-dir'] ?? join(REPO_ROOT, 'actions'));
  let emulator: Emulator | undefined;
  let api: ApiTarget;
  const apiUrl = values['api-url']?.replace(/\/+$/, '');
  if (apiUrl) {
    const token = values.token ?? process.env.GITHUB_TOKEN;
    if (!token) throw new Error('--api-url needs a token: --token T or GITHUB_TOKEN');
    api = { url: apiUrl, token };
    write(`MokoStandards Actions against ${apiUrl}, organization ${org}\n`);
  } else {
    emulator = await startEmulator({ ...DEMO, org });
    api = { url: emulator.url, token: EMULATOR_TOKEN };
    write(
      `MokoStandards Actions on the emulator at ${emulator.url}: organization ${org}, ${DEMO.repos} repositories (seed ${DEMO.seed})\n`,
    );
  }
  try {
    const repos = (await listOrgRepositories(api, org)).filter((r) => !r.archived && !r.fork);
    const home = values.repo ?? (repos.find((r) => r.name === '.github') ?? repos[0])?.name;
    if (!home) throw new Error(`organization ${org} has no repository to check out`);
    // bulk-update rolls out to a pilot group first: three repositories, paced as for real GitHub.
    const pilot = repos
      .map((r) => r.name)
      .filter((name) => name !== home)
      .slice(0, 3);
    const workspace = join(await tempDir('moko-start-'), 'workspace');
    const checkout = await checkoutRepository(api, org, home, workspace, { overlay: demoFiles(org, pilot) });
    write(
      `Workspace: ${org}/${home}@${checkout.branch} (${checkout.files} files checked out, temporary: ${workspace})\n`,
    );
    write(`Pilot group for bulk-update: ${pilot.join(', ')}\n\n`);

    const results: { id: string; outcome: string }[] = [];
    const kept: string[] = [];
    let runnerTemp: string | undefined;
    for (const [index, step] of DEMO_PLAN.entries()) {
      const ready = await readiness(actionsRoot, step, { org });
      const position = `${index + 1}/${DEMO_PLAN.length}`;
      if (!ready.run) {
        write(`--- ${position} ${step.title} (${step.id}): skipped, ${ready.reason}\n\n`);
        results.push({ id: step.id, outcome: `skipped: ${ready.reason}` });
        continue;
      }
      let run: ActionRun;
      const started = performance.now();
      try {
        // One job: every step shares the workspace and RUNNER_TEMP, as steps of a real job do.
        run = await runAction({
          actionDir: join(actionsRoot, step.action),
          stepId: step.id,
          inputs: ready.inputs,
          workspace,
          ...(runnerTemp ? { tempDir: runnerTemp } : {}),
          ...(emulator
            ? { emulator }
            : { apiUrl: api.url, graphqlUrl: values['graphql-url'] ?? graphqlUrlFor(api.url) }),
          ...(apiUrl?.endsWith('/api/v3') ? { serverUrl: new URL(apiUrl).origin } : {}),
          token: api.token,
          repository: `${org}/${home}`,
          sha: checkout.sha,
          ref: `refs/heads/${checkout.branch}`,
          timeoutMs: 5 * 60_000,
        });
      } catch (error) {
        write(`=== ${position} ${step.title} (${step.id}) ===\ncould not run: ${errorMessage(error)}\n\n`);
        results.push({ id: step.id, outcome: 'error' });
        continue;
      }
      runnerTemp = run.tempDir;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      write(`${formatRun(`${position} ${step.title}`, step.id, run).replace('\n', ` (${seconds} s)\n`)}\n`);
      kept.push(...(await keepFiles(outDir, step.id, step.action, run)));
      results.push({ id: step.id, outcome: `${run.conclusion} (exit ${run.exitCode ?? run.signal})` });
    }

    write('=== Done ===\n');
    for (const r of results) write(`  ${r.id.padEnd(22)} ${r.outcome}\n`);
    if (results.every((r) => r.outcome.startsWith('skipped: not bundled'))) {
      write('\nNo action is bundled in this checkout: run `npm run bundle`, then `npm start` again.\n');
    }
    if (emulator) {
      // Requests real GitHub would refuse are bugs in an action, whatever it made of the answer.
      const kinds = new Set(emulator.violations.map((v) => v.kind));
      write(
        `\nEmulator: ${emulator.requests.length} requests, ${emulator.violations.length} fidelity violations${kinds.size > 0 ? ` (${[...kinds].join(', ')})` : ''}\n`,
      );
    }
    if (kept.length > 0) write(`\n${formatFiles(outDir, kept)}`);
    const failed = results.some(
      (r) => r.outcome.startsWith('failure') || r.outcome.startsWith('cancelled') || r.outcome === 'error',
    );
    return values.strict && failed ? 1 : 0;
  } finally {
    await emulator?.close();
    await cleanup();
  }
}

// Piped into `head`: stop quietly when the reader goes away.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`npm start: ${errorMessage(error)}\n${usage ? USAGE : ''}`);
    process.exitCode = 1;
  },
);
