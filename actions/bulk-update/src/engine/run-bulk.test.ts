import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../../test/support/fakes/recording-logger.js';
import { manualClock } from '../../../../shared/core/clock.js';
import { gitBlobSha } from './blob-sha.js';
import { parseBulkConfig } from './config.js';
import { fakeApi, withHeaders } from '../../../../test/support/fakes/bulk-api.js';
import { type Ledger, runBulk } from './run-bulk.js';

const SECURITY = '# Security\n';

/** A fake organization: `n` repositories, those in `stale` have an outdated SECURITY.md. */
function org(n: number, stale: Set<number>, opts: { forbidden?: Set<number> } = {}) {
  const repos = Array.from({ length: n }, (_, i) => ({
    name: `repo-${String(i).padStart(4, '0')}`,
    full_name: `acme/repo-${String(i).padStart(4, '0')}`,
    node_id: `R_${i}`,
    owner: { login: 'acme' },
    default_branch: 'main',
  }));
  const index = (name: string) => Number(name.slice(5));
  let pr = 0;
  return fakeApi({
    'GET /orgs/{org}/repos': (p) => {
      const page = Number(p.page);
      const link: Record<string, string> =
        page * 100 < repos.length ? { link: `<https://api/x?page=${page + 1}>; rel="next"` } : {};
      return withHeaders(repos.slice((page - 1) * 100, page * 100), link);
    },
    BulkRead: (p) => {
      const out: Record<string, unknown> = {};
      for (const m of String(p.query).matchAll(/(r\d+): repository\(owner: "acme", name: "([^"]+)"\)/g)) {
        const i = index(m[2]!);
        if (opts.forbidden?.has(i)) continue;
        out[m[1]!] = {
          id: `R_${i}`,
          defaultBranchRef: { name: 'main', target: { oid: 'a'.repeat(40) }, branchProtectionRule: null },
          f0: { oid: gitBlobSha(stale.has(i) ? 'old\n' : SECURITY) },
          b0: null,
          head: null,
          pullRequests: { nodes: [] },
        };
      }
      if (Object.keys(out).length < String(p.query).split('repository(').length - 1) {
        throw Object.assign(new Error('Could not resolve to a Repository'), {
          data: out,
          errors: [...(opts.forbidden ?? [])].map((i) => ({
            type: 'NOT_FOUND',
            message: 'no access',
            path: [`r${i % 40}`],
          })),
        });
      }
      return out;
    },
    BulkCreateRef: () => ({ createRef: { ref: { id: 'REF' } } }),
    BulkCommit: () => ({ createCommitOnBranch: { commit: { oid: 'c'.repeat(40) } } }),
    BulkCreatePull: () => {
      pr++;
      return { createPullRequest: { pullRequest: { id: `PR_${pr}`, number: pr, url: `http://x/pull/${pr}` } } };
    },
  });
}

function setup() {
  const ws = mkdtempSync(join(tmpdir(), 'bulk-run-'));
  mkdirSync(join(ws, 'std'));
  writeFileSync(join(ws, 'std/SECURITY.md'), SECURITY);
  const config = parseBulkConfig({
    operations: [{ type: 'files', files: [{ source: 'std/SECURITY.md', target: 'SECURITY.md' }] }],
  });
  return { ws, config };
}

function memoryLedger(): Ledger & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>();
  return {
    entries,
    done: (k) => entries.has(k),
    get: <T>(k: string) => entries.get(k) as T | undefined,
    mark: async (k, v) => {
      entries.set(k, v);
    },
  };
}

const base = (api: ReturnType<typeof org>, ws: string, config: ReturnType<typeof setup>['config']) => ({
  api,
  config,
  org: 'acme',
  workspace: ws,
  shard: { index: 1, count: 1 },
  dryRun: false,
  runId: '1',
  runAttempt: 1,
  clock: manualClock(0),
  logger: recordingLogger(),
});

describe('runBulk', () => {
  it('an unchanged repository costs at most 0.05 requests; a changed one 3 (no labels or reviewers configured)', async () => {
    const { ws, config } = setup();
    const api = org(200, new Set([5, 150]));
    const rep = await runBulk(base(api, ws, config));
    expect(rep.counts).toEqual({ updated: 2, unchanged: 198, skipped: 0, failed: 0 });
    const reads = api.calls.filter((c) => c.name === 'GET /orgs/{org}/repos' || c.name === 'BulkRead');
    expect(reads.length / 200).toBeLessThanOrEqual(0.05);
    const writes = api.calls.length - reads.length;
    expect(writes / 2).toBe(3);
    expect(rep.requests.total).toBe(api.calls.length);
  });

  it('a repository the token cannot read fails with the reason; the run goes on', async () => {
    const { ws, config } = setup();
    const api = org(3, new Set([0, 2]), { forbidden: new Set([1]) });
    const rep = await runBulk(base(api, ws, config));
    expect(rep.repositories.map((r) => [r.repo, r.status])).toEqual([
      ['repo-0000', 'updated'],
      ['repo-0001', 'failed'],
      ['repo-0002', 'updated'],
    ]);
    expect(rep.repositories[1]!.reason).toBe('cannot read repository (NOT_FOUND: no access)');
  });

  it('dry-run writes nothing and reports what would change', async () => {
    const { ws, config } = setup();
    const api = org(3, new Set([1]));
    const rep = await runBulk({ ...base(api, ws, config), dryRun: true });
    expect(api.calls.map((c) => c.name)).toEqual(['GET /orgs/{org}/repos', 'BulkRead', 'BulkTexts']);
    expect(rep.repositories[1]).toMatchObject({
      status: 'updated',
      reason: 'dry run: would open a pull request',
      changes: ['~ SECURITY.md'],
    });
  });

  it('waves: after each wave of updated repositories every writer pauses on the clock', async () => {
    const { ws } = setup();
    const config = parseBulkConfig({
      operations: [{ type: 'files', files: [{ source: 'std/SECURITY.md', target: 'SECURITY.md' }] }],
      pacing: { concurrency: 1, waves: { size: 1, pauseMinutes: 10 } },
    });
    const clock = manualClock(0);
    await runBulk({ ...base(org(3, new Set([0, 1, 2])), ws, config), clock });
    expect(clock.slept.filter((ms) => Math.round(ms) === 600_000)).toHaveLength(2);
  });

  it('with a ledger, a re-run attempt skips repositories an earlier attempt finished', async () => {
    const { ws, config } = setup();
    const ledger = memoryLedger();
    await runBulk({ ...base(org(3, new Set([0, 1])), ws, config), ledger });
    expect([...ledger.entries.keys()].sort()).toEqual([
      'done:repo-0000',
      'done:repo-0001',
      'start:repo-0000',
      'start:repo-0001',
    ]);
    const api = org(3, new Set([0, 1]));
    const rep = await runBulk({ ...base(api, ws, config), ledger, runAttempt: 2 });
    expect(rep.counts.updated).toBe(2);
    expect(api.calls.filter((c) => c.name.startsWith('BulkCreate'))).toEqual([]);
  });
});
