import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../../../test/support/fakes/recording-logger.js';
import { manualClock } from '../../../../../shared/core/clock.js';
import { gitBlobSha } from '../blob-sha.js';
import { parseBulkConfig } from '../config.js';
import { fakeApi } from '../../../../../test/support/fakes/bulk-api.js';
import { emptyNeeds, type RepoState } from '../model.js';
import { describePlan } from '../describe.js';
import { planRepo } from '../plan-repo.js';
import { toRepoInfo } from '../repos.js';
import { prepareOperations } from './registry.js';

const repo = toRepoInfo({
  name: 'api',
  full_name: 'acme/api',
  node_id: 'R_api',
  owner: { login: 'acme' },
  custom_properties: { team: 'platform' },
  security_and_analysis: { secret_scanning: { status: 'disabled' } },
});

function workspace(): string {
  const ws = mkdtempSync(join(tmpdir(), 'bulk-ops-'));
  mkdirSync(join(ws, 'std/workflows'), { recursive: true });
  writeFileSync(
    join(ws, 'std/CODEOWNERS'),
    '* @acme/{{ properties.team }} # {{ repo.name }}@{{ repo.defaultBranch }}\n',
  );
  writeFileSync(join(ws, 'std/SECURITY.md'), 'Report to security@acme.test\n');
  writeFileSync(join(ws, 'std/workflows/ci.yml'), 'name: ci\n');
  return ws;
}

function baseState(over: Partial<RepoState> = {}): RepoState {
  return {
    id: 'R_api',
    defaultBranch: 'trunk',
    headOid: 'a'.repeat(40),
    defaultProtected: false,
    files: new Map(),
    dirs: new Map(),
    texts: new Map(),
    branch: null,
    pulls: [],
    deliveryLabels: new Map(),
    ...over,
  };
}

async function prepare(operations: unknown[], now = 0) {
  const config = parseBulkConfig({ operations });
  const api = fakeApi({});
  const ops = await prepareOperations(config.operations, {
    api,
    org: 'acme',
    workspace: workspace(),
    clock: manualClock(now),
    logger: recordingLogger(),
    dryRun: true,
  });
  const needs = emptyNeeds();
  for (const op of ops) op.needs(needs);
  return { ops, needs };
}

describe('files operation', () => {
  it('renders templates per repository and compares by blob id, asking only for blob ids', async () => {
    const { ops, needs } = await prepare([
      {
        type: 'files',
        files: [
          { source: 'std/CODEOWNERS', target: '.github/CODEOWNERS', template: true },
          { source: 'std/SECURITY.md', target: 'SECURITY.md' },
        ],
      },
    ]);
    expect([...needs.files]).toEqual(['.github/CODEOWNERS', 'SECURITY.md']);
    expect(needs.texts.size).toBe(0);
    const rendered = '* @acme/platform # api@trunk\n';
    const state = baseState({
      files: new Map([
        ['.github/CODEOWNERS', null],
        ['SECURITY.md', gitBlobSha('Report to security@acme.test\n')],
      ]),
    });
    const plan = planRepo(repo, state, ops);
    expect(plan.files.map((f) => [f.path, f.kind, f.content?.toString()])).toEqual([
      ['.github/CODEOWNERS', 'add', rendered],
    ]);
    state.files.set('.github/CODEOWNERS', gitBlobSha(rendered));
    expect(planRepo(repo, state, ops).files).toEqual([]);
  });

  it('replace: false leaves an existing file alone and notes it', async () => {
    const { ops } = await prepare([
      { type: 'files', files: [{ source: 'std/SECURITY.md', target: 'SECURITY.md', replace: false }] },
    ]);
    const plan = planRepo(repo, baseState({ files: new Map([['SECURITY.md', 'f'.repeat(40)]]) }), ops);
    expect(plan.files).toEqual([]);
    expect(plan.notes).toEqual(["SECURITY.md: kept the repository's own version (replace: false)"]);
  });

  it('syncs folders, deletes orphans when asked, deletes and renames paths', async () => {
    const { ops, needs } = await prepare([
      {
        type: 'files',
        files: [
          { source: 'std/workflows/', target: '.github/workflows/', orphans: 'delete' },
          { delete: 'OLD.md' },
          { rename: { from: '.github/old.yml', to: '.github/new.yml' } },
        ],
      },
    ]);
    expect([...needs.dirs]).toEqual(['.github/workflows']);
    expect([...needs.texts]).toEqual(['.github/old.yml']);
    const state = baseState({
      files: new Map([
        ['.github/workflows/ci.yml', gitBlobSha('name: ci\n')],
        ['OLD.md', 'd'.repeat(40)],
        ['.github/old.yml', gitBlobSha('x: 1\n')],
        ['.github/new.yml', null],
      ]),
      dirs: new Map([
        [
          '.github/workflows',
          [
            { path: '.github/workflows/ci.yml', oid: gitBlobSha('name: ci\n') },
            { path: '.github/workflows/gone.yml', oid: 'e'.repeat(40) },
          ],
        ],
      ]),
      texts: new Map([['.github/old.yml', 'x: 1\n']]),
    });
    const plan = planRepo(repo, state, ops);
    expect(plan.files.map((f) => `${f.kind} ${f.path}${f.note ? ` (${f.note})` : ''}`)).toEqual([
      'delete .github/workflows/gone.yml (removed from the source folder)',
      'add .github/new.yml (renamed from .github/old.yml)',
      'delete .github/old.yml (renamed to .github/new.yml)',
      'delete OLD.md',
    ]);
  });

  it('a source outside the workspace is a configuration error', async () => {
    await expect(prepare([{ type: 'files', files: [{ source: 'std/../../../etc/hosts' }] }])).rejects.toThrow();
    await expect(prepare([{ type: 'files', files: [{ source: 'missing.txt' }] }])).rejects.toThrow(
      /does not exist in the workspace/,
    );
  });
});

