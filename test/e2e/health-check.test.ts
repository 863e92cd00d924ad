import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPushgateway, type TestPushgateway } from '../support/prometheus-tools.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import type { RepoRecord } from '../emulator/model.js';
import { cleanup, leakedSecrets, runAction } from '../harness/index.js';

const SETUP_TOKEN = 'ghs_test_setup'; // its own rate-limit bucket, so setup does not move the action's numbers
const NIGHTLY =
  "name: Nightly\non:\n  schedule:\n    - cron: '0 3 * * *'\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n";

describe('health-check bundle', () => {
  let emulator: Emulator;
  let repos: RepoRecord[];
  beforeAll(async () => {
    emulator = await startEmulator({ repos: 6, seed: 3 });
    emulator.addToken(SETUP_TOKEN, { repos: '*', permission: 'admin' });
  });
  afterEach(() => {
    // A request GitHub would refuse is a bug in the action, even when the action coped with the answer.
    expect(emulator.violations).toEqual([]);
    emulator.reset();
  });
  afterAll(async () => {
    await emulator.close();
    await cleanup();
  });

  /** Commits a file to a repository's default branch through the REST contents API, as a user would. */
  async function putFile(repo: RepoRecord, path: string, content: string): Promise<void> {
    const url = `${emulator.url}/repos/${repo.owner}/${repo.name}/contents/${path}`;
    const headers = { authorization: `token ${SETUP_TOKEN}`, 'content-type': 'application/json' };
    const existing = await fetch(url, { headers });
    const sha = existing.ok ? ((await existing.json()) as { sha: string }).sha : undefined;
    const res = await fetch(url, {
      method: 'PUT',
      headers,
      body: JSON.stringify({
        message: `add ${path}`,
        content: Buffer.from(content).toString('base64'),
        ...(sha ? { sha } : {}),
      }),
    });
    expect(res.ok).toBe(true);
  }

  /** Registers the workflow GitHub would know for a file, with scheduled runs ending as `conclusions` (newest first), in `s`. */
  function addScheduledWorkflow(
    repo: RepoRecord,
    path: string,
    state: 'active' | 'disabled_inactivity',
    conclusions: string[],
    s = emulator.state,
  ) {
    // A file pushed through the contents API is registered already, as on GitHub: reuse its record.
    const registered = repo.workflows.find((w) => w.path === path);
    const id = registered?.id ?? s.nextId();
    if (registered) registered.state = state;
    else
      repo.workflows.push({
        id,
        node_id: s.nodeId('W', id),
        name: 'Nightly',
        path,
        state,
        created_at: s.now(),
        updated_at: s.now(),
      });
    // Ids grow with time, and GitHub lists runs newest first: create the oldest first.
    [...conclusions].reverse().forEach((conclusion, n) => {
      const runId = s.nextId();
      repo.runs.push({
        id: runId,
        node_id: s.nodeId('WFR', runId),
        workflow_id: id,
        name: 'Nightly',
        run_number: n + 1,
        run_attempt: 1,
        event: 'schedule',
        status: 'completed',
        conclusion,
        head_branch: repo.default_branch,
        head_sha: 'a'.repeat(40),
        actor: 'moko-bot',
        created_at: s.now(),
        updated_at: s.now(),
      });
    });
  }

  const current = () => {
    repos = [...emulator.state.repos.values()].filter((r) => !r.archived);
    return repos;
  };

  it('reports a compliant repository healthy, reading only, in four requests', async () => {
    const [repo] = current();
    for (const f of ['SECURITY.md', '.github/CODEOWNERS', '.github/dependabot.yml']) await putFile(repo!, f, 'x\n');
    const run = await runAction({
      action: 'health-check',
      emulator,
      repository: `${repo!.owner}/${repo!.name}`,
      inputs: { compliance: 'required-files' },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({
      status: 'healthy',
      findings: '0',
      critical: '0',
      high: '0',
      medium: '0',
      low: '0',
      'rate-limit-remaining': expect.stringMatching(/^49\d\d$/),
      'report-file': expect.stringMatching(/\/health-check\/report\.json$/),
      'badge-file': expect.stringMatching(/\/health-check\/health\.svg$/),
      issues: '',
    });
    expect(run.annotations).toEqual([]);
    // The checks of a phase run concurrently, so compare the requests as a set.
    expect(run.requests.map((r) => `${r.method} ${r.route}`).sort()).toEqual([
      'GET /installation/repositories',
      'GET /rate_limit',
      'GET /rate_limit',
      'POST /graphql',
    ]);
    expect(run.summary).toContain('✅ **healthy**');
    expect(run.summary).toMatch(/\| `compliance` \| ✅ healthy \| 0 \| 1 of 1 repository compliant \(required-files\)/);
    expect(run.summary).toContain(
      `| \`rate-limit\` | ✅ healthy | 0 | core ${run.outputs['rate-limit-remaining']}/5000, graphql 4999/5000, search 5000/5000 |`,
    );
    expect(leakedSecrets(run)).toEqual([]);
  });

  it('checks an organization: scheduled workflows disabled or failing, REST only where schedules exist', async () => {
    const [a, b, c] = current();
    await putFile(a!, '.github/workflows/nightly.yml', NIGHTLY);
    await putFile(b!, '.github/workflows/nightly.yml', NIGHTLY);
    await putFile(c!, '.github/workflows/nightly.yml', NIGHTLY);
    addScheduledWorkflow(a!, '.github/workflows/nightly.yml', 'disabled_inactivity', []);
    addScheduledWorkflow(b!, '.github/workflows/nightly.yml', 'active', ['failure', 'failure', 'success']);
    addScheduledWorkflow(c!, '.github/workflows/nightly.yml', 'active', ['success', 'failure']);
    const run = await runAction({
      action: 'health-check',
      emulator,
      inputs: { organization: 'moko-demo', checks: 'schedule', 'fail-on': 'medium' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'degraded', findings: '2', medium: '2' });
    expect(
      run.annotations
        .filter((x) => x.title)
        .map((x) => `${x.level} ${x.title}`)
        .sort(),
    ).toEqual(['warning health/schedule/disabled-inactivity (medium)', 'warning health/schedule/failing (medium)']);
    const failing = run.annotations.find((x) => x.title?.startsWith('health/schedule/failing'));
    expect(failing?.message).toContain(
      `moko-demo/${b!.name}: Nightly (.github/workflows/nightly.yml, 0 3 * * *): the latest scheduled run ended with failure`,
    );
    expect(failing?.message).toContain('2 scheduled runs in a row failed.');
    const rest = run.requests
      .filter((r) => r.route !== '/graphql')
      .map((r) => r.path.replace(/\/\d+\/runs/, '/ID/runs'));
    expect(rest.sort()).toEqual(
      [
        '/rate_limit',
        `/repos/moko-demo/${a!.name}/actions/workflows?per_page=100`,
        `/repos/moko-demo/${b!.name}/actions/workflows?per_page=100`,
        `/repos/moko-demo/${b!.name}/actions/workflows/ID/runs?event=schedule&per_page=10`,
        `/repos/moko-demo/${c!.name}/actions/workflows?per_page=100`,
        `/repos/moko-demo/${c!.name}/actions/workflows/ID/runs?event=schedule&per_page=10`,
      ].sort(),
    );
    expect(run.requests.filter((r) => r.route === '/graphql')).toHaveLength(1);
    expect(run.stdout).toContain('::error::health-check: degraded: 2 finding(s) at or above fail-on: medium');
  });

  it('warns (degraded, not failing) at the threshold, and reports what is left', async () => {
    const run = await runAction({
      action: 'health-check',
      emulator,
      inputs: { checks: 'rate-limit', 'rate-limit-threshold': 99 },
    });
    expect(run.exitCode).toBe(0);
    // Nothing spent core requests before the read: the run's probe is the read.
    expect(run.outputs).toMatchObject({ status: 'healthy', findings: '0', 'rate-limit-remaining': '5000' });
    const spent = await runAction({
      action: 'health-check',
      emulator,
      inputs: { checks: 'token, rate-limit', 'rate-limit-threshold': 100 },
    });
    // At the threshold: a warning (medium) per resource, not a failure at fail-on: high.
    expect(spent.exitCode).toBe(0);
    // The token check read GET /installation/repositories: one core request, seen by the second read.
    expect(spent.outputs).toMatchObject({ status: 'degraded', medium: '3', high: '0', 'rate-limit-remaining': '4999' });
    expect(spent.annotations.filter((a) => a.title).map((a) => a.title)).toEqual([
      'health/rate-limit/low (medium)',
      'health/rate-limit/low (medium)',
      'health/rate-limit/low (medium)',
    ]);
  });

  it('reports an exhausted rate limit instead of waiting for its reset', async () => {
    const limited = await startEmulator({ repos: 3, seed: 3, rateLimit: { limit: 1, resetMs: 3_600_000 } });
    try {
      const repo = [...limited.state.repos.values()].find((r) => !r.archived)!;
      const s = limited.state;
      addScheduledWorkflow(repo, '.github/workflows/nightly.yml', 'active', [], s);
      // Committed straight into the emulator's git: a contents PUT would spend the one request allowed.
      const git = s.git(repo);
      const ref = `refs/heads/${repo.default_branch}`;
      const author = { name: 'moko-dev', email: 'dev@example.com', date: s.now() };
      const changes = [{ path: '.github/workflows/nightly.yml', data: Buffer.from(NIGHTLY) }];
      git.refs.set(ref, git.commitChanges(git.refs.get(ref), changes, { message: 'nightly', author }));
      const run = await runAction({
        action: 'health-check',
        emulator: limited,
        repository: `${repo.owner}/${repo.name}`,
        inputs: { checks: 'schedule, rate-limit', 'fail-on': 'none' },
      });
      expect(run.exitCode).toBe(0);
      expect(run.outputs).toMatchObject({
        status: 'unhealthy',
        critical: '2',
        medium: '1',
        'rate-limit-remaining': '0',
      });
      expect(run.stdout).toMatch(/rate limit on GET .*runs.*: the wait of \d+ s exceeds 60 s; giving up\./);
      const titles = run.annotations.filter((a) => a.title).map((a) => a.title);
      expect(titles).toEqual([
        'health/rate-limit/exhausted (critical)',
        'health/rate-limit/exhausted (critical)',
        'health/schedule/unreadable (medium)',
      ]);
      expect(limited.violations).toEqual([]);
    } finally {
      await limited.close();
    }
  });

  it('reports a rejected token as critical and still writes the summary', async () => {
    const run = await runAction({ action: 'health-check', emulator, token: 'ghp_revokedRevokedRevoked00' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ status: 'unhealthy', critical: '1' });
    expect(run.summary).toMatch(
      /\| `token` \| ❌ unhealthy \| 1 \| classic personal access token: rejected \(401\) \|/,
    );
    expect(run.summary).toContain('| `api` | ✅ healthy |');
    expect(run.annotations.filter((a) => a.level === 'error' && a.title).map((a) => a.title)).toEqual([
      'health/token/invalid (critical)',
      'health/schedule/error (high)',
      'health/compliance/error (high)',
    ]);
    expect(leakedSecrets(run)).toEqual([]);
  });

  it('rejects an unknown check and a threshold out of range, naming the input', async () => {
    const unknown = await runAction({ action: 'health-check', emulator, inputs: { checks: 'api, nope' } });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stdout).toContain(
      '::error::health-check: Input \'checks\' has invalid value "api, nope": expected a comma-separated subset of api, token, permissions, rate-limit, circuit-breaker, schedule, compliance',
    );
    const range = await runAction({ action: 'health-check', emulator, inputs: { 'rate-limit-threshold': 101 } });
    expect(range.exitCode).toBe(1);
    expect(range.stdout).toContain(
      'Input \'rate-limit-threshold\' has invalid value "101": expected a whole number from 0 to 100',
    );
    expect(unknown.requests).toEqual([]);
  });

  describe('with a Pushgateway', () => {
    let gateway: TestPushgateway;
    beforeAll(async () => {
      gateway = await startPushgateway();
    });
    afterAll(async () => {
      await gateway.stop();
    });

    it('pushes the health gauges under job health-check/<owner>/<repo>, and not in dry-run', async () => {
      const [repo] = current();
      const job = `health-check/${repo!.owner}/${repo!.name}`;
      const dry = await runAction({
        action: 'health-check',
        emulator,
        repository: `${repo!.owner}/${repo!.name}`,
        inputs: { checks: 'api, rate-limit', 'pushgateway-url': gateway.url, 'dry-run': true },
      });
      expect(dry.exitCode).toBe(0);
      expect(dry.stdout).toContain('Dry run: health gauges not pushed to the Pushgateway.');
      expect(await gateway.scrape()).not.toContain(`job="${job}"`);
      const run = await runAction({
        action: 'health-check',
        emulator,
        repository: `${repo!.owner}/${repo!.name}`,
        inputs: { checks: 'api, rate-limit', 'pushgateway-url': gateway.url },
      });
      expect(run.exitCode).toBe(0);
      const scraped = await gateway.scrape();
      expect(scraped).toContain(
        `moko_health_check_status{action="health-check",check="api",instance="",job="${job}"} 0`,
      );
      expect(scraped).toContain(`moko_health_status{action="health-check",instance="",job="${job}"} 0`);
      expect(scraped).toContain(
        `moko_health_rate_limit_remaining{action="health-check",instance="",job="${job}",resource="core"} 5000`,
      );
    });
  });
});
