// Benchmark of bulk-update against the emulator (run: `npx tsx bench/bulk/bulk-bench.ts [--sizes 100,1000]`).
// Realistic latency and GitHub's secondary limit (80 content-creating requests/min, 500/h) are on;
// 10% of the repositories need a change. The same organization is then updated the naive way
// (contents API: GET and PUT per file per repository). Time runs SCALE times faster than real time
// for the emulator, the client and the pacer alike, so figures are in simulated seconds.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { consoleLogger } from '../../shared/core/logger.js';
import { bulkApiOf } from '../../actions/bulk-update/src/engine/api.js';
import { parseBulkConfig } from '../../actions/bulk-update/src/engine/config.js';
import { ContentPacer, pacingFloorMs } from '../../actions/bulk-update/src/engine/pacer.js';
import { runBulk } from '../../actions/bulk-update/src/engine/run-bulk.js';
import { createGitHubClient } from '../../shared/github/client.js';
import { type Emulator, startEmulator } from '../../test/emulator/index.js';
import { runNaive } from './naive.js';
import { scaledClock } from './scaled-clock.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000' },
    scale: { type: 'string', default: '10' },
    latency: { type: 'string', default: '100' },
  },
});
const SCALE = Number(values.scale);
const LATENCY_MS = Number(values.latency); // simulated, per request
const LIMITS = { perMinute: 80, perHour: 500 };
const FILES = {
  'SECURITY.md': '# Security policy\n\nReport vulnerabilities to security@moko.test.\n',
  '.github/CODEOWNERS': '* @moko-demo/platform\n',
};
const MUTATIONS = new Set([
  'BulkCommit',
  'BulkCreateRef',
  'BulkCreatePull',
  'BulkUpdatePull',
  'BulkDecorate',
  'BulkResetRef',
]);
const logger = consoleLogger(false, { write: () => true } as unknown as NodeJS.WritableStream);

/** Plants the standard files in every repository; every tenth gets an outdated SECURITY.md. */
function plant(em: Emulator): { selected: number; changed: number } {
  let i = 0;
  let changed = 0;
  for (const repo of em.state.reposOf('moko-demo')) {
    const seed = repo.seedFiles;
    const stale = i++ % 10 === 0;
    if (stale && !repo.archived && !repo.fork) changed++;
    repo.seedFiles = () => ({
      ...(seed?.() ?? {}),
      'SECURITY.md': { content: stale ? '# Security\n\nOld policy.\n' : FILES['SECURITY.md'] },
      '.github/CODEOWNERS': { content: FILES['.github/CODEOWNERS'] },
    });
  }
  return { selected: em.state.reposOf('moko-demo').filter((r) => !r.archived && !r.fork).length, changed };
}

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'bulk-bench-'));
  mkdirSync(join(ws, 'std/.github'), { recursive: true });
  for (const [p, c] of Object.entries(FILES)) writeFileSync(join(ws, 'std', p), c);
  return ws;
}

