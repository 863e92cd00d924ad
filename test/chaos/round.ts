import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FaultKind } from '../emulator/faults.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { type ActionRun, leakedSecrets, makeWorkspace, type RunActionOptions, runAction } from '../harness/index.js';
import { bulkWorkspace, filesConfig } from '../e2e/bulk-update-helpers.js';
import { seedCommits } from '../e2e/release-helpers.js';
import { seededRandom } from '../support/seeded-random.js';
import {
  archiveInvariants,
  bulkUpdateInvariants,
  duplicateInvariants,
  latestVersion,
  releaseInvariants,
} from './invariants.js';

/** What a chaos round runs against. */
export interface ChaosConfig {
  /** Repositories in the demo organization. */
  repos: number;
  /** Repositories bulk-update targets in a round. */
  targets: number;
  /** Share of requests answered with a fault. */
  faultRate: number;
  kinds: FaultKind[];
  /** Chance that a run of a killable action is SIGKILLed at a seeded line of its output. */
  killChance: number;
  /** Attempts of one action before it counts as failed (the first plus re-runs). */
  maxAttempts: number;
  /** The emulator's secondary rate limit (GitHub's: 80 per minute, 500 per hour for content creation). */
  secondaryLimit: { perMinute: number; perHour: number };
}

/** The figures of one round. */
export interface RoundResult {
  seed: number;
  /** Requests the emulator answered (or faulted). */
  requests: number;
  faults: number;
  kills: number;
  reruns: number;
  /** Action runs that succeeded on their first attempt, and in the end (after re-runs). */
  runs: number;
  firstTry: number;
  succeeded: number;
  secondaryHits: number;
  violations: string[];
  failures: string[];
  ms: number;
}

const BRANCH = 'moko/chaos';
/** Actions whose runs the round kills at random points. */
const KILLABLE = new Set(['bulk-update', 'release', 'health-check', 'audit-archive']);

interface Attempted {
  final: ActionRun;
  attempts: number;
  kills: number;
  firstOk: boolean;
}

