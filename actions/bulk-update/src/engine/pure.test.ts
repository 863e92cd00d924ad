import { describe, expect, it } from 'vitest';
import { gitBlobSha } from './blob-sha.js';
import { unifiedDiff } from './diff.js';
import { mergeReports, type BulkReport } from './results.js';
import { inShard, parseShard, shardCount, shardMatrix, shardOf } from './sharding.js';
import { renderTemplate, TemplateError } from './template.js';

describe('gitBlobSha', () => {
  it('equals `git hash-object` (sha1 of "blob <len>\\0<content>")', () => {
    expect(gitBlobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    expect(gitBlobSha('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391');
  });
});

describe('renderTemplate', () => {
  const values = {
    repo: { name: 'api', owner: 'acme', fullName: 'acme/api', defaultBranch: 'main' },
    properties: { team: 'platform', tier: null },
  };
  it('renders repository fields and custom properties', () => {
    expect(renderTemplate('{{ repo.fullName }}@{{repo.defaultBranch}} owned by {{ properties.team }}', values)).toBe(
      'acme/api@main owned by platform',
    );
  });
  it('uses the fallback for an unset property and fails without one', () => {
    expect(renderTemplate('tier {{ properties.tier | "none" }}', values)).toBe('tier none');
    expect(() => renderTemplate('{{ properties.tier }}', values, 'CODEOWNERS')).toThrow(TemplateError);
    expect(() => renderTemplate('{{ repo.nmae }}', values)).toThrow(/repo\.nmae/);
  });
});

describe('sharding', () => {
  const repos = Array.from({ length: 200 }, (_, i) => ({ name: `repo-${i}` }));
  it('parses i/n and rejects anything else naming the input', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('5/4')).toBeUndefined();
    expect(parseShard('0/1')).toBeUndefined();
    expect(parseShard('1/257')).toBeUndefined();
  });
  it('partitions names stably: every repository in exactly one shard, case-insensitively', () => {
    const shards = [1, 2, 3, 4].map((index) => inShard(repos, { index, count: 4 }).map((r) => r.name));
    expect(shards.flat().sort()).toEqual(repos.map((r) => r.name).sort());
    expect(new Set(shards.flat()).size).toBe(200);
    expect(shards.every((s) => s.length > 20)).toBe(true);
    expect(shardOf('Repo-7', 4)).toBe(shardOf('repo-7', 4));
  });
  it('sizes the matrix from the selection', () => {
    expect(shardCount(10)).toBe(1);
    expect(shardCount(1000)).toBe(4);
    expect(shardCount(100_000)).toBe(20);
    expect(JSON.stringify(shardMatrix(3))).toBe('{"shard":["1/3","2/3","3/3"]}');
  });
});

describe('unifiedDiff', () => {
  it('writes diff -u hunks with three lines of context', () => {
    const a = 'a\nb\nc\nd\ne\nf\ng\nh\n';
    const b = 'a\nb\nc\nd\nE\nf\ng\nh\n';
    expect(unifiedDiff('x.txt', a, b)).toBe(
      '--- a/x.txt\n+++ b/x.txt\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n',
    );
  });
  it('shows created and deleted files against /dev/null, and nothing for equal texts', () => {
    expect(unifiedDiff('n', null, 'x\n')).toBe('--- /dev/null\n+++ b/n\n@@ -0,0 +1,1 @@\n+x\n');
    expect(unifiedDiff('n', 'x\n', null)).toBe('--- a/n\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-x\n');
    expect(unifiedDiff('n', 'same\n', 'same\n')).toBe('');
  });
});

describe('mergeReports', () => {
  const base = (shard: string, repos: BulkReport['repositories'], attempt = 1): BulkReport => ({
    organization: 'acme',
    shard,
    runId: '7',
    runAttempt: attempt,
    dryRun: false,
    counts: { updated: 0, unchanged: 0, skipped: 0, failed: 0 },
    repositories: repos,
    excluded: [{ name: 'old', reason: 'archived' }],
    requests: { total: 3, rest: 1, graphql: 2 },
    durationMs: 10,
  });
  it('combines shards, recounts, and keeps the later attempt for a repeated repository', () => {
    const merged = mergeReports([
      base('1/2', [{ repo: 'a', status: 'failed', reason: 'x', changes: [] }]),
      base('2/2', [{ repo: 'b', status: 'unchanged', changes: [] }]),
      base('1/2', [{ repo: 'a', status: 'updated', changes: ['+ f'] }], 2),
    ]);
    expect(merged.repositories.map((r) => [r.repo, r.status])).toEqual([
      ['a', 'updated'],
      ['b', 'unchanged'],
    ]);
    expect(merged.counts).toEqual({ updated: 1, unchanged: 1, skipped: 0, failed: 0 });
    expect(merged.requests.total).toBe(9);
    expect(merged.excluded).toEqual([{ name: 'old', reason: 'archived' }]);
    expect(merged.shard).toBe('merged');
  });
});
