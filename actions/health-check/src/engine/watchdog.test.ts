import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../shared/core/finding.js';
import { breakerSelfTest } from './breaker-self-test.js';
import { missingPermissions } from './checks/permissions.js';
import { BODY_LIMIT, findingsDigest, issueBody, markerOf, readIssueState } from './issues/issue-body.js';
import { planIssue } from './issues/plan.js';
import { issueTargets, repositoryOf } from './issues/targets.js';
import { healthBadge } from './report/badge.js';
import { describeInterval, scheduleWindow } from './schedule/cron-window.js';

const f = (n: number, severity: Finding['severity'] = 'medium', repo = 'acme/api'): Finding => ({
  ruleId: 'health/x',
  severity,
  category: 'x',
  message: `finding ${n} ${'y'.repeat(200)}`,
  fingerprint: `${repo}:${n}`,
});

describe('breakerSelfTest', () => {
  it('drives a fresh breaker closed, open, half-open, open, half-open, closed and verifies each step', async () => {
    const result = await breakerSelfTest();
    expect(result.ok).toBe(true);
    expect(result.steps.map((s) => s.actual)).toEqual([
      'closed',
      'closed',
      'open',
      'open',
      'open',
      'half-open',
      'open',
      'half-open',
      'closed',
    ]);
  });
});

describe('scheduleWindow', () => {
  // Thursday 2026-12-03 12:30 UTC, an hour of grace.
  const now = Date.UTC(2026, 11, 3, 12, 30);
  const due = (cron: string) => new Date(scheduleWindow([cron], now, 3_600_000).lastDue ?? 0).toISOString();
  it('finds the firing a run must have followed, for hourly, daily and weekly crons (UTC, croner)', () => {
    expect(due('0 * * * *')).toBe('2026-12-03T11:00:00.000Z');
    expect(due('0 6 * * *')).toBe('2026-12-03T06:00:00.000Z');
    expect(due('0 0 * * 0')).toBe('2026-11-29T00:00:00.000Z');
    // Day of month and day of week OR-ed, as GitHub (POSIX cron) does.
    expect(due('0 0 1 * 1')).toBe('2026-12-01T00:00:00.000Z');
  });
  it('takes the latest over several crons, names the interval and reports an invalid cron', () => {
    const w = scheduleWindow(['0 0 * * 0', '0 6 * * *', 'nope'], now, 0);
    expect(new Date(w.lastDue ?? 0).toISOString()).toBe('2026-12-03T06:00:00.000Z');
    expect(describeInterval(w.intervalMs)).toBe('daily');
    expect(w.invalid.map((i) => i.expression)).toEqual(['nope']);
    expect(describeInterval(604_800_000)).toBe('weekly');
    expect(describeInterval(1_800_000)).toBe('every 30 min');
  });
});

