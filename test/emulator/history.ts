import { createHash } from 'node:crypto';
import { seededRandom } from '../support/seeded-random.js';
import type { AlertSeverity, PullRecord, RepoRecord, RunRecord, WorkflowRecord } from './model.js';
import type { EmulatorState } from './state.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Options of {@link seedHistory}. */
export interface HistoryOptions {
  /** Days of history before the clock's now. Default 28. */
  days?: number;
  seed?: number;
}

/** How active a repository is: most of an organization is quiet on any given day. */
type Activity = 'dormant' | 'steady' | 'busy';

/** Per-repository generator state that must carry over from one simulated day to the next. */
interface RepoHistory {
  activity: Activity;
  nightly?: WorkflowRecord;
  deploy?: WorkflowRecord;
  ci: WorkflowRecord;
  nightlyFailing: boolean;
  runNumbers: Map<number, number>;
  releases: number;
}

/** Events planned for later than the day that produced them (a merge two days after opening). */
interface Pending {
  at: number;
  apply: () => void;
}

const histories = new WeakMap<RepoRecord, RepoHistory>();
const pendingOf = new WeakMap<EmulatorState, Pending[]>();
const generatedUntil = new WeakMap<EmulatorState, number>();
const seeds = new WeakMap<EmulatorState, number>();

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function hashSeed(...parts: (string | number)[]): number {
  return createHash('sha1').update(parts.join(':')).digest().readUInt32LE(0);
}

function sha(...parts: (string | number)[]): string {
  return createHash('sha1').update(parts.join(':')).digest('hex');
}

function pick<T>(random: () => number, weighted: [T, number][]): T {
  let r = random() * weighted.reduce((n, [, w]) => n + w, 0);
  for (const [v, w] of weighted) {
    r -= w;
    if (r <= 0) return v;
  }
  return weighted[weighted.length - 1]![0];
}

/** Poisson-ish count with mean `mean` (sum of Bernoulli trials; enough for a data set). */
function count(random: () => number, mean: number): number {
  let n = 0;
  for (let k = 0; k < Math.ceil(mean * 3); k++) if (random() < mean / Math.ceil(mean * 3)) n++;
  return n;
}

function workflow(state: EmulatorState, repo: RepoRecord, name: string, path: string): WorkflowRecord {
  const id = state.nextId();
  const w: WorkflowRecord = {
    id,
    node_id: state.nodeId('W', id),
    name,
    path,
    state: 'active',
    created_at: repo.created_at,
    updated_at: repo.created_at,
  };
  repo.workflows.push(w);
  return w;
}

function historyOf(state: EmulatorState, repo: RepoRecord, seed: number): RepoHistory {
  let h = histories.get(repo);
  if (h) return h;
  const random = seededRandom(hashSeed(seed, repo.name, 'profile'));
  const activity = pick<Activity>(random, [
    ['dormant', 50],
    ['steady', 35],
    ['busy', 15],
  ]);
  const ci = repo.workflows.find((w) => w.name === 'CI') ?? workflow(state, repo, 'CI', '.github/workflows/ci.yml');
  h = { activity, ci, nightlyFailing: false, runNumbers: new Map(), releases: 0 };
  if (random() < 0.25) h.nightly = workflow(state, repo, 'Nightly', '.github/workflows/nightly.yml');
  if (activity !== 'dormant' && random() < 0.35)
    h.deploy = workflow(state, repo, 'Deploy', '.github/workflows/deploy.yml');
  for (const r of repo.runs)
    h.runNumbers.set(r.workflow_id, Math.max(h.runNumbers.get(r.workflow_id) ?? 0, r.run_number));
  histories.set(repo, h);
  repo.deployments ??= [];
  repo.alerts ??= { dependabot: [], codeScanning: [], secretScanning: [] };
  return h;
}

