import { describe, expect, it } from 'vitest';
import { testClient } from '../../../../test/support/fakes/test-client.js';
import { scheduleFindings } from './checks/schedule.js';
import { selectChecks } from './registry.js';
import { readInventory, type RepoHealth } from './repo-scan.js';
import { parseRequiredFiles } from './required-files.js';
import { runHealthChecks } from './run-health.js';
import { tokenInfo } from './token-kind.js';
import type { HealthContext, HealthSettings } from './types.js';

const files = parseRequiredFiles(['SECURITY.md', '.github/dependabot.yml']);
const NIGHTLY = "on:\n  schedule:\n    - cron: '0 3 * * *'\n";
const rawRepo = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  nameWithOwner: `acme/${name}`,
  isArchived: false,
  isFork: false,
  defaultBranchRef: { name: 'main' },
  f0: null,
  f1: { __typename: 'Blob' },
  f2: null,
  f3: null,
  workflows: {
    entries: [
      { name: 'nightly.yml', path: '.github/workflows/nightly.yml', object: { text: NIGHTLY } },
      { name: 'ci.yml', path: '.github/workflows/ci.yml', object: { text: 'on: push\n' } },
      { name: 'README.md', path: '.github/workflows/README.md', object: { text: NIGHTLY } },
    ],
  },
  ...extra,
});

describe('readInventory', () => {
  it('reads an organization page by page, skipping archived repositories, with one alias per candidate path', async () => {
    const { client, script } = testClient([
      {
        status: 200,
        body: {
          data: {
            organization: {
              repositories: {
                pageInfo: { hasNextPage: true, endCursor: 'c1' },
                nodes: [rawRepo('api'), rawRepo('old', { isArchived: true })],
              },
            },
          },
        },
      },
      {
        status: 200,
        body: {
          data: {
            organization: {
              repositories: {
                pageInfo: { hasNextPage: false, endCursor: 'c2' },
                nodes: [rawRepo('web', { f0: {}, workflows: null })],
              },
            },
          },
        },
      },
    ]);
    const inv = await readInventory(client, { kind: 'organization', org: 'acme' }, files, 2);
    expect(script.lines()).toEqual(['POST https://api.test/graphql', 'POST https://api.test/graphql']);
    const first = JSON.parse(script.log[0]?.body ?? '{}') as { query: string; variables: unknown };
    expect(first.variables).toEqual({ org: 'acme', first: 2, after: null });
    expect(first.query).toContain('f1: object(expression: "HEAD:.github/SECURITY.md") { __typename }');
    expect(first.query).toContain('f3: object(expression: "HEAD:.github/dependabot.yml") { __typename }');
    expect(JSON.parse(script.log[1]?.body ?? '{}').variables).toEqual({ org: 'acme', first: 2, after: 'c1' });
    expect(inv.requests).toBe(2);
    expect(inv.repos.map((r) => [r.fullName, r.files, r.scheduled])).toEqual([
      [
        'acme/api',
        { 'SECURITY.md': '.github/SECURITY.md', '.github/dependabot.yml': null },
        [{ path: '.github/workflows/nightly.yml', crons: ['0 3 * * *'] }],
      ],
      ['acme/web', { 'SECURITY.md': 'SECURITY.md', '.github/dependabot.yml': null }, []],
    ]);
  });

  it("turns GitHub's NOT_FOUND into a user error", async () => {
    const { client } = testClient([
      {
        status: 200,
        body: {
          data: { organization: null },
          errors: [{ type: 'NOT_FOUND', message: "Could not resolve to an Organization with the login of 'nope'." }],
        },
      },
    ]);
    await expect(readInventory(client, { kind: 'organization', org: 'nope' }, files)).rejects.toThrow(
      "Could not resolve to an Organization with the login of 'nope'. (check the organization input",
    );
  });
});

