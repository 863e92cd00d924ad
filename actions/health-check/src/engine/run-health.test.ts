import { describe, expect, it } from 'vitest';
import { testClient } from '../../../../test/support/fakes/test-client.js';
import type { ScriptedStep } from '../../../../test/support/fakes/scripted-fetch.js';
import { HEALTH_CHECKS, selectChecks } from './registry.js';
import { parseRequiredFiles } from './required-files.js';
import { runHealthChecks } from './run-health.js';
import { tokenInfo } from './token-kind.js';
import type { HealthCheck, HealthSettings } from './types.js';

const DAY = 86_400_000;
const reset = Math.floor(Date.now() / 1000) + 3600;
const resources = (core: number, graphql = 5000, search = 30) => ({
  resources: {
    core: { limit: 5000, remaining: core, used: 5000 - core, reset },
    graphql: { limit: 5000, remaining: graphql, used: 5000 - graphql, reset },
    search: { limit: 30, remaining: search, used: 30 - search, reset },
  },
});
const rateLimit = (core = 4000, headers: Record<string, string> = {}, graphql = 5000): ScriptedStep => ({
  status: 200,
  headers,
  body: resources(core, graphql),
});
const settings = (over: Partial<HealthSettings> = {}): HealthSettings => ({
  target: { kind: 'repository', owner: 'acme', repo: 'app' },
  rateLimitThreshold: 10,
  requiredFiles: parseRequiredFiles(['SECURITY.md']),
  complianceRules: ['required-files'],
  permissionsFor: [],
  scheduleGraceMs: 3_600_000,
  reEnable: false,
  ...over,
});

function run(
  checks: HealthCheck[],
  steps: ScriptedStep[],
  opts: { token?: string; settings?: Partial<HealthSettings>; breaker?: { failureThreshold: number } } = {},
) {
  const t = testClient(steps, opts.breaker ? { breaker: opts.breaker } : {});
  const promise = runHealthChecks({
    checks,
    client: t.client,
    clock: t.clock,
    logger: t.logger,
    settings: settings(opts.settings),
    token: tokenInfo(opts.token ?? 'ghs_x', false),
  });
  return { ...t, promise };
}

describe('token check', () => {
  it('reports over-broad classic scopes (medium) and a token expiring within a week (high), from GET /user', async () => {
    const expires = new Date(Date.now() + 3 * DAY + 3600_000).toISOString().replace('T', ' ').slice(0, 19);
    const { promise, script } = run(
      selectChecks(['token']),
      [
        rateLimit(4000, { 'x-oauth-scopes': 'repo, admin:org, delete_repo' }),
        {
          status: 200,
          headers: {
            'x-oauth-scopes': 'repo, admin:org, delete_repo',
            'github-authentication-token-expiration': `${expires} UTC`,
          },
          body: { login: 'octo' },
        },
      ],
      { token: 'ghp_x' },
    );
    const report = await promise;
    expect(script.lines()).toEqual(['GET https://api.test/rate_limit', 'GET https://api.test/user']);
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['health/token/broad-scopes', 'medium'],
      ['health/token/expiring', 'high'],
    ]);
    expect(report.findings[0]?.message).toContain('admin:org, delete_repo');
    expect(report.checks[0]).toMatchObject({
      status: 'unhealthy',
      detail: 'classic personal access token; user octo; scopes: repo, admin:org, delete_repo; expires in 3 days',
    });
  });

  it("reads an installation token's reach from GET /installation/repositories and finds nothing wrong", async () => {
    const { promise, script } = run(selectChecks(['token']), [
      rateLimit(),
      { status: 200, body: { total_count: 42, repositories: [] } },
    ]);
    const report = await promise;
    expect(script.lines()).toEqual([
      'GET https://api.test/rate_limit',
      'GET https://api.test/installation/repositories?per_page=1',
    ]);
    expect(report.status).toBe('healthy');
    expect(report.checks[0]?.detail).toBe('GITHUB_TOKEN or a GitHub App installation token; reaches 42 repositories');
  });

  it('makes a rejected token (401) critical, while the API counts as reachable', async () => {
    const { promise } = run(selectChecks(['api', 'token']), [{ status: 401, body: { message: 'Bad credentials' } }]);
    const report = await promise;
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['api', 'healthy'],
      ['token', 'unhealthy'],
    ]);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['health/token/invalid']);
  });
});

