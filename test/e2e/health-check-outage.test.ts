import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../emulator/index.js';
import { cleanup, runAction } from '../harness/index.js';

/** The bound the issue sets: an outage is reported unhealthy within 15 s, with its cause. */
const OUTAGE_BOUND_MS = 15_000;

describe('health-check during an API outage', () => {
  afterAll(async () => {
    await cleanup();
  });

  it('reports unhealthy within the bound, names host and error code, and claims nothing it could not check', async () => {
    // A server that accepted connections and then went away: every connection is refused.
    const gone = await startEmulator({ repos: 1, seed: 3 });
    const url = gone.url;
    await gone.close();
    const started = Date.now();
    const run = await runAction({
      action: 'health-check',
      emulator: { url, graphqlUrl: `${url}/graphql`, resultsUrl: url, requests: [] },
      repository: 'moko-demo/anything',
      inputs: { 'fail-on': 'none', 'badge-dir': '' },
      timeoutMs: 60_000,
    });
    const elapsed = Date.now() - started;
    expect(run.outputs.status).toBe('unhealthy');
    expect(elapsed).toBeLessThan(OUTAGE_BOUND_MS);
    const host = new URL(url).host;
    expect(run.summary).toMatch(
      new RegExp(`\\| \`api\` \\| ❌ unhealthy \\| 1 \\| unreachable: ${host.replace('.', '\\.')} ECONNREFUSED`),
    );
    // No row says healthy: the checks that need the API say they were not checked.
    for (const check of ['token', 'permissions', 'rate-limit', 'schedule', 'compliance']) {
      expect(run.summary).toMatch(new RegExp(`\\| \`${check}\` \\| ⏭️ not checked \\|`));
    }
    expect(run.summary).toContain('5 checks not checked (see why below).');
    // The circuit-breaker self-test needs no network and still runs.
    expect(run.summary).toMatch(/\| `circuit-breaker` \| (✅ healthy|⚠️ degraded|❌ unhealthy) \|/);
    expect(run.summary).not.toMatch(/\| `(token|rate-limit|schedule|compliance|permissions)` \| ✅/);
  }, 90_000);

  it('reports a GitHub answering 503 to everything unhealthy within the bound', async () => {
    const failing = await startEmulator({ repos: 1, seed: 3, faults: { rate: 1, kinds: ['503'] } });
    try {
      const repo = [...failing.state.repos.values()][0]!;
      const started = Date.now();
      const run = await runAction({
        action: 'health-check',
        emulator: failing,
        repository: `${repo.owner}/${repo.name}`,
        inputs: { 'fail-on': 'none', 'badge-dir': '' },
        timeoutMs: 60_000,
      });
      expect(Date.now() - started).toBeLessThan(OUTAGE_BOUND_MS);
      expect(run.outputs.status).toBe('unhealthy');
      expect(run.summary).toMatch(/\| `api` \| ❌ unhealthy \| 1 \| unreachable: 127\.0\.0\.1:\d+ HTTP 503/);
      // One probe, retried once: an outage is not a reason to hammer GitHub.
      expect(failing.requests.length).toBeLessThanOrEqual(2);
    } finally {
      await failing.close();
    }
  }, 90_000);

  it('reports a GitHub that accepts connections and never answers unhealthy within the bound', async () => {
    const hanging = await startEmulator({ repos: 1, seed: 3, faults: { rate: 1, kinds: ['timeout'] } });
    try {
      const repo = [...hanging.state.repos.values()][0]!;
      const started = Date.now();
      const run = await runAction({
        action: 'health-check',
        emulator: hanging,
        repository: `${repo.owner}/${repo.name}`,
        // Issues on and a badge branch: neither may add waiting to an outage.
        inputs: { 'fail-on': 'none', issues: 'on', 'badge-branch': 'health-badge' },
        timeoutMs: 120_000,
      });
      expect(Date.now() - started).toBeLessThan(OUTAGE_BOUND_MS);
      expect(run.outputs.status).toBe('unhealthy');
      expect(run.summary).toMatch(/\| `api` \| ❌ unhealthy \| 1 \| unreachable: 127\.0\.0\.1:\d+ timeout/);
      expect(run.stdout).toContain('Tracking issues skipped: the GitHub API is unreachable.');
      // The badge still says what is known: unhealthy.
      expect(run.outputs['badge-file']).toMatch(/health\.svg$/);
    } finally {
      await hanging.close();
    }
  }, 150_000);
});
