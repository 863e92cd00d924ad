import { generateKeyPairSync } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, fireSchedules, startEmulator } from '../emulator/index.js';
import type { RepoRecord } from '../emulator/model.js';
import { type ActionRun, cleanup, leakedSecrets, runAction } from '../harness/index.js';

const SETUP_TOKEN = 'ghs_watchdog_setup';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const workflow = (name: string, cron: string) =>
  `name: ${name}\non:\n  schedule:\n    - cron: '${cron}'\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n`;

/** Every audit record the run wrote (the framework's JSON-lines files under the runner's temp folder). */
function auditOf(run: ActionRun): { name: string; data?: Record<string, unknown> }[] {
  const out: { name: string; data?: Record<string, unknown> }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const p = join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (entry.endsWith('.jsonl') && p.includes('audit'))
        for (const line of readFileSync(p, 'utf8').split('\n').filter(Boolean)) out.push(JSON.parse(line));
    }
  };
  walk(run.tempDir);
  return out;
}

describe('health-check as a watchdog', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ repos: 6, seed: 11 });
    emulator.addToken(SETUP_TOKEN, { repos: '*', permission: 'admin' });
  });
  afterEach(() => {
    expect(emulator.violations).toEqual([]);
    emulator.reset();
  });
  afterAll(async () => {
    await emulator.close();
    await cleanup();
  });

  const live = () => [...emulator.state.repos.values()].filter((r) => !r.archived);

  async function api(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${emulator.url}${path}`, {
      method,
      headers: { authorization: `token ${SETUP_TOKEN}`, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  }

  /** Pushes a file through the contents API (a workflow file is registered as GitHub does). */
  async function putFile(repo: RepoRecord, path: string, content: string): Promise<void> {
    const url = `/repos/${repo.owner}/${repo.name}/contents/${path}`;
    const existing = await api('GET', url);
    const sha = existing.ok ? ((await existing.json()) as { sha: string }).sha : undefined;
    const res = await api('PUT', url, {
      message: `add ${path}`,
      content: Buffer.from(content).toString('base64'),
      ...(sha ? { sha } : {}),
    });
    expect(res.ok).toBe(true);
  }

  /** A scheduled workflow pushed 30 days ago whose schedule ran until `lastRunBefore` (ms before now). */
  async function scheduled(repo: RepoRecord, file: string, cron: string, stoppedAgoMs: number) {
    const path = `.github/workflows/${file}`;
    await putFile(repo, path, workflow(file, cron));
    const record = repo.workflows.find((w) => w.path === path)!;
    const now = Date.now();
    record.created_at = new Date(now - 30 * DAY).toISOString();
    // Only this workflow fires: run ids grow with time, as on GitHub.
    fireSchedules(emulator.state, repo, now - 30 * DAY, now - stoppedAgoMs, { drop: (w) => w.id !== record.id });
    return record;
  }

  it('judges schedules by their cron: hourly, daily 06:00 and weekly on Sunday, each late or on time', async () => {
    const [repo] = live();
    // On time: each ran at every firing up to now.
    await scheduled(repo!, 'hourly-ok.yml', '0 * * * *', 0);
    await scheduled(repo!, 'daily-ok.yml', '0 6 * * *', 0);
    await scheduled(repo!, 'weekly-ok.yml', '0 0 * * 0', 0);
    // Late: the hourly one stopped 3 h ago, the daily one 2 days ago, the weekly one 8 days ago.
    await scheduled(repo!, 'hourly-late.yml', '0 * * * *', 3 * HOUR);
    await scheduled(repo!, 'daily-late.yml', '0 6 * * *', 2 * DAY);
    await scheduled(repo!, 'weekly-late.yml', '0 0 * * 0', 8 * DAY);
    const run = await runAction({
      action: 'health-check',
      emulator,
      repository: `${repo!.owner}/${repo!.name}`,
      inputs: { checks: 'schedule', 'fail-on': 'none', 'schedule-grace-minutes': 30 },
    });
    expect(run.exitCode).toBe(0);
    const late = run.annotations.filter((a) => a.title?.startsWith('health/schedule/late'));
    expect(late.map((a) => /\((\.github\/workflows\/[^,]+),/.exec(a.message)?.[1]).sort()).toEqual([
      '.github/workflows/daily-late.yml',
      '.github/workflows/hourly-late.yml',
      '.github/workflows/weekly-late.yml',
    ]);
    expect(late.find((a) => a.message.includes('hourly-late'))?.message).toContain('(hourly) was due by');
    expect(late.find((a) => a.message.includes('daily-late'))?.message).toContain('(daily) was due by');
    expect(late.find((a) => a.message.includes('weekly-late'))?.message).toContain('(weekly) was due by');
    expect(run.summary).toMatch(
      /\| `schedule` \| (⚠️ degraded|❌ unhealthy) \| 3 \| 6 scheduled workflows in 1 of 1 repository: 3 late, 0 disabled \|/,
    );
  });

  it('detects a schedule GitHub disabled for inactivity and, with re-enable: true, re-enables it through the API, audited', async () => {
    const [repo] = live();
    const record = await scheduled(repo!, 'nightly.yml', '0 3 * * *', 0);
    record.state = 'disabled_inactivity';
    const detected = await runAction({
      action: 'health-check',
      emulator,
      repository: `${repo!.owner}/${repo!.name}`,
      inputs: { checks: 'schedule', 'fail-on': 'none' },
    });
    expect(detected.annotations.map((a) => a.title)).toContain('health/schedule/disabled-inactivity (medium)');
    expect(record.state).toBe('disabled_inactivity');
    const dry = await runAction({
      action: 'health-check',
      emulator,
      repository: `${repo!.owner}/${repo!.name}`,
      inputs: { checks: 'schedule', 're-enable': true, 'dry-run': true, 'fail-on': 'none' },
    });
    expect(dry.requests.filter((r) => r.method !== 'GET' && r.route !== '/graphql')).toEqual([]);
    const healed = await runAction({
      action: 'health-check',
      emulator,
      repository: `${repo!.owner}/${repo!.name}`,
      inputs: { checks: 'schedule', 're-enable': true, 'fail-on': 'none' },
    });
    expect(healed.requests.map((r) => `${r.method} ${r.route} ${r.status}`)).toContain(
      'PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable 204',
    );
    expect(record.state).toBe('active');
    expect(healed.annotations.map((a) => a.title)).toContain('health/schedule/re-enabled (low)');
    expect(healed.summary).toContain('| workflow.re-enabled |');
    const events = auditOf(healed).filter((e) => e.name === 'health-check.workflow.re-enabled');
    expect(events).toHaveLength(1);
    expect(events[0]?.data).toMatchObject({ target: `${repo!.owner}/${repo!.name}/.github/workflows/nightly.yml` });
  });

  it('keeps exactly one tracking issue over nine hourly runs: open, unchanged, update, status change, resolve, close, regress, reopen, preview', async () => {
    const [repo] = live();
    const repository = `${repo!.owner}/${repo!.name}`;
    const marker = `<!-- moko-health-check:repository:${repository} -->`;
    const run = (inputs: Record<string, string | number | boolean>) =>
      runAction({
        action: 'health-check',
        emulator,
        repository,
        inputs: {
          checks: 'compliance, schedule',
          compliance: 'required-files',
          'fail-on': 'none',
          issues: 'on',
          'issues-on': 'degraded',
          ...inputs,
        },
      });
    const tracking = () =>
      repo!.issues.filter((i) => (i.body ?? '').includes(marker)).map((i) => ({ number: i.number, state: i.state }));
    const comments = () => {
      const n = tracking()[0]?.number;
      return repo!.comments.filter((c) => c.issue_number === n).map((c) => c.body);
    };
    const writes = (r: ActionRun) =>
      r.requests.filter((x) => x.method !== 'GET' && x.route !== '/graphql').map((x) => `${x.method} ${x.route}`);

    // 1. Degraded (SECURITY.md missing): the issue is opened, labelled, with the marker.
    const r1 = await run({ 'required-files': 'SECURITY.md' });
    expect(r1.outputs.status).toBe('degraded');
    expect(writes(r1)).toEqual(['POST /repos/{owner}/{repo}/issues']);
    expect(tracking()).toEqual([{ number: expect.any(Number), state: 'open' }]);
    const issue = repo!.issues.find((i) => (i.body ?? '').includes(marker))!;
    expect(issue.labels).toEqual(['health-check']);
    expect(issue.title).toBe(`Health check: ${repository}`);
    // 2. An hour later, nothing changed: no write at all.
    const r2 = await run({ 'required-files': 'SECURITY.md' });
    expect(writes(r2)).toEqual([]);
    expect(r2.outputs.issues).toBe('');
    // 3. The findings changed (one more file missing), same status: the body is edited, no comment.
    const r3 = await run({ 'required-files': 'SECURITY.md, CONTRIBUTING.md' });
    expect(writes(r3)).toEqual(['PATCH /repos/{owner}/{repo}/issues/{issue_number}']);
    expect(issue.body).toContain('CONTRIBUTING.md');
    expect(comments()).toEqual([]);
    // 4. The status changes to unhealthy (an hourly schedule silent for nine days): edited, one comment.
    await scheduled(repo!, 'hourly.yml', '0 * * * *', 9 * DAY);
    const r4 = await run({ 'required-files': 'SECURITY.md, CONTRIBUTING.md' });
    expect(r4.outputs.status).toBe('unhealthy');
    expect(writes(r4)).toEqual([
      'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    ]);
    expect(comments()).toEqual(['Status changed from degraded to unhealthy.']);
    // 5. Still unhealthy, same findings: no write.
    const r5 = await run({ 'required-files': 'SECURITY.md, CONTRIBUTING.md' });
    expect(writes(r5)).toEqual([]);
    // 6. Resolved: the files are added and the schedule runs again: closed with a comment.
    await putFile(repo!, 'SECURITY.md', '# Security\n');
    await putFile(repo!, 'CONTRIBUTING.md', '# Contributing\n');
    fireSchedules(emulator.state, repo!, Date.now() - 9 * DAY, Date.now());
    const r6 = await run({ 'required-files': 'SECURITY.md, CONTRIBUTING.md' });
    expect(r6.outputs.status).toBe('healthy');
    expect(tracking()).toEqual([{ number: issue.number, state: 'closed' }]);
    expect(comments()).toHaveLength(2);
    // 7. Healthy again an hour later: nothing to do.
    const r7 = await run({ 'required-files': 'SECURITY.md, CONTRIBUTING.md' });
    expect(writes(r7)).toEqual([]);
    // 8. Regression (a new requirement is missing): the same issue is reopened, with a comment.
    const r8 = await run({ 'required-files': 'SECURITY.md, CONTRIBUTING.md, CODEOWNERS' });
    expect(tracking()).toEqual([{ number: issue.number, state: 'open' }]);
    expect(comments()).toHaveLength(3);
    expect(r8.outputs.issues).toBe(`${repository}#${issue.number}:reopen`);
    // 9. Preview of the fix: it says it would close, and writes nothing.
    await putFile(repo!, '.github/CODEOWNERS', '* @moko-demo/platform\n');
    const r9 = await run({ 'required-files': 'SECURITY.md, CONTRIBUTING.md, CODEOWNERS', issues: 'preview' });
    expect(writes(r9)).toEqual([]);
    expect(r9.outputs.issues).toBe(`${repository}#${issue.number}:close`);
    expect(r9.summary).toMatch(/\| would \|/);
    expect(tracking()).toEqual([{ number: issue.number, state: 'open' }]);
    // Exactly one issue for the target, and three comments in nine runs: status change, close, reopen.
    expect(tracking()).toHaveLength(1);
    expect(comments()).toEqual([
      'Status changed from degraded to unhealthy.',
      expect.stringMatching(/^Healthy again/),
      expect.stringMatching(/^Regressed/),
    ]);
    expect(issue.body!.length).toBeLessThan(65_536);
    // Every write is audited.
    const audited = [r1, r3, r4, r6, r8].flatMap((r) => auditOf(r).map((e) => e.name));
    expect(audited.filter((n) => n.startsWith('health-check.issue.'))).toEqual([
      'health-check.issue.opened',
      'health-check.issue.updated',
      'health-check.issue.updated',
      'health-check.issue.commented',
      'health-check.issue.closed',
      'health-check.issue.reopened',
    ]);
  });

  it('keeps one issue per repository with issue-scope: repository, and closes the one of a repository that got healthy', async () => {
    const repos = live();
    const home = repos[0]!;
    const inputs = {
      organization: 'moko-demo',
      checks: 'compliance',
      compliance: 'required-files',
      'required-files': 'CONTRIBUTING.md',
      issues: 'on',
      'issues-on': 'degraded',
      'issue-scope': 'repository',
      'fail-on': 'none',
    };
    const withIssue = () =>
      repos
        .map((r) => ({
          repo: r,
          issues: r.issues.filter((i) =>
            (i.body ?? '').includes(`moko-health-check:repository:${r.owner}/${r.name} -->`),
          ),
        }))
        .filter((x) => x.issues.length > 0);
    const first = await runAction({
      action: 'health-check',
      emulator,
      repository: `${home.owner}/${home.name}`,
      inputs,
    });
    expect(first.outputs.status).toBe('degraded');
    // Every non-empty repository lacks CONTRIBUTING.md: one issue in each, none for the organization.
    const opened = withIssue();
    expect(opened.length).toBe(repos.length);
    for (const x of opened) expect(x.issues.map((i) => i.state)).toEqual(['open']);
    expect(home.issues.filter((i) => (i.body ?? '').includes('moko-health-check:organization:'))).toEqual([]);
    await putFile(repos[1]!, 'CONTRIBUTING.md', '# Contributing\n');
    await runAction({ action: 'health-check', emulator, repository: `${home.owner}/${home.name}`, inputs });
    const after = withIssue();
    expect(after.map((x) => x.issues.length)).toEqual(opened.map(() => 1));
    expect(after.find((x) => x.repo === repos[1])?.issues[0]?.state).toBe('closed');
    expect(after.filter((x) => x.repo !== repos[1]).every((x) => x.issues[0]?.state === 'open')).toBe(true);
  });

  it('writes the JSON report and the badge (Shields endpoint and SVG), and commits the badge to a branch', async () => {
    const [repo] = live();
    const repository = `${repo!.owner}/${repo!.name}`;
    const run = await runAction({
      action: 'health-check',
      emulator,
      repository,
      inputs: { checks: 'api, circuit-breaker', 'badge-branch': 'health-badge' },
    });
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as Record<string, unknown>;
    expect(report).toMatchObject({ version: 1, status: 'healthy', target: { kind: 'repository' } });
    const endpoint = JSON.parse(readFileSync(join(run.workspace, 'health-check/health.json'), 'utf8'));
    expect(endpoint).toEqual({ schemaVersion: 1, label: 'health', message: 'healthy', color: 'brightgreen' });
    const svg = readFileSync(run.outputs['badge-file']!, 'utf8');
    expect(svg).toMatch(/^<svg[^>]*>.*healthy.*<\/svg>$/s);
    expect(run.requests.map((r) => `${r.method} ${r.route} ${r.status}`)).toEqual(
      expect.arrayContaining([
        'POST /repos/{owner}/{repo}/git/refs 201',
        'PUT /repos/{owner}/{repo}/contents/{path} 201',
      ]),
    );
    // The self-test ran and passed beside the live breaker.
    expect(run.summary).toMatch(
      /\| `circuit-breaker` \| ✅ healthy \| 0 \| self-test passed \(9\/9 transitions\); live: closed/,
    );
    // A second run with the same status commits nothing.
    const again = await runAction({
      action: 'health-check',
      emulator,
      repository,
      inputs: { checks: 'api, circuit-breaker', 'badge-branch': 'health-badge' },
    });
    expect(again.requests.filter((r) => r.method === 'PUT' || r.method === 'POST').map((r) => r.route)).toEqual([]);
  });

  it('checks compliance through its rules: branch protection or ruleset, secret scanning, read-only GITHUB_TOKEN', async () => {
    const repo = live().find((r) => r.visibility === 'private')!;
    const repository = `${repo.owner}/${repo.name}`;
    repo.protections.clear();
    repo.rulesets.length = 0;
    repo.workflowPermissions = { default: 'write', canApprovePullRequestReviews: false };
    const inputs = {
      checks: 'compliance',
      compliance: 'branch-protection, secret-scanning, actions-permissions',
      'fail-on': 'none',
    };
    const run = await runAction({ action: 'health-check', emulator, repository, inputs });
    expect(
      run.annotations
        .filter((a) => a.title)
        .map((a) => a.title)
        .sort(),
    ).toEqual([
      'health/compliance/push-protection-disabled (low)',
      'health/compliance/secret-scanning-disabled (medium)',
      'health/compliance/token-write (medium)',
      'health/compliance/unprotected-branch (medium)',
    ]);
    // Fixed through the API: a ruleset-free branch protection, secret scanning on, a read-only token.
    const res = await api('PUT', `/repos/${repository}/branches/${repo.default_branch}/protection`, {
      required_status_checks: null,
      enforce_admins: true,
      required_pull_request_reviews: { required_approving_review_count: 1 },
      restrictions: null,
    });
    expect(res.ok).toBe(true);
    repo.securityAndAnalysis = { secretScanning: 'enabled', pushProtection: 'enabled' };
    expect(
      (await api('PUT', `/repos/${repository}/actions/permissions/workflow`, { default_workflow_permissions: 'read' }))
        .status,
    ).toBe(204);
    const fixed = await runAction({ action: 'health-check', emulator, repository, inputs });
    expect(fixed.outputs.status).toBe('healthy');
    expect(fixed.summary).toContain(
      '1 of 1 repository compliant (branch-protection, secret-scanning, actions-permissions)',
    );
    // A read-only token cannot see security_and_analysis nor the Actions settings: said, not passed as compliant.
    emulator.addToken('ghs_read_only', { repos: [repository], permission: 'read' });
    const readOnly = await runAction({ action: 'health-check', emulator, repository, token: 'ghs_read_only', inputs });
    expect(readOnly.summary).toContain('secret-scanning not readable in 1, actions-permissions not readable in 1');
  });

  it('counts the repositories a token cannot read', async () => {
    const repos = live();
    const reach = repos.slice(0, 2).map((r) => `${r.owner}/${r.name}`);
    emulator.addToken('ghs_partial_reach', { repos: reach, permission: 'read' });
    const all = [...emulator.state.repos.values()];
    const hidden = all.filter((r) => r.visibility === 'public' || reach.includes(`${r.owner}/${r.name}`));
    const run = await runAction({
      action: 'health-check',
      emulator,
      token: 'ghs_partial_reach',
      inputs: { organization: 'moko-demo', checks: 'token', 'fail-on': 'none' },
    });
    const expected = all.length - hidden.length;
    expect(expected).toBeGreaterThan(0);
    const finding = run.annotations.find((a) => a.title?.startsWith('health/token/unreadable-repositories'));
    expect(finding?.message).toContain(`cannot read ${expected} of ${all.length} repositories of moko-demo`);
    expect(run.outputs.status).toBe('unhealthy');
  });
});

