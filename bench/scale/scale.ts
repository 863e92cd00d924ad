// The scale bench (see run.ts): bulk-update on a large organization as GitHub Actions runs it (plan,
// then shard jobs through the harness, at most `parallel` at once, each with its own token and so its
// own secondary-limit budget, then merge), and metrics-collect and health-check on the same
// organization. Real time: the bundles pace themselves under GitHub's content-creation limits.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { pacingFloorMs } from '../../actions/bulk-update/src/engine/pacer.js';
import { type Emulator, startEmulator } from '../../test/emulator/index.js';
import { type ActionRun, makeWorkspace, REPO_ROOT, runAction } from '../../test/harness/index.js';
import { writesIn } from '../../test/bad-input/run-case.js';
import type { ScaleFigures } from './table.js';

/** What to run: organization size, shards (0: the plan's matrix), parallel jobs, limits per token. */
export interface ScaleOptions {
  repos: number;
  shards: number;
  parallel: number;
  limits: { perMinute: number; perHour: number };
  /** Every n-th repository holds an outdated file and needs a change. */
  staleEvery: number;
}

const ORG = 'moko-demo';
const POLICY = '# Security policy\n\nReport vulnerabilities to security@moko.test.\n';

/** Every repository holds the policy already but every `STALE_EVERY`th, which holds an old one. */
function plant(em: Emulator, STALE_EVERY: number): number {
  let changed = 0;
  for (const [i, repo] of em.state.reposOf(ORG).entries()) {
    const seed = repo.seedFiles;
    const stale = i % STALE_EVERY === 0;
    if (stale && !repo.archived && !repo.fork) changed++;
    repo.seedFiles = () => ({ ...(seed?.() ?? {}), 'SECURITY.md': { content: stale ? '# Old policy\n' : POLICY } });
  }
  return changed;
}

/** Peak resident memory of the processes that exited since the last call, in MiB. */
function takeRss(RSS_FILE: string): number[] {
  let text = '';
  try {
    text = readFileSync(RSS_FILE, 'utf8');
  } catch {
    return [];
  }
  writeFileSync(RSS_FILE, '');
  return text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { maxRssKiB: number }).maxRssKiB / 1024);
}

/** Runs the bench and returns its figures. */
export async function runScaleBench(opts: ScaleOptions): Promise<ScaleFigures> {
  const { repos: REPOS, shards: SHARDS, parallel: PARALLEL, limits: LIMITS, staleEvery: STALE_EVERY } = opts;
  const RSS_FILE = join(tmpdir(), `moko-bench-rss-${process.pid}.jsonl`);
  const env = { NODE_OPTIONS: `--import=${join(REPO_ROOT, 'bench/scale/rss-probe.mjs')}`, MOKO_RSS_FILE: RSS_FILE };
  writeFileSync(RSS_FILE, '');
  const em = await startEmulator({ repos: REPOS, seed: 1, secondaryLimit: LIMITS });
  const changed = plant(em, STALE_EVERY);
  const config = {
    operations: [{ type: 'files', files: [{ source: 'standards/SECURITY.md', target: 'SECURITY.md' }] }],
    delivery: { branch: 'moko/scale' },
    pacing: { perMinute: LIMITS.perMinute, perHour: LIMITS.perHour, concurrency: 4 },
  };
  const workspace = await makeWorkspace({
    'standards/SECURITY.md': POLICY,
    '.github/bulk-update.yml': stringify(config),
  });
  const repository = `${ORG}/${em.state.reposOf(ORG)[0]!.name}`;
  const common = { action: 'bulk-update', emulator: em, repository, workspace, env, runId: 70_000 };
  const phases: { phase: string; ms: number; requests: number; rss: number[]; ok: string }[] = [];
  const phase = async (name: string, body: () => Promise<ActionRun[]>) => {
    const t = Date.now();
    const before = em.requests.length;
    const runs = await body();
    const ok = `${runs.filter((r) => r.conclusion === 'success').length}/${runs.length}`;
    phases.push({ phase: name, ms: Date.now() - t, requests: em.requests.length - before, rss: takeRss(RSS_FILE), ok });
    for (const r of runs.filter((x) => x.conclusion !== 'success'))
      process.stderr.write(`${name}: ${r.annotations.find((a) => a.level === 'error')?.message ?? r.exitCode}\n`);
    return runs;
  };

  const started = Date.now();
  const [plan] = await phase('plan', async () => [await runAction({ ...common, inputs: { plan: true } })]);
  // The plan's matrix (one shard per 250 repositories, at most 20), unless --shards asks for a matrix of
  // its own, as a workflow may write one: the configuration is 40 shards.
  const planned = (JSON.parse(plan!.outputs.matrix || '{"shard":[]}') as { shard: string[] }).shard;
  const shards = SHARDS > 0 ? Array.from({ length: SHARDS }, (_, i) => `${i + 1}/${SHARDS}`) : planned;
  process.stderr.write(`plan: matrix of ${planned.length} shards; running ${shards.length}\n`);
  const resultsDir = join(workspace, 'shard-results');
  mkdirSync(resultsDir, { recursive: true });
  const writesBefore = writesIn(em.requests).length;
  const shardRuns = await phase(`${shards.length} shards, ${PARALLEL} at a time`, async () => {
    const queue = [...shards.entries()];
    const done: ActionRun[] = [];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [i, shard] = next;
        const token = `ghs_scale_shard_${i + 1}`;
        em.addToken(token, { repos: '*', permission: 'admin', login: 'moko-bot' });
        const run = await runAction({ ...common, job: `shard-${i + 1}`, token, inputs: { shard } });
        const file = run.outputs['results-file'];
        if (file) copyFileSync(file, join(resultsDir, `shard-${i + 1}.json`));
        done.push(run);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    return done;
  });
  const writes = writesIn(em.requests).length - writesBefore;
  const [merged] = await phase('merge', async () => [
    await runAction({ ...common, inputs: { 'merge-results': 'shard-results' } }),
  ]);
  const bulkMs = Date.now() - started;
  const metricsWs = await makeWorkspace({ 'README.md': '# metrics\n' });
  await phase('metrics-collect', async () => [
    await runAction({
      action: 'metrics-collect',
      emulator: em,
      repository,
      env,
      workspace: metricsWs,
      inputs: { organization: ORG },
    }),
  ]);
  await phase('health-check', async () => [
    await runAction({
      action: 'health-check',
      emulator: em,
      repository,
      env,
      inputs: { organization: ORG, 'fail-on': 'none' },
    }),
  ]);

  // The content-creation floor: each shard's writes spaced at its own token's budget, shards run
  // PARALLEL at a time; the bench cannot beat it, and should not be far above it.
  const perShard = Math.ceil(writes / Math.max(1, shardRuns.length));
  const floorMs = pacingFloorMs(perShard, LIMITS.perMinute, LIMITS.perHour) * Math.ceil(shardRuns.length / PARALLEL);
  const figures: ScaleFigures = {
    repos: REPOS,
    changed,
    shards: shardRuns.length,
    parallel: PARALLEL,
    limits: LIMITS,
    phases,
    writes,
    bulkMs,
    floorMs,
    merged: merged?.outputs ?? {},
    secondaryHits: em.secondaryLimitHits(),
    violations: em.violations.length,
  };
  await em.close();
  rmSync(RSS_FILE, { force: true });
  return figures;
}
