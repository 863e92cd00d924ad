import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../../shared/core/clock.js';
import { gitBlobSha } from './blob-sha.js';
import { deliveryConfig } from './config.js';
import { type DeliveryContext, deliverFiles, previewDelivery } from './deliver.js';
import { fakeApi } from '../../../../test/support/fakes/bulk-api.js';
import type { FileChange, RepoState } from './model.js';
import { ContentPacer } from './pacer.js';
import { toRepoInfo } from './repos.js';

const repo = toRepoInfo({ name: 'api', full_name: 'acme/api', node_id: 'R_api', owner: { login: 'acme' } });
const content = Buffer.from('* @acme/platform\n');
const change: FileChange = { path: '.github/CODEOWNERS', kind: 'add', content, oid: gitBlobSha(content) };

function state(over: Partial<RepoState> = {}): RepoState {
  return {
    id: 'R_api',
    defaultBranch: 'main',
    headOid: 'a'.repeat(40),
    defaultProtected: false,
    files: new Map([[change.path, null]]),
    dirs: new Map(),
    texts: new Map(),
    branch: null,
    pulls: [],
    deliveryLabels: new Map([['standards', 'LA_1']]),
    ...over,
  };
}

function api() {
  return fakeApi({
    BulkCreateRef: () => ({ createRef: { ref: { id: 'REF', target: { oid: 'a'.repeat(40) } } } }),
    BulkCommit: () => ({ createCommitOnBranch: { commit: { oid: 'c'.repeat(40) } } }),
    BulkCreatePull: () => ({ createPullRequest: { pullRequest: { id: 'PR_1', number: 1, url: 'http://x/pull/1' } } }),
    BulkUpdatePull: () => ({ updatePullRequest: { pullRequest: { id: 'PR_1' } } }),
    BulkDecorate: () => ({}),
  });
}

function ctx(a: ReturnType<typeof api>, over: Partial<DeliveryContext> = {}): DeliveryContext {
  return {
    api: a,
    pacer: new ContentPacer({ perMinute: 80, perHour: 500, clock: manualClock() }),
    delivery: deliveryConfig({ labels: ['standards'], autoMerge: 'squash' }),
    force: false,
    reviewers: async () => ({ userIds: ['U_1'], teamIds: [], missing: [] }),
    values: { repo: { name: 'api', owner: 'acme', fullName: 'acme/api', defaultBranch: 'main' }, properties: {} },
    recovering: false,
    ...over,
  };
}

const names = (a: ReturnType<typeof api>) => a.calls.map((c) => c.name);

describe('deliverFiles', () => {
  it('opens a pull request in four requests: branch, verified commit, pull request, labels+reviewers+auto-merge', async () => {
    const a = api();
    const out = await deliverFiles(repo, state(), [change], ctx(a));
    expect(names(a)).toEqual(['BulkCreateRef', 'BulkCommit', 'BulkCreatePull', 'BulkDecorate']);
    expect(out).toEqual({
      status: 'updated',
      pullRequest: { number: 1, url: 'http://x/pull/1' },
      commit: 'c'.repeat(40),
    });
    const commit = a.calls[1]!.params.input as {
      expectedHeadOid: string;
      fileChanges: { additions: { contents: string }[] };
    };
    expect(commit.expectedHeadOid).toBe('a'.repeat(40));
    expect(Buffer.from(commit.fileChanges.additions[0]!.contents, 'base64').toString()).toBe('* @acme/platform\n');
    const decorate = String(a.calls[3]!.params.query);
    expect(decorate).toContain('addLabelsToLabelable');
    expect(decorate).toContain('requestReviews');
    expect(decorate).toContain('mergeMethod: SQUASH');
  });

  it('updates our open pull request with a new commit on its branch, never a second pull request', async () => {
    const a = api();
    const s = state({
      branch: { id: 'REF', oid: 'b'.repeat(40), files: new Map([[change.path, 'old']]) },
      pulls: [{ id: 'PR_1', number: 1, url: 'http://x/pull/1', state: 'OPEN', baseRefName: 'main' }],
    });
    const out = await deliverFiles(repo, s, [change], ctx(a));
    expect(names(a)).toEqual(['BulkCommit', 'BulkUpdatePull']);
    expect((a.calls[0]!.params.input as { expectedHeadOid: string }).expectedHeadOid).toBe('b'.repeat(40));
    expect(out.status).toBe('updated');
  });

  it('does nothing when our open pull request already carries the desired content', async () => {
    const a = api();
    const s = state({
      branch: { id: 'REF', oid: 'b'.repeat(40), files: new Map([[change.path, change.oid!]]) },
      pulls: [{ id: 'PR_1', number: 1, url: 'http://x/pull/1', state: 'OPEN', baseRefName: 'main' }],
    });
    expect(await deliverFiles(repo, s, [change], ctx(a))).toMatchObject({
      status: 'unchanged',
      pullRequest: { number: 1 },
    });
    expect(a.calls).toEqual([]);
  });

  it('respects a pull request a maintainer closed unmerged, unless force', async () => {
    const closed = state({ pulls: [{ id: 'PR_1', number: 4, url: 'u', state: 'CLOSED', baseRefName: 'main' }] });
    const a = api();
    expect(await deliverFiles(repo, closed, [change], ctx(a))).toMatchObject({
      status: 'skipped',
      reason: expect.stringContaining('#4 was closed'),
    });
    expect(a.calls).toEqual([]);
    const b = api();
    expect((await deliverFiles(repo, closed, [change], ctx(b, { force: true }))).status).toBe('updated');
    expect(names(b)).toEqual(['BulkCreateRef', 'BulkCommit', 'BulkCreatePull', 'BulkDecorate']);
  });

  it('finishes what a killed attempt started: existing branch without a pull request gets only the pull request', async () => {
    const a = api();
    const s = state({ branch: { id: 'REF', oid: 'c'.repeat(40), files: new Map([[change.path, change.oid!]]) } });
    await deliverFiles(repo, s, [change], ctx(a, { recovering: true }));
    expect(names(a)).toEqual(['BulkCreatePull', 'BulkDecorate']);
    // Killed after the pull request was opened: only its body and extras are applied again.
    const b = api();
    const open = { ...s, pulls: [{ id: 'PR_1', number: 1, url: 'u', state: 'OPEN' as const, baseRefName: 'main' }] };
    expect(await deliverFiles(repo, open, [change], ctx(b, { recovering: true }))).toMatchObject({ status: 'updated' });
    expect(names(b)).toEqual(['BulkUpdatePull', 'BulkDecorate']);
  });

  it('commits directly to an unprotected default branch in mode commit, and opens a PR when protected', async () => {
    const a = api();
    const direct = ctx(a, { delivery: deliveryConfig({ mode: 'commit' }) });
    expect(await deliverFiles(repo, state(), [change], direct)).toEqual({ status: 'updated', commit: 'c'.repeat(40) });
    expect(names(a)).toEqual(['BulkCommit']);
    const b = api();
    await deliverFiles(repo, state({ defaultProtected: true }), [change], { ...direct, api: b });
    expect(names(b)).toEqual(['BulkCreateRef', 'BulkCommit', 'BulkCreatePull', 'BulkDecorate']);
  });

  it('previewDelivery predicts the same decisions without a request', () => {
    const d = deliveryConfig({});
    expect(previewDelivery(state(), [change], d, false)).toEqual({
      status: 'updated',
      reason: 'dry run: would open a pull request',
    });
    expect(previewDelivery(state(), [], d, false)).toEqual({ status: 'unchanged' });
  });
});