function addRun(
  state: EmulatorState,
  repo: RepoRecord,
  h: RepoHistory,
  w: WorkflowRecord,
  f: { event: string; at: number; queueMs: number; durationMs: number; conclusion: string; branch: string },
): RunRecord {
  const id = state.nextId();
  const n = (h.runNumbers.get(w.id) ?? 0) + 1;
  h.runNumbers.set(w.id, n);
  const run: RunRecord = {
    id,
    node_id: state.nodeId('WFR', id),
    workflow_id: w.id,
    name: w.name,
    run_number: n,
    run_attempt: 1,
    event: f.event,
    status: 'completed',
    conclusion: f.conclusion,
    head_branch: f.branch,
    head_sha: sha(repo.name, w.id, n),
    actor: f.event === 'schedule' ? 'moko-bot' : 'moko-dev',
    created_at: iso(f.at),
    run_started_at: iso(f.at + f.queueMs),
    updated_at: iso(f.at + f.queueMs + f.durationMs),
  };
  repo.runs.push(run);
  w.updated_at = run.updated_at;
  return run;
}

function addPullRequest(
  state: EmulatorState,
  repo: RepoRecord,
  random: () => number,
  at: number,
  pending: Pending[],
): void {
  const id = state.nextId();
  const revert = random() < 0.04;
  const number = repo.nextNumber++;
  const firstCommit = at - Math.floor((1 + random() * 47) * HOUR);
  const pull: PullRecord = {
    id,
    node_id: state.nodeId('PR', id),
    number,
    title: revert ? `Revert "Change ${number - 1}"` : `Change ${number} in ${repo.name}`,
    body: 'Generated pull request.',
    state: 'open',
    labels: [],
    assignees: [],
    user: 'moko-dev',
    created_at: iso(at),
    updated_at: iso(at),
    closed_at: null,
    head: `feature/change-${number}`,
    base: repo.default_branch,
    head_sha: sha(repo.name, 'pr', number),
    draft: false,
    merged: false,
    merged_at: null,
    merge_commit_sha: null,
    requested_reviewers: [],
    requested_teams: [],
    reviews: [],
    auto_merge: null,
    maintainer_can_modify: true,
    commits: [
      { oid: sha(repo.name, 'pr', number, 1), authored_at: iso(firstCommit) },
      { oid: sha(repo.name, 'pr', number), authored_at: iso(at - MINUTE) },
    ],
  };
  repo.pulls.push(pull);
  if (random() < 0.8) {
    const reviewAt = at + Math.floor((10 + random() * 1430) * MINUTE);
    pending.push({
      at: reviewAt,
      apply: () => {
        const rid = state.nextId();
        pull.reviews.push({
          id: rid,
          node_id: state.nodeId('PRR', rid),
          user: 'octo-reviewer',
          body: 'Looks good.',
          state: 'APPROVED',
          commit_id: pull.head_sha,
          submitted_at: iso(reviewAt),
        });
        pull.updated_at = iso(reviewAt);
      },
    });
  }
  const fate = random();
  if (fate < 0.9) {
    const closeAt = at + Math.floor((2 + random() * 70) * HOUR);
    const merged = fate < 0.82;
    pending.push({
      at: closeAt,
      apply: () => {
        pull.state = 'closed';
        pull.closed_at = iso(closeAt);
        pull.updated_at = iso(closeAt);
        if (merged) {
          pull.merged = true;
          pull.merged_at = iso(closeAt);
          pull.merge_commit_sha = sha(repo.name, 'merge', number);
          repo.pushed_at = iso(Math.max(Date.parse(repo.pushed_at), closeAt));
        }
      },
    });
  }
}

function addIssue(state: EmulatorState, repo: RepoRecord, random: () => number, at: number, pending: Pending[]): void {
  const id = state.nextId();
  const issue = {
    id,
    node_id: state.nodeId('I', id),
    number: repo.nextNumber++,
    title: `Report ${repo.nextNumber - 1} in ${repo.name}`,
    body: 'Generated issue.',
    state: 'open' as 'open' | 'closed',
    state_reason: null as string | null,
    labels: random() < 0.5 ? ['bug'] : [],
    assignees: [],
    user: 'alice',
    created_at: iso(at),
    updated_at: iso(at),
    closed_at: null as string | null,
  };
  repo.issues.push(issue);
  if (random() < 0.6) {
    const closeAt = at + Math.floor((0.5 + random() * 20) * DAY);
    pending.push({
      at: closeAt,
      apply: () => {
        issue.state = 'closed';
        issue.state_reason = 'completed';
        issue.closed_at = iso(closeAt);
        issue.updated_at = iso(closeAt);
      },
    });
  }
}

