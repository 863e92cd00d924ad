import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../../test/support/fakes/recording-logger.js';
import { testClient } from '../../../../test/support/fakes/test-client.js';
import { JobSummary } from '../../../../shared/summary/summary.js';
import { collectRepoMetrics, type RepoMetrics } from './collect.js';
import { readPreviousSnapshot } from './previous.js';
import { snapshotMetrics } from './prometheus.js';
import { promtoolCheck } from '../../../../test/support/prometheus-tools.js';
import { writeMetricsSummary } from '../summary.js';
import { buildSnapshot, HISTORY_LENGTH } from './snapshot.js';
import { compareSnapshots, historyChart, signed } from './trends.js';

const NOW = Date.parse('2026-11-26T06:00:00Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW - days * DAY).toISOString();

function repo(name: string, over: Partial<RepoMetrics> = {}): RepoMetrics {
  return {
    name,
    archived: false,
    fork: false,
    visibility: 'private',
    language: 'Go',
    stars: 1,
    forks: 0,
    openIssues: 2,
    openPullRequests: 1,
    oldPullRequests: 0,
    oldPullRequestsAtLeast: false,
    pushedAt: ago(1),
    defaultBranch: 'main',
    protectedDefaultBranch: true,
    ...over,
  };
}

const REPOS = [
  repo('api', { stars: 10, forks: 2, oldPullRequests: 1 }),
  repo('web', { language: 'TypeScript', visibility: 'public', protectedDefaultBranch: false, pushedAt: ago(200) }),
  repo('tool', { language: null, fork: true, pushedAt: null }),
  repo('legacy', { archived: true, stars: 99, pushedAt: ago(900) }),
];
const opts = { nowMs: NOW, staleDays: 90, prAgeDays: 30 };

describe('buildSnapshot', () => {
  it('counts archived repositories apart and sums activity over the others', () => {
    const s = buildSnapshot('acme', REPOS, opts);
    expect(s.totals).toEqual({
      repositories: 4,
      archived: 1,
      forkedRepositories: 1,
      stale: 2,
      unprotected: 1,
      stars: 12,
      forks: 2,
      openIssues: 6,
      openPullRequests: 3,
      oldPullRequests: 1,
    });
    expect(s.byLanguage).toEqual({ Go: 1, TypeScript: 1, none: 1 });
    expect(s.byVisibility).toEqual({ private: 2, public: 1 });
    expect(s.repositories.filter((r) => r.stale).map((r) => r.name)).toEqual(['web', 'tool']);
    expect(s.history).toEqual([{ collectedAt: '2026-11-26T06:00:00.000Z', totals: s.totals }]);
  });

  it('carries the history of the same organization forward, capped, and starts afresh for another one', () => {
    const first = buildSnapshot('acme', REPOS, opts);
    const long = { ...first, history: Array.from({ length: HISTORY_LENGTH }, () => first.history[0]!) };
    expect(buildSnapshot('acme', REPOS, { ...opts, previous: long }).history).toHaveLength(HISTORY_LENGTH);
    expect(buildSnapshot('acme', REPOS, { ...opts, previous: first }).history).toHaveLength(2);
    expect(buildSnapshot('other', REPOS, { ...opts, previous: first }).history).toHaveLength(1);
  });
});

describe('trends', () => {
  it('compares each total with the previous snapshot of the same organization', () => {
    const before = buildSnapshot('acme', REPOS.slice(0, 2), { ...opts, nowMs: NOW - DAY });
    const now = buildSnapshot('acme', REPOS, { ...opts, previous: before });
    const deltas = compareSnapshots(before, now);
    expect(deltas?.find((d) => d.key === 'repositories')).toEqual({
      key: 'repositories',
      label: 'repositories',
      previous: 2,
      current: 4,
      change: 2,
    });
    expect(compareSnapshots(before, buildSnapshot('other', REPOS, opts))).toBeUndefined();
    expect(compareSnapshots(undefined, now)).toBeUndefined();
    expect([signed(3), signed(-2), signed(0)]).toEqual(['+3', '-2', '0']);
  });

  it('draws a mermaid line of a total over the history, from two collections on', () => {
    const before = buildSnapshot('acme', REPOS.slice(0, 1), { ...opts, nowMs: NOW - DAY });
    const now = buildSnapshot('acme', REPOS, { ...opts, previous: before });
    expect(historyChart(before, 'openPullRequests')).toBeUndefined();
    expect(historyChart(now, 'openPullRequests')).toBe(
      [
        'xychart-beta',
        '    title "open pull requests, last 2 collections"',
        '    x-axis ["11-25", "11-26"]',
        '    y-axis "open pull requests" 0 --> 3',
        '    line [1, 3]',
      ].join('\n'),
    );
  });

  it('shows the change column and the charts in the summary when there is a previous snapshot', () => {
    const before = buildSnapshot('acme', REPOS.slice(0, 2), { ...opts, nowMs: NOW - DAY });
    const now = buildSnapshot('acme', REPOS, { ...opts, previous: before });
    const summary = new JobSummary();
    writeMetricsSummary(summary, now, compareSnapshots(before, now), before.collectedAt);
    const md = summary.toString();
    expect(md).toContain('| metric | value | change |');
    expect(md).toContain('| repositories | 4 | +2 |');
    expect(md).toContain('pie title Repositories by language');
    expect(md).toContain('xychart-beta');
    expect(md).toContain('<details><summary>Stale repositories (2)</summary>');
    expect(md).toContain('| tool | never |');
    expect(md).toContain(`Changes are since ${before.collectedAt}.`);
  });
});

describe('snapshotMetrics', () => {
  it('writes gauges that promtool accepts, labelled with the organization', async () => {
    const text = await snapshotMetrics(buildSnapshot('acme', REPOS, opts)).prometheus();
    expect(await promtoolCheck(text)).toEqual({ code: 0, output: '' });
    const lines = text.split('\n');
    for (const line of [
      'moko_org_repositories{organization="acme"} 4',
      'moko_org_repositories_stale{organization="acme"} 2',
      'moko_org_repositories_by_language{language="none",organization="acme"} 1',
      'moko_org_repositories_by_visibility{visibility="public",organization="acme"} 1',
      'moko_repo_stars{repository="api",organization="acme"} 10',
      `moko_repo_last_push_timestamp_seconds{repository="web",organization="acme"} ${(NOW - 200 * DAY) / 1000}`,
      'moko_repo_default_branch_protected{repository="web",organization="acme"} 0',
    ])
      expect(lines).toContain(line);
    expect(text).not.toContain('repository="legacy"');
  });
});

describe('readPreviousSnapshot', () => {
  it('returns undefined for a missing file (first run), bad JSON or another format, and the snapshot otherwise', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'prev-'));
    const logger = recordingLogger();
    expect(await readPreviousSnapshot(path.join(dir, 'none.json'), logger)).toBeUndefined();
    await writeFile(path.join(dir, 'bad.json'), '{');
    expect(await readPreviousSnapshot(path.join(dir, 'bad.json'), logger)).toBeUndefined();
    await writeFile(path.join(dir, 'other.json'), '{"schema":2}');
    expect(await readPreviousSnapshot(path.join(dir, 'other.json'), logger)).toBeUndefined();
    const good = buildSnapshot('acme', REPOS, opts);
    await writeFile(path.join(dir, 'good.json'), JSON.stringify(good));
    expect((await readPreviousSnapshot(path.join(dir, 'good.json'), logger))?.totals).toEqual(good.totals);
    expect(logger.lines.map((l) => l.split(':')[0])).toEqual(['info', 'warning', 'warning']);
  });
});