describe('tracking issue lifecycle', () => {
  const open = { number: 3, state: 'open' as const, body: '', title: 't', url: 'u' };
  it('opens at issues-on, edits on change, comments only on a status change, closes and reopens', () => {
    const d = findingsDigest([f(1)]);
    expect(planIssue('degraded', d, 'unhealthy', undefined).kind).toBe('none');
    expect(planIssue('unhealthy', d, 'unhealthy', undefined).kind).toBe('open');
    const same = { ...open, recorded: { status: 'unhealthy' as const, digest: d } };
    expect(planIssue('unhealthy', d, 'unhealthy', same).kind).toBe('unchanged');
    expect(planIssue('unhealthy', 'other', 'unhealthy', same)).toEqual({ kind: 'update', issue: same });
    const degraded = { ...open, recorded: { status: 'degraded' as const, digest: d } };
    expect(planIssue('unhealthy', d, 'degraded', degraded)).toMatchObject({
      kind: 'update',
      comment: 'Status changed from degraded to unhealthy.',
    });
    expect(planIssue('healthy', d, 'unhealthy', same).kind).toBe('close');
    expect(planIssue('healthy', d, 'unhealthy', { ...same, state: 'closed' }).kind).toBe('none');
    expect(planIssue('unhealthy', d, 'unhealthy', { ...same, state: 'closed' }).kind).toBe('reopen');
  });

  it('keeps the body under 65,536 characters with 5,000 findings, marker and state line first', () => {
    const findings = Array.from({ length: 5000 }, (_, i) => f(i, i % 7 === 0 ? 'high' : 'low'));
    const body = issueBody({
      key: 'organization:acme',
      title: 'organization acme',
      status: 'unhealthy',
      findings,
      at: '2026-12-03T12:00:00Z',
      reportUrl: 'https://github.com/acme/ops/actions/runs/1',
    });
    expect(body.length).toBeLessThan(BODY_LIMIT);
    expect(body.startsWith(markerOf('organization:acme'))).toBe(true);
    expect(readIssueState(body)).toEqual({ status: 'unhealthy', digest: findingsDigest(findings) });
    expect(body).toMatch(
      /_\d+ more findings not shown .*: see the full report in https:\/\/github\.com\/acme\/ops\/actions\/runs\/1\._/,
    );
    // Worst first: the first row is a high finding.
    expect(body.split('\n').find((l) => l.startsWith('| high') || l.startsWith('| low'))).toMatch(/^\| high/);
  });

  it('ignores the order of findings and the numbers in their messages when deciding what changed', () => {
    const a = { ruleId: 'r', severity: 'low' as const, message: '12 requests left' };
    const b = { ruleId: 'r', severity: 'low' as const, message: '11 requests left' };
    expect(findingsDigest([a, f(1)])).toBe(findingsDigest([f(1), b]));
  });

  it('cuts issues per repository from fingerprints, keeping target-wide findings in the home issue', () => {
    const general: Finding = { ruleId: 'health/rate-limit/low', severity: 'medium', message: 'core low' };
    expect(repositoryOf(f(1))).toBe('acme/api');
    const targets = issueTargets({
      target: { kind: 'organization', org: 'acme' },
      scope: 'repository',
      home: { owner: 'acme', repo: 'ops' },
      status: 'unhealthy',
      findings: [general, f(1, 'high'), f(2, 'low', 'acme/web')],
      repositories: ['acme/api', 'acme/web', 'acme/db'],
    });
    expect(targets.map((t) => [t.key, `${t.owner}/${t.repo}`, t.status, t.findings.length])).toEqual([
      ['organization:acme', 'acme/ops', 'degraded', 1],
      ['repository:acme/api', 'acme/api', 'unhealthy', 1],
      ['repository:acme/web', 'acme/web', 'degraded', 1],
      ['repository:acme/db', 'acme/db', 'healthy', 0],
    ]);
  });
});

describe('missingPermissions', () => {
  it('compares each action with an App installation, read below write', () => {
    const m = missingPermissions(['health-check', 'release'], {
      kind: 'app',
      permissions: {
        actions: 'read',
        contents: 'write',
        issues: 'read',
        administration: 'read',
        pull_requests: 'write',
      },
    });
    expect([...m].map(([a, needs]) => [a, needs.map((n) => `${n.app}:${n.access}`)])).toEqual([
      ['health-check', ['issues:write']],
    ]);
  });
  it("adds health-check's needs behind an input only when that input is on", () => {
    const granted = {
      kind: 'app' as const,
      permissions: { actions: 'read', contents: 'read', issues: 'write', administration: 'read' },
    };
    expect(missingPermissions(['health-check'], granted).size).toBe(0);
    const on = missingPermissions(['health-check'], granted, ['re-enable', 'badge-branch']);
    expect(on.get('health-check')?.map((n) => `${n.app}:${n.access}:${n.onlyWith}`)).toEqual([
      'actions:write:re-enable',
      'contents:write:badge-branch',
    ]);
  });

  it('maps classic scopes: repo covers repository permissions, workflow files need the workflow scope', () => {
    const m = missingPermissions(['bulk-update'], { kind: 'scopes', scopes: ['repo'] });
    expect(m.get('bulk-update')?.map((n) => n.app)).toEqual(['workflows']);
  });
});

describe('healthBadge', () => {
  it('is a Shields endpoint document and an SVG in the status colour', () => {
    const b = healthBadge('degraded');
    expect(b.endpoint).toEqual({ schemaVersion: 1, label: 'health', message: 'degraded', color: 'yellow' });
    expect(b.svg).toMatch(/^<svg.*degraded.*<\/svg>$/s);
  });
});
