// Benchmark of metrics-collect against the emulator (run: `npm run bench:metrics [-- --repos 1000]`).
// An organization with four weeks of generated history (runs, pull requests with reviews, issues,
// releases, deployments, security alerts) is collected once (first run), then the clock moves a day,
// a day of activity is added, and it is collected again (incremental run). The same data is then
// read the naive way, per repository over REST, in the same process. Requests are counted on the
// emulator's request log; wall time is real time on this machine (the emulator answers without latency).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCollection } from '../../actions/metrics-collect/src/engine/run-collection.js';
import { manualClock } from '../../shared/core/clock.js';
import { recordingLogger } from '../../test/support/fakes/recording-logger.js';
import { createGitHubClient } from '../../shared/github/client.js';
import { extendHistory, startEmulator } from '../../test/emulator/index.js';
import { naiveCrawl } from './naive.js';

const { values } = parseArgs({
  options: { repos: { type: 'string', default: '1000' }, days: { type: 'string', default: '28' } },
});
const REPOS = Number(values.repos);
const DAYS = Number(values.days);
const DAY = 86_400_000;
// Midnight: the emulator generates whole UTC days of history.
const clock = manualClock(Date.UTC(2026, 5, 1));
const emulator = await startEmulator({
  repos: REPOS,
  seed: 11,
  clock,
  history: { days: DAYS },
  secondaryLimit: false,
  // The naive crawl would be throttled for hours by GitHub's 5,000/h; the bench counts, it does not wait.
  rateLimit: { limit: 10_000_000 },
});
const dir = mkdtempSync(join(tmpdir(), 'metrics-bench-'));
const client = () =>
  createGitHubClient({
    token: 'ghs_emulator',
    apiUrl: emulator.url,
    logger: recordingLogger(),
    clock,
    env: {},
    retries: 0,
  });
const options = (name: string) => ({
  organization: 'moko-demo',
  staleDays: 90,
  prAgeDays: 30,
  windowDays: DAYS,
  prometheusFile: join(dir, `${name}.prom`),
  jsonFile: join(dir, 'snapshot.json'),
  previousFile: join(dir, 'snapshot.json'),
  nowMs: clock.now(),
});

interface Row {
  run: string;
  requests: number;
  perRepo: number;
  graphql: number;
  rest: number;
  seconds: number;
}
const rows: Row[] = [];
async function measure(run: string, fn: () => Promise<unknown>): Promise<void> {
  emulator.requests.length = 0;
  const started = performance.now();
  await fn();
  const seconds = (performance.now() - started) / 1000;
  const log = emulator.requests;
  const graphql = log.filter((r) => r.route === '/graphql').length;
  rows.push({
    run,
    requests: log.length,
    perRepo: Math.round((log.length / REPOS) * 1000) / 1000,
    graphql,
    rest: log.length - graphql,
    seconds: Math.round(seconds * 10) / 10,
  });
}

try {
  const events = emulator.state
    .reposOf('moko-demo')
    .reduce((n, r) => n + r.runs.length + r.pulls.length + r.issues.length, 0);
  console.error(
    `Organization: ${REPOS} repositories, ${DAYS} days of history, ${events} runs, pull requests and issues.`,
  );
  let first: Awaited<ReturnType<typeof runCollection>> | undefined;
  await measure('metrics-collect, first run', async () => {
    first = await runCollection(client(), options('first'), recordingLogger());
  });
  clock.advance(DAY);
  extendHistory(emulator.state);
  let second: Awaited<ReturnType<typeof runCollection>> | undefined;
  await measure('metrics-collect, incremental (next day)', async () => {
    second = await runCollection(client(), options('second'), recordingLogger());
  });
  await measure('naive per-repository REST crawl', () =>
    naiveCrawl(client(), 'moko-demo', new Date(clock.now() - DAYS * DAY).toISOString()),
  );
  if (emulator.violations.length > 0)
    throw new Error(`emulator violations: ${JSON.stringify(emulator.violations.slice(0, 3))}`);
  console.log(
    `| run (${REPOS} repositories, ${DAYS}-day window) | requests | per repository | GraphQL | REST | wall time (s) |`,
  );
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows)
    console.log(`| ${r.run} | ${r.requests} | ${r.perRepo} | ${r.graphql} | ${r.rest} | ${r.seconds} |`);
  const s = second!.snapshot;
  console.log(
    `\nIncremental run listed the runs of ${s.collection.runsListed} of ${REPOS} repositories; ` +
      `first run read ${first!.snapshot.delivery.runs.total} runs, ${first!.snapshot.delivery.pulls.merged} merges, ` +
      `${first!.snapshot.delivery.dora.deployments} deployments in the window.`,
  );
} finally {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
}