function deploy(state: EmulatorState, repo: RepoRecord, h: RepoHistory, random: () => number, at: number): void {
  h.releases++;
  const tag = `v1.${h.releases}.0`;
  const rid = state.nextId();
  repo.releases.push({
    id: rid,
    node_id: state.nodeId('RE', rid),
    tag_name: tag,
    target_commitish: repo.default_branch,
    name: tag,
    body: 'Generated release.',
    draft: false,
    prerelease: false,
    immutable: repo.immutableReleases,
    created_at: iso(at),
    published_at: iso(at),
    updated_at: iso(at),
    author: 'moko-bot',
    assets: [],
  });
  const failed = random() < 0.12;
  const id = state.nextId();
  const sid = state.nextId();
  const doneAt = at + Math.floor((3 + random() * 12) * MINUTE);
  repo.deployments!.push({
    id,
    node_id: state.nodeId('DE', id),
    sha: sha(repo.name, 'deploy', id),
    ref: tag,
    task: 'deploy',
    environment: 'production',
    creator: 'moko-bot',
    created_at: iso(at),
    updated_at: iso(doneAt),
    statuses: [
      {
        id: sid,
        node_id: state.nodeId('DES', sid),
        state: failed ? 'failure' : 'success',
        description: failed ? 'Smoke tests failed' : 'Deployed',
        creator: 'moko-bot',
        created_at: iso(doneAt),
      },
    ],
  });
  addRun(state, repo, h, h.deploy!, {
    event: 'release',
    at,
    queueMs: 5_000,
    durationMs: doneAt - at - 5_000,
    conclusion: failed ? 'failure' : 'success',
    branch: tag,
  });
}

const SEVERITIES: [AlertSeverity, number][] = [
  ['low', 30],
  ['medium', 40],
  ['high', 22],
  ['critical', 8],
];

function addAlerts(repo: RepoRecord, random: () => number, at: number): void {
  const alerts = repo.alerts!;
  if (random() < 0.05) {
    const severity = pick(random, SEVERITIES);
    alerts.dependabot.push({
      number: alerts.dependabot.length + 1,
      state: 'open',
      severity,
      package: pick(random, [
        ['lodash', 1],
        ['minimist', 1],
        ['requests', 1],
        ['jackson-databind', 1],
      ]),
      ecosystem: 'npm',
      manifest: 'package-lock.json',
      ghsa: `GHSA-${sha(repo.name, at).slice(0, 4)}-${sha(at).slice(0, 4)}-${sha(repo.name).slice(0, 4)}`,
      created_at: iso(at),
      updated_at: iso(at),
      closed_at: null,
    });
  }
  if (random() < 0.02) {
    const security = pick(random, SEVERITIES);
    alerts.codeScanning.push({
      number: alerts.codeScanning.length + 1,
      state: 'open',
      rule: pick(random, [
        ['js/sql-injection', 1],
        ['js/path-injection', 1],
        ['py/command-line-injection', 1],
      ]),
      severity: security === 'low' ? 'note' : security === 'medium' ? 'warning' : 'error',
      security_severity: security,
      tool: 'CodeQL',
      created_at: iso(at),
      updated_at: iso(at),
      closed_at: null,
    });
  }
  if (random() < 0.003) {
    alerts.secretScanning.push({
      number: alerts.secretScanning.length + 1,
      state: 'open',
      secret_type: 'github_personal_access_token',
      secret_type_display_name: 'GitHub Personal Access Token',
      created_at: iso(at),
      updated_at: iso(at),
      closed_at: null,
    });
  }
}