describe('scheduleFindings', () => {
  // Thursday 2026-12-03 12:30 UTC.
  const NOW = Date.UTC(2026, 11, 3, 12, 30);
  const HOUR = 3_600_000;
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const repo = (crons: Record<string, string>): RepoHealth => ({
    owner: 'acme',
    name: 'api',
    fullName: 'acme/api',
    isFork: false,
    defaultBranch: 'main',
    files: {},
    scheduled: Object.entries(crons).map(([path, cron]) => ({ path, crons: [cron] })),
  });
  const workflow = (id: number, path: string, state: string) => ({
    id,
    name: path.split('/').pop(),
    path,
    state,
    created_at: '2026-01-01T00:00:00Z',
  });
  const run = (conclusion: string | null, startedAt: number, status = 'completed') => ({
    conclusion,
    status,
    created_at: iso(startedAt),
    run_started_at: iso(startedAt),
    html_url: `https://github.test/run/${conclusion}`,
  });
  function context(steps: Parameters<typeof testClient>[0], reEnable = false) {
    const t = testClient(steps);
    t.clock.advance(NOW - t.clock.now());
    const ctx = {
      client: t.client,
      clock: t.clock,
      settings: { scheduleGraceMs: HOUR, reEnable },
      writes: [] as { type: string; target: string }[],
    } as unknown as HealthContext;
    return { ...t, ctx, tally: { workflows: 0, late: 0, disabled: 0, reEnabled: 0 } };
  }

  it('reports a workflow disabled for inactivity and one whose latest scheduled runs failed, with the streak', async () => {
    const { ctx, tally, script } = context([
      {
        status: 200,
        body: {
          total_count: 2,
          workflows: [
            workflow(1, '.github/workflows/nightly.yml', 'active'),
            workflow(2, '.github/workflows/weekly.yml', 'disabled_inactivity'),
          ],
        },
      },
      {
        status: 200,
        body: {
          total_count: 3,
          workflow_runs: [
            run('failure', NOW - 9 * HOUR),
            run('timed_out', NOW - 33 * HOUR),
            run('success', NOW - 57 * HOUR),
          ],
        },
      },
    ]);
    const findings = await scheduleFindings(
      ctx,
      repo({ '.github/workflows/nightly.yml': '0 3 * * *', '.github/workflows/weekly.yml': '0 4 * * 0' }),
      tally,
    );
    expect(script.lines()).toEqual([
      'GET https://api.test/repos/acme/api/actions/workflows?per_page=100',
      'GET https://api.test/repos/acme/api/actions/workflows/1/runs?event=schedule&per_page=10',
    ]);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['health/schedule/failing', 'medium'],
      ['health/schedule/disabled-inactivity', 'medium'],
    ]);
    expect(findings[0]?.message).toBe(
      'acme/api: nightly.yml (.github/workflows/nightly.yml, 0 3 * * *): the latest scheduled run ended with failure (https://github.test/run/failure); 2 scheduled runs in a row failed.',
    );
    expect(tally).toEqual({ workflows: 2, late: 0, disabled: 1, reEnabled: 0 });
  });

  it.each([
    ['hourly', '0 * * * *', NOW - 90 * 60_000, NOW - 150 * 60_000],
    ['daily at 06:00', '0 6 * * *', Date.UTC(2026, 11, 3, 6, 2), Date.UTC(2026, 11, 2, 6, 3)],
    ['weekly on Sunday', '0 0 * * 0', Date.UTC(2026, 10, 29, 0, 5), Date.UTC(2026, 10, 22, 0, 4)],
  ])('judges a %s schedule by its cron: on time, then late by one firing', async (_name, cron, onTime, late) => {
    const path = '.github/workflows/s.yml';
    const list = (startedAt: number) => [
      { status: 200, body: { total_count: 1, workflows: [workflow(1, path, 'active')] } },
      { status: 200, body: { total_count: 1, workflow_runs: [run('success', startedAt)] } },
    ];
    const good = context(list(onTime));
    expect(await scheduleFindings(good.ctx, repo({ [path]: cron }), good.tally)).toEqual([]);
    const bad = context(list(late));
    const findings = await scheduleFindings(bad.ctx, repo({ [path]: cron }), bad.tally);
    expect(findings.map((f) => f.ruleId)).toEqual(['health/schedule/late']);
    expect(findings[0]?.message).toContain(`last ran at ${iso(late)}`);
    expect(bad.tally.late).toBe(1);
  });

  it('calls an hourly schedule that last ran nine days ago high, and one never run since creation late', async () => {
    const path = '.github/workflows/h.yml';
    const { ctx, tally } = context([
      { status: 200, body: { total_count: 1, workflows: [workflow(1, path, 'active')] } },
      { status: 200, body: { total_count: 1, workflow_runs: [run('success', NOW - 9 * 24 * HOUR)] } },
    ]);
    const [f] = await scheduleFindings(ctx, repo({ [path]: '0 * * * *' }), tally);
    expect([f?.ruleId, f?.severity]).toEqual(['health/schedule/late', 'high']);
    expect(f?.message).toContain('(hourly) was due by 2026-12-03T11:00:00Z (plus 60 min of grace)');
  });

  it('re-enables a workflow disabled for inactivity when asked, and records the write', async () => {
    const path = '.github/workflows/w.yml';
    const { ctx, tally, script } = context(
      [
        { status: 200, body: { total_count: 1, workflows: [workflow(7, path, 'disabled_inactivity')] } },
        { status: 204 },
      ],
      true,
    );
    const findings = await scheduleFindings(ctx, repo({ [path]: '0 4 * * 0' }), tally);
    expect(script.lines()[1]).toBe('PUT https://api.test/repos/acme/api/actions/workflows/7/enable');
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['health/schedule/re-enabled', 'low']]);
    expect(ctx.writes).toEqual([
      {
        type: 'workflow.re-enabled',
        target: `acme/api/${path}`,
        detail: { workflowId: 7, was: 'disabled_inactivity' },
      },
    ]);
    expect(tally.reEnabled).toBe(1);
  });

  it('reports a workflow disabled by hand as low', async () => {
    const path = '.github/workflows/m.yml';
    const { ctx, tally } = context([
      { status: 200, body: { total_count: 1, workflows: [workflow(1, path, 'disabled_manually')] } },
    ]);
    const findings = await scheduleFindings(ctx, repo({ [path]: '0 4 * * 0' }), tally);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['health/schedule/disabled-manually', 'low']]);
  });
});

