import { describe, expect, it } from 'vitest';
import { testClient } from '../../../../test/support/fakes/test-client.js';
import { scheduleFindings } from './checks/schedule.js';
import { selectChecks } from './registry.js';
import { readInventory, type RepoHealth } from './repo-scan.js';
import { parseRequiredFiles } from './required-files.js';
import { runHealthChecks } from './run-health.js';
import { tokenInfo } from './token-kind.js';

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
  const repo: RepoHealth = {
    owner: 'acme',
    name: 'api',
    fullName: 'acme/api',
    isFork: false,
    defaultBranch: 'main',
    files: {},
    scheduled: [
      { path: '.github/workflows/nightly.yml', crons: ['0 3 * * *'] },
      { path: '.github/workflows/weekly.yml', crons: ['0 4 * * 0'] },
    ],
  };
  const workflow = (id: number, path: string, state: string) => ({ id, name: path.split('/').pop(), path, state });

  it('reports a workflow disabled for inactivity and one whose latest scheduled runs failed, with the streak', async () => {
    const run = (conclusion: string) => ({ conclusion, html_url: `https://github.test/run/${conclusion}` });
    const { client, script } = testClient([
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
      { status: 200, body: { total_count: 3, workflow_runs: [run('failure'), run('timed_out'), run('success')] } },
    ]);
    const findings = await scheduleFindings(client, repo);
    expect(script.lines()).toEqual([
      'GET https://api.test/repos/acme/api/actions/workflows?per_page=100',
      'GET https://api.test/repos/acme/api/actions/workflows/1/runs?event=schedule&status=completed&per_page=5',
    ]);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['health/schedule/failing', 'medium'],
      ['health/schedule/disabled-inactivity', 'medium'],
    ]);
    expect(findings[0]?.message).toBe(
      'acme/api: nightly.yml (.github/workflows/nightly.yml): the latest scheduled run ended with failure (https://github.test/run/failure); 2 scheduled runs in a row failed.',
    );
  });

  it('finds nothing when the latest scheduled run succeeded', async () => {
    const { client } = testClient([
      { status: 200, body: { total_count: 1, workflows: [workflow(1, '.github/workflows/nightly.yml', 'active')] } },
      { status: 200, body: { total_count: 1, workflow_runs: [{ conclusion: 'success', html_url: 'u' }] } },
    ]);
    expect(await scheduleFindings(client, { ...repo, scheduled: [repo.scheduled[0]!] })).toEqual([]);
  });
});

describe('schedule check', () => {
  it('reports a repository whose workflows it may not read and goes on with the others', async () => {
    const { client, clock, logger, script } = testClient([
      { status: 200, body: { data: { repository: rawRepo('api') } } },
      { status: 403, body: { message: 'Resource not accessible by integration' } },
    ]);
    const report = await runHealthChecks({
      checks: selectChecks(['schedule']),
      client,
      clock,
      logger,
      settings: {
        target: { kind: 'repository', owner: 'acme', repo: 'api' },
        rateLimitThreshold: 10,
        requiredFiles: files,
      },
      token: tokenInfo('ghs_x', false),
    });
    expect(script.lines()).toEqual([
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
      { status: 200, body: { data: { repository: rawRepo('api', { workflows: null }) } } },
    ]);
    const report = await runHealthChecks({
      checks: selectChecks(['schedule', 'compliance']),
      client,
      clock,
      logger,
      settings: {
        target: { kind: 'repository', owner: 'acme', repo: 'api' },
        rateLimitThreshold: 10,
        requiredFiles: files,
      },
      token: tokenInfo('ghs_x', false),
    });
    expect(script.lines()).toEqual(['POST https://api.test/graphql']);
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      [
        'health/compliance/missing-file',
        'low',
        'acme/api has no .github/dependabot.yml on its default branch (looked for .github/dependabot.yml).',
      ],
    ]);
    expect(report.checks.map((c) => [c.id, c.status, c.detail])).toEqual([
      ['schedule', 'healthy', '0 scheduled workflows in 0 of 1 repository'],
      ['compliance', 'degraded', '0 of 1 repository have all of SECURITY.md, .github/dependabot.yml'],
    ]);
  });
});