async function emulator(repos: number) {
  const clock = scaledClock(SCALE);
  const em = await startEmulator({
    repos,
    seed: 7,
    clock,
    latencyMs: Math.max(1, Math.round(LATENCY_MS / SCALE)),
    secondaryLimit: LIMITS,
  });
  // Warm up (the emulator loads its OpenAPI description and GraphQL schema on first use), then forget it.
  await fetch(`${em.url}/orgs/moko-demo`, { headers: { authorization: 'token ghs_emulator' } });
  await fetch(em.graphqlUrl, {
    method: 'POST',
    headers: { authorization: 'bearer ghs_emulator', 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query { viewer { login } }' }),
  });
  em.requests.length = 0;
  const client = createGitHubClient({
    token: 'ghs_emulator',
    apiUrl: em.url,
    graphqlUrl: em.graphqlUrl,
    logger,
    clock,
    throttle: { writeSpacingMs: 0 },
  });
  return { em, clock, client, counts: plant(em) };
}

/** One table row from the emulator's request log (then closes the emulator); `writes` as each approach counts them. */
async function row(
  em: Emulator,
  selected: number,
  r: { updated: number; failed: number; writes: number; wallMs: number },
) {
  const total = em.requests.length;
  const hits = em.secondaryLimitHits();
  await em.close();
  return {
    repos: selected,
    changed: r.updated,
    failed: r.failed,
    perUnchanged: (total - r.writes) / selected,
    perChanged: r.writes / Math.max(1, r.updated),
    total,
    writes: r.writes,
    wallS: r.wallMs / 1000,
    floorS: pacingFloorMs(r.writes, LIMITS.perMinute, LIMITS.perHour) / 1000,
    hits,
  };
}

async function ours(repos: number) {
  const { em, clock, client, counts } = await emulator(repos);
  const config = parseBulkConfig({
    operations: [
      {
        type: 'files',
        files: [
          { source: 'std/SECURITY.md', target: 'SECURITY.md' },
          { source: 'std/.github/CODEOWNERS', target: '.github/CODEOWNERS' },
        ],
      },
    ],
    delivery: { labels: ['standards'], reviewers: [] },
    pacing: { ...LIMITS, concurrency: 4 },
  });
  const pacer = new ContentPacer({ ...LIMITS, clock, logger });
  const start = clock.now();
  const report = await runBulk({
    api: bulkApiOf(client),
    config,
    org: 'moko-demo',
    workspace: workspace(),
    shard: { index: 1, count: 1 },
    dryRun: false,
    runId: '1',
    runAttempt: 1,
    clock,
    logger,
    pacer,
  });
  const wallMs = clock.now() - start;
  const writes = em.requests.filter(
    (r) => r.method !== 'GET' && !(r.graphql && !MUTATIONS.has(r.graphql.operationName ?? '')),
  ).length;
  return row(em, counts.selected, { ...report.counts, writes, wallMs });
}

async function naive(repos: number) {
  const { em, clock, client, counts } = await emulator(repos);
  const start = clock.now();
  const out = await runNaive(client, 'moko-demo', FILES, 8);
  const wallMs = clock.now() - start;
  const writes = em.requests.filter((r) => r.method === 'PUT').length;
  return row(em, counts.selected, { updated: out.changed, failed: out.failed, writes, wallMs });
}

const f = (n: number, d = 2) => n.toFixed(d);
console.log(
  `bulk-update bench: emulator latency ${LATENCY_MS} ms, secondary limit ${LIMITS.perMinute}/min ${LIMITS.perHour}/h, time scale ×${SCALE}`,
);
console.log(
  'approach   repos changed failed  req/unchanged  req/changed  requests  writes  wall(s)  floor(s)  wall/floor  2nd-limit hits',
);
for (const n of values.sizes.split(',').map(Number)) {
  for (const [name, fn] of [
    ['bulk', ours],
    ['naive', naive],
  ] as const) {
    const realStart = Date.now();
    const r = await fn(n);
    console.log(
      `${name.padEnd(9)} ${String(r.repos).padStart(6)} ${String(r.changed).padStart(7)} ${String(r.failed).padStart(6)} ${f(r.perUnchanged, 3).padStart(14)} ${f(r.perChanged).padStart(12)} ${String(r.total).padStart(9)} ${String(r.writes).padStart(7)} ${f(r.wallS, 1).padStart(8)} ${f(r.floorS, 1).padStart(9)} ${(r.floorS > 0 ? f(r.wallS / r.floorS) : 'n/a').padStart(11)} ${String(r.hits).padStart(15)}   (${f((Date.now() - realStart) / 1000, 1)} s real)`,
    );
  }
}
console.log(`
req/unchanged: reads (organization listing + batched GraphQL reads) divided by all selected repositories: what a
  repository costs when nothing changes. req/changed: content-creating requests per updated repository (bulk:
  createRef, createCommitOnBranch, createPullRequest, add-labels; naive: one contents PUT per outdated file, committed
  straight to the default branch without a pull request).
floor: the least simulated time the content-creating requests take when spread at the limit, ${LIMITS.perMinute}/min
  (and ${LIMITS.perHour}/h): n requests need (n-1) x ${60 / LIMITS.perMinute} s. The pacer keeps 5% headroom below the limit, so
  about 1.05 is the best a run that never trips the limit can do; the rest is reads and the last repository's
  round trips. wall/floor of the naive approach compares its (fewer, unpaced) writes with the same rule.
2nd-limit hits: 403 answers of the emulator's secondary limiter (the client waits retry-after and retries).
Time runs ${SCALE}x faster than real time for the emulator's limiter, the client's waits and the pacer alike;
  latency is ${LATENCY_MS} ms simulated per request.`);