describe('labels, settings, stale-branches operations', () => {
  it('labels: creates missing, updates different, leaves equal ones alone', async () => {
    const { ops } = await prepare([
      {
        type: 'labels',
        labels: [
          { name: 'bug', color: 'd73a4a' },
          { name: 'Docs', color: '0075ca', description: 'Docs' },
          { name: 'new', color: '000000' },
        ],
      },
    ]);
    const state = baseState({
      labels: [
        { id: '1', name: 'bug', color: 'd73a4a', description: null },
        { id: '2', name: 'docs', color: '0075ca', description: 'Docs' },
      ],
    });
    expect(planRepo(repo, state, ops).writes.map((w) => w.description)).toEqual([
      '~ label docs → Docs (#0075ca)',
      '+ label new (#000000)',
    ]);
  });

  it('settings: one write holding only the differences, security from the listing', async () => {
    const { ops } = await prepare([
      {
        type: 'settings',
        settings: { delete_branch_on_merge: true, allow_merge_commit: false, secret_scanning: 'enabled' },
      },
    ]);
    const state = baseState({ settings: { delete_branch_on_merge: true, allow_merge_commit: true } });
    const plan = planRepo(repo, state, ops);
    expect(plan.writes.map((w) => w.description)).toEqual([
      '~ settings allow_merge_commit: true → false, secret_scanning: disabled → enabled',
    ]);
    const api = fakeApi({ 'PATCH /repos/{owner}/{repo}': () => ({}) });
    await plan.writes[0]!.apply(api, (fn) => fn());
    expect(api.calls[0]!.params).toEqual({
      owner: 'acme',
      repo: 'api',
      allow_merge_commit: false,
      security_and_analysis: { secret_scanning: { status: 'enabled' } },
    });
  });

  it('stale-branches: deletes merged or old branches, never default, protected, open-PR or excluded ones', async () => {
    const now = Date.parse('2026-06-01T00:00:00Z');
    const { ops } = await prepare([{ type: 'stale-branches', olderThanDays: 30, exclude: ['release/*'] }], now);
    const b = (name: string, days: number, extra = {}) => ({
      name,
      committedDate: new Date(now - days * 86_400_000).toISOString(),
      protected: false,
      openPulls: 0,
      mergedPulls: 0,
      ...extra,
    });
    const state = baseState({
      branches: [
        b('trunk', 400),
        b('old', 45),
        b('fresh', 2),
        b('merged', 1, { mergedPulls: 1 }),
        b('guarded', 400, { protected: true }),
        b('in-review', 400, { openPulls: 1 }),
        b('release/1.0', 400),
      ],
    });
    const plan = planRepo(repo, state, ops);
    expect(describePlan(plan)).toEqual(['- branch old (untouched 45 days)', '- branch merged (merged)']);
    const api = fakeApi({
      'GET /repos/{owner}/{repo}/branches': () => [{ name: 'merged' }],
      'DELETE /repos/{owner}/{repo}/git/refs/{ref}': () => ({}),
    });
    await plan.writes[0]!.apply(api, (fn) => fn());
    // `merged` turned out protected (e.g. by a ruleset) when checked right before deleting.
    expect(api.calls.map((c) => `${c.name} ${String(c.params.ref ?? '')}`)).toEqual([
      'GET /repos/{owner}/{repo}/branches ',
      'DELETE /repos/{owner}/{repo}/git/refs/{ref} heads/old',
    ]);
  });
});