describe('rate-limit check', () => {
  it('warns (medium) at 90% used and fails (critical) when a resource is exhausted', async () => {
    const { promise } = run(selectChecks(['rate-limit']), [rateLimit(300, {}, 0)]);
    const report = await promise;
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['health/rate-limit/low', 'medium'],
      ['health/rate-limit/exhausted', 'critical'],
    ]);
    expect(report.findings[0]?.message).toMatch(
      /^The core rate limit has 300 of 5000 requests left \(94\.0% used; the warning is at 90%\)/,
    );
    expect(report.observations.rateLimits.core).toEqual({ limit: 5000, remaining: 300, reset });
  });

  it('warns at exactly 90% used, not at 89%, and 91% used is a warning, not a failure', async () => {
    const at = (core: number) => run(selectChecks(['rate-limit']), [rateLimit(core)]).promise;
    expect((await at(500)).findings.map((f) => f.severity)).toEqual(['medium']);
    expect((await at(450)).status).toBe('degraded');
    expect((await at(550)).findings).toEqual([]);
  });

  it('honours the threshold input', async () => {
    const { promise } = run(selectChecks(['rate-limit']), [rateLimit(4000)], { settings: { rateLimitThreshold: 90 } });
    expect((await promise).findings.map((f) => f.message.split(' (')[0])).toEqual([
      'The core rate limit has 4000 of 5000 requests left',
    ]);
  });

  it('accepts a GitHub Enterprise Server without rate limiting (404) as healthy', async () => {
    const { promise } = run(selectChecks(['rate-limit']), [
      { status: 404, body: { message: 'Rate limiting is not enabled.' } },
    ]);
    const report = await promise;
    expect(report.status).toBe('healthy');
    expect(report.checks[0]?.detail).toBe('rate limiting is not enabled on this server');
  });
});

describe('api and circuit-breaker checks', () => {
  it('reports an API that keeps failing as unreachable (critical) and the breaker open (high), checked last', async () => {
    const failing: ScriptedStep[] = Array.from({ length: 4 }, () => ({ status: 503, body: { message: 'down' } }));
    const { promise, script } = run(selectChecks(['circuit-breaker', 'api']), failing, {
      breaker: { failureThreshold: 2 },
    });
    const report = await promise;
    // Two failed attempts open the breaker; the next retry fails fast without a request.
    expect(script.lines()).toEqual(['GET https://api.test/rate_limit', 'GET https://api.test/rate_limit']);
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['api', 'unhealthy'],
      ['circuit-breaker', 'unhealthy'],
    ]);
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['health/api/unreachable', 'critical'],
      ['health/circuit-breaker/open', 'high'],
    ]);
    expect(report.observations.breakerState).toBe('open');
  });

  it('leaves the breaker closed and healthy after a failure the retry recovered from (calls count by final outcome)', async () => {
    const { promise } = run(selectChecks(['api', 'circuit-breaker']), [{ status: 502, body: {} }, rateLimit()]);
    const report = await promise;
    expect(report.checks[0]?.status).toBe('healthy');
    expect(report.checks[1]).toMatchObject({
      status: 'healthy',
      detail: 'self-test passed (9/9 transitions); live: closed, opened 0×, 1 call, 0 failed',
    });
  });
});

describe('runHealthChecks', () => {
  it('turns a check that throws into an unhealthy row with a high finding and keeps the others', async () => {
    const boom: HealthCheck = {
      id: 'boom',
      description: 'throws',
      phase: 1,
      validate: () => {
        throw new Error('kaput');
      },
    };
    const { promise } = run([boom, ...selectChecks(['api'])], [rateLimit()]);
    const report = await promise;
    expect(report.checks.map((c) => [c.id, c.status, c.detail])).toEqual([
      ['boom', 'unhealthy', 'error: kaput'],
      ['api', 'healthy', expect.stringMatching(/^HTTP 200 in \d+ ms$/)],
    ]);
    expect(report.findings).toEqual([
      {
        ruleId: 'health/boom/error',
        severity: 'high',
        category: 'boom',
        message: 'The boom check could not run: kaput',
      },
    ]);
    expect(report.status).toBe('unhealthy');
  });

  it('selects checks by id in summary order and rejects unknown ids with the known ones', () => {
    expect(selectChecks(['compliance', 'api']).map((c) => c.id)).toEqual(['api', 'compliance']);
    expect(selectChecks([]).length).toBe(HEALTH_CHECKS.length);
    expect(() => selectChecks(['api', 'nope'])).toThrow(
      "Unknown check 'nope'. Known checks: api, circuit-breaker, compliance, permissions, rate-limit, schedule, token.",
    );
  });
});
