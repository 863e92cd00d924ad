import { describe, expect, it } from 'vitest';
import { JobSummary } from '../../../shared/summary/summary.js';
import { failureReason } from './engine/apply-repo.js';
import { writeReportSummary } from './summary.js';
import type { BulkReport } from './engine/results.js';

const report: BulkReport = {
  organization: 'acme',
  shard: '1/1',
  runId: '1',
  runAttempt: 1,
  dryRun: false,
  counts: { updated: 1, unchanged: 1, skipped: 1, failed: 1 },
  repositories: [
    {
      repo: 'a',
      status: 'updated',
      pullRequest: { number: 7, url: 'https://github.com/acme/a/pull/7' },
      changes: ['+ SECURITY.md'],
    },
    { repo: 'b', status: 'unchanged', changes: [] },
    { repo: 'c', status: 'skipped', reason: 'pull request #3 was closed unmerged by a maintainer', changes: [] },
    {
      repo: 'd',
      status: 'failed',
      reason: 'permission denied (403): Resource not accessible by integration',
      changes: [],
    },
  ],
  excluded: [{ name: 'old', reason: 'archived' }],
  requests: { total: 9, rest: 3, graphql: 6, rateLimitRemaining: 4991 },
  durationMs: 1000,
};

describe('writeReportSummary', () => {
  it('lists failed and skipped first with their reasons, updated with the pull request link', () => {
    const s = new JobSummary();
    writeReportSummary(s, report);
    const md = s.toString();
    expect(md).toContain(
      'Shard 1/1: 1 updated, 1 unchanged, 1 skipped, 1 failed; 9 API requests (rate limit remaining 4991).',
    );
    const rows = md.split('\n').filter((l) => /^\| [a-d] \|/.test(l));
    expect(rows.map((r) => r.slice(2, 3))).toEqual(['d', 'c', 'a', 'b']);
    expect(rows[2]).toContain('[#7](https://github.com/acme/a/pull/7)');
    expect(rows[0]).toContain('permission denied (403)');
    expect(md).toContain('1 repositories left out by the selection');
  });
});

describe('failureReason', () => {
  it('names REST statuses and GraphQL error types in words', () => {
    expect(failureReason(Object.assign(new Error('Resource not accessible by integration'), { status: 403 }))).toBe(
      'permission denied (403): Resource not accessible by integration',
    );
    expect(failureReason({ errors: [{ type: 'FORBIDDEN', message: 'moko-bot cannot push' }] })).toBe(
      'permission denied: moko-bot cannot push',
    );
    expect(failureReason(new Error('socket hang up'))).toBe('socket hang up');
  });
});