/** Runs one round from `seed`: the same seed draws the same targets, kill points and fault sequence. */
export async function runRound(seed: number, cfg: ChaosConfig): Promise<RoundResult> {
  const started = Date.now();
  const random = seededRandom(seed);
  const em: Emulator = await startEmulator({
    repos: cfg.repos,
    seed,
    faults: { rate: 0, seed, kinds: cfg.kinds },
    secondaryLimit: cfg.secondaryLimit,
  });
  const result: RoundResult = {
    seed,
    requests: 0,
    faults: 0,
    kills: 0,
    reruns: 0,
    runs: 0,
    firstTry: 0,
    succeeded: 0,
    secondaryHits: 0,
    violations: [],
    failures: [],
    ms: 0,
  };
  try {
    const owner = 'moko-demo';
    const candidates = em.state.reposOf(owner).filter((r) => !r.archived && !r.fork);
    const caller = candidates[0]!;
    const pool = candidates.slice(1).map((r) => r.name);
    const targets: string[] = [];
    while (targets.length < Math.min(cfg.targets, pool.length)) {
      const pick = pool[Math.floor(random() * pool.length)]!;
      if (!targets.includes(pick)) targets.push(pick);
    }
    seedCommits(em, owner, caller.name, [`feat: chaos round ${seed}`, `fix: settle round ${seed}`]);
    const floor = latestVersion(em, owner, caller.name);
    await fetch(`${em.url}/rate_limit`, { headers: { authorization: 'token ghs_emulator' } }); // load the description
    em.setFaultRate(cfg.faultRate);
    const base = { emulator: em, repository: `${owner}/${caller.name}` };
    let runIdSeq = 90_000 + seed * 10;

    const attempt = async (action: string, opts: Omit<RunActionOptions, 'action'>): Promise<Attempted> => {
      const runId = runIdSeq++;
      const killAt = KILLABLE.has(action) && random() < cfg.killChance ? 2 + Math.floor(random() * 30) : undefined;
      let kills = 0;
      let final: ActionRun | undefined;
      let firstOk = false;
      let n = 0;
      for (n = 1; n <= cfg.maxAttempts; n++) {
        let lines = 0;
        const killOn = n === 1 && killAt !== undefined ? () => ++lines === killAt : undefined;
        // A re-run is a new attempt of the same run on a fresh runner (new RUNNER_TEMP).
        final = await runAction({ ...base, ...opts, action, runId, runAttempt: n, ...(killOn ? { killOn } : {}) });
        if (final.killed) kills++;
        const leaks = leakedSecrets(final);
        if (leaks.length > 0) result.violations.push(`${action}: secret in clear in attempt ${n}`);
        if (final.conclusion === 'success') {
          firstOk = n === 1;
          break;
        }
      }
      result.runs++;
      result.kills += kills;
      result.reruns += Math.min(n, cfg.maxAttempts) - 1;
      if (firstOk) result.firstTry++;
      if (final?.conclusion === 'success') result.succeeded++;
      else result.failures.push(`${action}: failed ${cfg.maxAttempts} attempts: ${lastError(final)}`);
      return { final: final!, attempts: n, kills, firstOk };
    };

    const bulkWs = await bulkWorkspace(
      filesConfig(targets, { delivery: { branch: BRANCH, labels: ['standards'] }, pacing: pacing(cfg) }),
    );
    const bulk = await attempt('bulk-update', { workspace: bulkWs });
    if (bulk.final.conclusion === 'success')
      result.violations.push(...bulkUpdateInvariants(em, owner, targets, BRANCH));

    const sha = em.state.git(caller).resolveCommit(caller.default_branch)!;
    await attempt('release', { sha, inputs: { 'major-tag': false } });
    result.violations.push(...releaseInvariants(em, owner, caller.name, floor));

    await attempt('health-check', { inputs: { 'fail-on': 'none', checks: 'api,token,compliance' } });

    const metricsWs = await makeWorkspace({ 'README.md': '# metrics\n' });
    const m1 = await attempt('metrics-collect', { workspace: metricsWs, inputs: { organization: owner } });
    const m2 = await attempt('metrics-collect', { workspace: metricsWs, inputs: { organization: owner } });
    result.violations.push(...metricsAgree(em, owner, m1.final, m2.final));

    const scanWs = await makeWorkspace({ 'src/app.js': 'eval(process.argv[2]);\n' }, { git: true });
    await attempt('security-scan', { workspace: scanWs, inputs: { 'fail-on': 'none' } });

    const archiveRun = runIdSeq;
    const archived = await attempt('audit-archive', {});
    if (archived.final.conclusion === 'success')
      result.violations.push(...archiveInvariants(em, owner, caller.name, archiveRun));

    result.violations.push(...duplicateInvariants(em, owner));
    result.requests = em.requests.length;
    result.faults = em.requests.filter((r) => r.fault).length;
    result.secondaryHits = em.secondaryLimitHits();
  } finally {
    await em.close();
    result.ms = Date.now() - started;
  }
  return result;
}

function pacing(cfg: ChaosConfig) {
  // Stay under the emulator's secondary budget, as the documentation asks of integrators.
  return {
    perMinute: Math.floor(cfg.secondaryLimit.perMinute * 0.8),
    perHour: cfg.secondaryLimit.perHour,
    concurrency: 2,
  };
}

function lastError(run: ActionRun | undefined): string {
  if (!run) return 'never ran';
  const error = run.annotations.find((a) => a.level === 'error');
  return (error?.message ?? (run.killed ? 'killed' : `exit ${run.exitCode}`)).slice(0, 200);
}

/** A re-run of metrics-collect agrees with the first run and with the state. */
function metricsAgree(em: Emulator, owner: string, a: ActionRun, b: ActionRun): string[] {
  if (a.conclusion !== 'success' || b.conclusion !== 'success') return [];
  const out: string[] = [];
  const expected = String(em.state.reposOf(owner).length);
  if (a.outputs.repositories !== b.outputs.repositories)
    out.push(
      `metrics-collect: re-run measured ${b.outputs.repositories} repositories, first run ${a.outputs.repositories}`,
    );
  if (b.outputs.repositories !== expected)
    out.push(`metrics-collect: measured ${b.outputs.repositories} repositories, the organization has ${expected}`);
  const totals = (run: ActionRun) => {
    const file = run.outputs['json-file'];
    if (!file) return undefined;
    const json = JSON.parse(readFileSync(join(run.workspace, file), 'utf8')) as { totals?: unknown };
    return JSON.stringify(json.totals);
  };
  if (totals(a) !== totals(b)) out.push('metrics-collect: the re-run totals differ from the first run');
  return out;
}