const settingsFor = (): HealthSettings => ({
  target: { kind: 'repository', owner: 'acme', repo: 'api' },
  rateLimitThreshold: 10,
  requiredFiles: files,
  complianceRules: ['required-files'],
  permissionsFor: [],
  scheduleGraceMs: 3_600_000,
  reEnable: false,
});
const RATE_LIMIT = { status: 200, body: { resources: {}, rate: {} } };

describe('schedule check', () => {
  it('reports a repository whose workflows it may not read and goes on with the others', async () => {
    const { client, clock, logger, script } = testClient([
      RATE_LIMIT,
      { status: 200, body: { data: { repository: rawRepo('api') } } },
      { status: 403, body: { message: 'Resource not accessible by integration' } },
    ]);
    const report = await runHealthChecks({
      checks: selectChecks(['schedule']),
      client,
      clock,
      logger,
      settings: settingsFor(),
      token: tokenInfo('ghs_x', false),
    });
    expect(script.lines()).toEqual([
      'GET https://api.test/rate_limit',
      'POST https://api.test/graphql',
      'GET https://api.test/repos/acme/api/actions/workflows?per_page=100',
    ]);
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      [
        'health/schedule/unreadable',
        'medium',
        'acme/api: its scheduled workflows could not be read (403: Resource not accessible by integration).',
      ],
    ]);
    expect(report.checks[0]?.status).toBe('degraded');
  });
});

describe('compliance and schedule checks together', () => {
  it('share one inventory read and ask REST only about repositories with scheduled workflows', async () => {
    const { client, clock, logger, script } = testClient([
      RATE_LIMIT,
      { status: 200, body: { data: { repository: rawRepo('api', { workflows: null }) } } },
    ]);
    const report = await runHealthChecks({
      checks: selectChecks(['schedule', 'compliance']),
      client,
      clock,
      logger,
      settings: settingsFor(),
      token: tokenInfo('ghs_x', false),
    });
    expect(script.lines()).toEqual(['GET https://api.test/rate_limit', 'POST https://api.test/graphql']);
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      [
        'health/compliance/missing-file',
        'low',
        'acme/api has no .github/dependabot.yml on its default branch (looked for .github/dependabot.yml).',
      ],
    ]);
    expect(report.checks.map((c) => [c.id, c.status, c.detail])).toEqual([
      ['schedule', 'healthy', '0 scheduled workflows in 0 of 1 repository: 0 late, 0 disabled'],
      ['compliance', 'degraded', '0 of 1 repository compliant (required-files)'],
    ]);
  });
});