describe('health-check with a GitHub App installation missing one permission', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const PRIVATE_KEY = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startEmulator({ repos: 3, seed: 4 });
    emulator.addApp({
      id: 7001,
      slug: 'moko-watchdog',
      name: 'Moko Watchdog',
      publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      installations: [
        {
          id: 71,
          account: 'moko-demo',
          repos: '*',
          // Everything health-check needs but issues: write.
          permissions: { actions: 'read', contents: 'read', administration: 'read', issues: 'read', metadata: 'read' },
        },
      ],
    });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('names the action and the permission the installation lacks', async () => {
    const repo = [...emulator.state.repos.values()][0]!;
    const run = await runAction({
      action: 'health-check',
      emulator,
      repository: `${repo.owner}/${repo.name}`,
      token: 'ghs_not_used_when_an_app_is_given',
      inputs: {
        'app-id': '7001',
        'app-private-key': PRIVATE_KEY,
        checks: 'permissions',
        'permissions-for': 'health-check, metrics-collect',
        'fail-on': 'none',
      },
    });
    expect(run.stderr).toBe('');
    const missing = run.annotations.filter((a) => a.title?.startsWith('health/permissions/missing'));
    expect(missing.map((a) => a.message.split(' (to ')[0])).toEqual([
      'health-check needs issues: write',
      'metrics-collect needs pull_requests: read',
    ]);
    expect(run.summary).toMatch(
      /\| `permissions` \| ❌ unhealthy \| 2 \| 0 of 2 actions have what they need \(App installation permissions\); missing for health-check, metrics-collect \|/,
    );
    expect(leakedSecrets(run, [PRIVATE_KEY.trim()])).toEqual([]);
    expect(emulator.violations).toEqual([]);
  });
});