/** One simulated UTC day of one repository: pushes and their CI runs, the nightly, PRs, issues, a release. */
function simulateDay(state: EmulatorState, repo: RepoRecord, seed: number, day: number, pending: Pending[]): void {
  const h = historyOf(state, repo, seed);
  const random = seededRandom(hashSeed(seed, repo.name, day));
  const start = day * DAY;
  if (h.nightly && h.nightly.state === 'active') {
    const failed = h.nightlyFailing ? random() < 0.45 : random() < 0.08;
    h.nightlyFailing = failed;
    addRun(state, repo, h, h.nightly, {
      event: 'schedule',
      at: start + 3 * HOUR + Math.floor(random() * 20 * MINUTE),
      queueMs: Math.floor((5 + random() * 120) * 1000),
      durationMs: Math.floor((4 + random() * 20) * MINUTE),
      conclusion: failed ? 'failure' : 'success',
      branch: repo.default_branch,
    });
  }
  addAlerts(repo, random, start + Math.floor(random() * DAY));
  if (repo.archived || h.activity === 'dormant') return;
  const busy = h.activity === 'busy';
  const pushes = count(random, busy ? 3 : 0.5);
  for (let k = 0; k < pushes; k++) {
    const at = start + Math.floor((8 + random() * 10) * HOUR);
    addRun(state, repo, h, h.ci, {
      event: random() < 0.6 ? 'pull_request' : 'push',
      at,
      queueMs: Math.floor((2 + random() * (random() < 0.1 ? 600 : 40)) * 1000),
      durationMs: Math.floor((1 + random() * 14) * MINUTE),
      conclusion: pick(random, [
        ['success', 86],
        ['failure', 11],
        ['cancelled', 3],
      ]),
      branch: random() < 0.5 ? repo.default_branch : 'feature/work',
    });
    repo.pushed_at = iso(Math.max(Date.parse(repo.pushed_at), at));
  }
  for (let k = count(random, busy ? 1 : 0.2); k > 0; k--)
    addPullRequest(state, repo, random, start + Math.floor((8 + random() * 10) * HOUR), pending);
  for (let k = count(random, busy ? 0.5 : 0.1); k > 0; k--)
    addIssue(state, repo, random, start + Math.floor(random() * DAY), pending);
  if (h.deploy && random() < (busy ? 0.35 : 0.12)) deploy(state, repo, h, random, start + 14 * HOUR);
}

/**
 * Generated delivery history in the `days` before the clock's now: workflow runs (CI on pushes,
 * a nightly schedule on ~25% of repositories with failure streaks, deploys), pull requests with
 * reviews and commits, issues, releases, deployments with statuses, and security alerts. Deterministic
 * from the seed and the repository name, one day at a time, so {@link extendHistory} can add the
 * next days after the clock moves, as a daily collection would see them.
 */
export function seedHistory(state: EmulatorState, opts: HistoryOptions = {}): void {
  const now = state.clock.now();
  const days = opts.days ?? 28;
  generatedUntil.set(state, (Math.floor(now / DAY) - days) * DAY);
  seeds.set(state, opts.seed ?? 1);
  extendHistory(state);
}

/**
 * Adds the history of the whole UTC days between the last generated one and the clock's now (after
 * the clock moved). The day in progress is generated once it is over, so a test that collects, moves
 * the clock and extends should move it from midnight to midnight: otherwise the extension adds events
 * dated before the earlier collection, which GitHub never does.
 */
export function extendHistory(state: EmulatorState): void {
  const seed = seeds.get(state) ?? 1;
  const now = state.clock.now();
  const from = generatedUntil.get(state) ?? now;
  const pending = pendingOf.get(state) ?? [];
  pendingOf.set(state, pending);
  const repos = [...state.orgs.keys()].flatMap((o) => state.reposOf(o));
  // Whole UTC days only: the day in progress is generated once it is over.
  for (let day = Math.floor(from / DAY); (day + 1) * DAY <= now; day++) {
    for (const repo of repos) simulateDay(state, repo, seed, day, pending);
  }
  pending.sort((a, b) => a.at - b.at);
  while (pending.length > 0 && pending[0]!.at <= now) pending.shift()!.apply();
  generatedUntil.set(state, Math.max(from, Math.floor(now / DAY) * DAY));
}