describe('collectRepoMetrics', () => {
  const raw = (name: string, prDates: string[], total = prDates.length) => ({
    name,
    isArchived: false,
    isFork: false,
    visibility: 'INTERNAL',
    pushedAt: ago(3),
    stargazerCount: 5,
    forkCount: 1,
    primaryLanguage: { name: 'Rust' },
    defaultBranchRef: { name: 'main', branchProtectionRule: { id: 'BPR_1' } },
    issues: { totalCount: 4 },
    pullRequests: { totalCount: total, nodes: prDates.map((createdAt) => ({ createdAt })) },
  });

  it('pages through the organization and dates open pull requests against the cutoff', async () => {
    const page = (nodes: unknown[], next: string | null) => ({
      status: 200,
      body: {
        data: {
          organization: {
            repositories: { totalCount: 2, pageInfo: { hasNextPage: next !== null, endCursor: next }, nodes },
          },
        },
      },
    });
    const { client, script } = testClient([
      page([raw('a', [ago(60), ago(2)])], 'c1'),
      page([raw('b', [ago(40), ago(35)], 250)], null),
    ]);
    const { repos, requests } = await collectRepoMetrics(client, 'acme', { prCutoffMs: NOW - 30 * DAY, pageSize: 1 });
    expect(script.lines()).toEqual(['POST https://api.test/graphql', 'POST https://api.test/graphql']);
    expect(JSON.parse(script.log[1]?.body ?? '{}').variables).toEqual({ org: 'acme', first: 1, after: 'c1' });
    expect(requests).toBe(2);
    expect(repos[0]).toEqual({
      name: 'a',
      archived: false,
      fork: false,
      visibility: 'internal',
      language: 'Rust',
      stars: 5,
      forks: 1,
      openIssues: 4,
      openPullRequests: 2,
      oldPullRequests: 1,
      oldPullRequestsAtLeast: false,
      pushedAt: ago(3),
      defaultBranch: 'main',
      protectedDefaultBranch: true,
    });
    // 250 open, the first 2 read (oldest first) both old: a lower bound.
    expect([repos[1]?.oldPullRequests, repos[1]?.oldPullRequestsAtLeast]).toEqual([2, true]);
  });
});

describe('historyChart labels', () => {
  it('adds the time when two collections fall on the same day', () => {
    const before = buildSnapshot('acme', REPOS, { ...opts, nowMs: NOW - 3600_000 });
    const now = buildSnapshot('acme', REPOS, { ...opts, previous: before });
    expect(historyChart(now, 'stale')).toContain('x-axis ["11-26 05:00", "11-26 06:00"]');
  });
});
