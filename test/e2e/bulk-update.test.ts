import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, runAction } from '../harness/index.js';
import {
  BRANCH,
  branchCommits,
  bulkReport,
  bulkWorkspace,
  fileText,
  filesConfig,
  ORG,
  ourPulls,
  targetNames,
  writesOf,
} from './bulk-update-helpers.js';

let em: Emulator;
beforeAll(async () => {
  em = await startEmulator({ repos: 8, seed: 3, secondaryLimit: false });
});
afterEach(() => em.reset());
afterAll(async () => {
  await em.close();
  await cleanup();
});

const run = (workspace: string, inputs: Record<string, string | boolean> = {}, extra: Record<string, unknown> = {}) =>
  runAction({ action: 'bulk-update', emulator: em, workspace, repository: `${ORG}/standards`, inputs, ...extra });

describe('bulk-update end to end (files)', () => {
  it('dry-run computes the diff per repository and writes nothing', async () => {
    const names = targetNames(em, 3);
    const r = await run(await bulkWorkspace(filesConfig(names)), { 'dry-run': true });
    expect(r.conclusion, r.stderr + r.stdout).toBe('success');
    expect(r.outputs).toMatchObject({ updated: '3', unchanged: '0', failed: '0' });
    expect(writesOf(r.requests)).toEqual([]);
    const rep = bulkReport(r.outputs);
    const row = rep.repositories.find((x) => x.repo === names[0])!;
    expect(row.diff).toContain('+++ b/SECURITY.md');
    expect(row.diff).toContain(`+# Owners of ${names[0]}`);
    expect(r.summary).toContain(`Diff for ${names[0]}`);
    for (const n of names) expect(ourPulls(em, n)).toEqual([]);
    expect(r.violations).toEqual([]);
  });

  it('opens one pull request per repository with one verified commit, then a re-run changes nothing', async () => {
    const names = targetNames(em, 3);
    const ws = await bulkWorkspace(filesConfig(names));
    const first = await run(ws, {}, { runId: 101 });
    expect(first.conclusion, first.stderr + first.stdout).toBe('success');
    expect(first.outputs).toMatchObject({ updated: '3', unchanged: '0', skipped: '0', failed: '0' });
    for (const n of names) {
      const pulls = ourPulls(em, n);
      expect(pulls).toHaveLength(1);
      expect(pulls[0]!.labels).toContain('standards');
      expect(branchCommits(em, n)).toEqual([
        { message: expect.stringContaining('chore: apply organization standards'), verified: true },
      ]);
      expect(fileText(em, n, '.github/CODEOWNERS', BRANCH)).toMatch(
        new RegExp(`^# Owners of ${n} \\(default branch \\w+\\)`),
      );
    }
    // At most 4 content-creating requests per changed repository.
    expect(writesOf(first.requests).length).toBeLessThanOrEqual(4 * 3);
    expect(first.summary).toMatch(/\[#\d+\]\(http/);

    const again = await run(ws, {}, { runId: 102 });
    expect(again.outputs).toMatchObject({ updated: '0', unchanged: '3' });
    expect(writesOf(again.requests)).toEqual([]);
    for (const n of names) expect(ourPulls(em, n)).toHaveLength(1);
    expect(again.violations).toEqual([]);
  });

  it('updates our open pull request with a new commit when the source changes, never a second one', async () => {
    const names = targetNames(em, 2);
    await run(await bulkWorkspace(filesConfig(names)), {}, { runId: 201 });
    const changed = await bulkWorkspace(filesConfig(names), { 'standards/SECURITY.md': '# Security policy v2\n' });
    const r = await run(changed, {}, { runId: 202 });
    expect(r.outputs).toMatchObject({ updated: '2' });
    for (const n of names) {
      expect(ourPulls(em, n)).toHaveLength(1);
      expect(branchCommits(em, n)).toHaveLength(2);
      expect(fileText(em, n, 'SECURITY.md', BRANCH)).toBe('# Security policy v2\n');
    }
  });

  it('respects a pull request a maintainer closed unmerged, unless force', async () => {
    const [name] = targetNames(em, 1);
    await run(await bulkWorkspace(filesConfig([name!])), {}, { runId: 301 });
    const pr = ourPulls(em, name!)[0]!;
    pr.state = 'closed';
    const skipped = await run(await bulkWorkspace(filesConfig([name!])), {}, { runId: 302 });
    expect(skipped.outputs).toMatchObject({ skipped: '1', updated: '0' });
    expect(bulkReport(skipped.outputs).repositories[0]!.reason).toContain(`#${pr.number} was closed unmerged`);
    expect(writesOf(skipped.requests)).toEqual([]);
    const forced = await run(await bulkWorkspace(filesConfig([name!], { force: true })), {}, { runId: 303 });
    expect(forced.outputs).toMatchObject({ updated: '1' });
    expect(ourPulls(em, name!).filter((p) => p.state === 'open')).toHaveLength(1);
  });

  it('a repository the token cannot write fails alone, with the reason; the others are updated', async () => {
    const all = em.state.reposOf(ORG).filter((r) => !r.archived && !r.fork);
    const pub = all.find((r) => r.visibility === 'public') ?? all[0]!;
    if (pub.visibility !== 'public') pub.visibility = 'public';
    const others = all.filter((r) => r !== pub).slice(0, 2);
    em.addToken('ghs_partial', { repos: others.map((r) => `${ORG}/${r.name}`), permission: 'write' });
    const names = [pub.name, ...others.map((r) => r.name)];
    const r = await run(
      await bulkWorkspace(filesConfig(names)),
      { 'github-token': 'ghs_partial' },
      { token: 'ghs_partial' },
    );
    expect(r.outputs).toMatchObject({ updated: '2', failed: '1' });
    expect(r.conclusion).toBe('failure');
    const failed = bulkReport(r.outputs).repositories.find((x) => x.status === 'failed')!;
    expect(failed.repo).toBe(pub.name);
    expect(failed.reason).toMatch(/403|404|access|permission/i);
    expect(r.summary).toContain('❌ failed');
  });
});

describe('bulk-update folders, reviewers and auto-merge', () => {
  it('syncs a folder, deletes files removed from the source folder, requests reviewers and enables auto-merge', async () => {
    const [name] = targetNames(em, 1);
    const config = {
      selection: { names: [name] },
      operations: [
        {
          type: 'files',
          files: [
            { source: 'standards/workflows/', target: '.github/workflows/', orphans: 'delete' },
            { delete: 'LICENSE' },
          ],
        },
      ],
      delivery: { reviewers: ['octocat'], autoMerge: 'squash', labels: ['standards'] },
      pacing: { perMinute: 6000, perHour: 100000 },
    };
    em.state.account('octocat');
    const repo = em.state.repo(ORG, name!)!;
    // Auto-merge needs something to wait for: GitHub refuses it on a pull request that is already mergeable.
    repo.protections.set(repo.default_branch, { required_status_checks: { strict: false, contexts: ['ci'] } });
    const git = em.state.git(repo);
    const tree = git.lookup(git.resolveCommit(repo.default_branch)!, '.github/workflows');
    const dir = tree ? git.get(tree.sha) : undefined;
    // Whatever workflows the emulator seeded: each is absent from the source folder, so it goes.
    const seeded = (dir?.type === 'tree' ? dir.entries.filter((e) => e.type === 'blob') : [])
      .map((e) => `.github/workflows/${e.name}`)
      .filter((p) => p !== '.github/workflows/lint.yml')
      .sort();
    expect(seeded.length).toBeGreaterThan(0);
    const r = await run(await bulkWorkspace(config));
    expect(r.conclusion, r.stderr + r.stdout).toBe('success');
    const row = bulkReport(r.outputs).repositories[0]!;
    expect(row.changes).toEqual([
      '+ .github/workflows/lint.yml',
      ...seeded.map((p) => `- ${p} (removed from the source folder)`),
      '- LICENSE',
    ]);
    const pr = ourPulls(em, name!)[0]!;
    expect(pr.requested_reviewers).toEqual(['octocat']);
    // The emulator keeps the GraphQL enum (SQUASH) where REST would say squash.
    expect(pr.auto_merge?.merge_method.toLowerCase()).toBe('squash');
    expect(pr.labels).toEqual(['standards']);
    for (const p of seeded) expect(fileText(em, name!, p, BRANCH)).toBeUndefined();
    expect(fileText(em, name!, 'LICENSE', BRANCH)).toBeUndefined();
    expect(r.violations).toEqual([]);
  });

  it('auto-merge refused on an already mergeable pull request is reported, not a failure', async () => {
    const [name] = targetNames(em, 1);
    const r = await run(
      await bulkWorkspace(filesConfig([name!], { delivery: { autoMerge: 'merge', branch: BRANCH } })),
    );
    expect(r.outputs).toMatchObject({ updated: '1', failed: '0' });
    expect(bulkReport(r.outputs).repositories[0]!.reason).toBe(
      'auto-merge not enabled: the pull request is already mergeable',
    );
    expect(ourPulls(em, name!)).toHaveLength(1);
  });
});

describe('bulk-update direct commits', () => {
  it('mode commit: one verified commit on an unprotected default branch; a protected one gets a pull request', async () => {
    const [open, guarded] = targetNames(em, 2).map((n) => em.state.repo(ORG, n)!);
    open!.protections.delete(open!.default_branch);
    guarded!.protections.set(guarded!.default_branch, { required_status_checks: { strict: false, contexts: ['ci'] } });
    const r = await run(
      await bulkWorkspace(filesConfig([open!.name, guarded!.name], { delivery: { mode: 'commit' } })),
    );
    expect(r.outputs).toMatchObject({ updated: '2', failed: '0' });
    expect(ourPulls(em, open!.name)).toEqual([]);
    expect(fileText(em, open!.name, 'SECURITY.md')).toContain('security@moko.test');
    expect(ourPulls(em, guarded!.name)).toHaveLength(1);
    expect(fileText(em, guarded!.name, 'SECURITY.md', BRANCH)).toContain('security@moko.test');
  });
});

describe('bulk-update plan and shards', () => {
  it('plan outputs a matrix sized from the selection and writes nothing', async () => {
    const r = await run(await bulkWorkspace(filesConfig(['*'])), { plan: true });
    expect(r.outputs.matrix).toBe('{"shard":["1/1"]}');
    expect(writesOf(r.requests)).toEqual([]);
  });

  it('shards partition the selection; merge-results combines their results files', async () => {
    const names = targetNames(em, 6);
    const ws = await bulkWorkspace(filesConfig(names));
    const a = await run(ws, { shard: '1/2', 'dry-run': true });
    const b = await run(ws, { shard: '2/2', 'dry-run': true });
    const repos = [...bulkReport(a.outputs).repositories, ...bulkReport(b.outputs).repositories]
      .map((x) => x.repo)
      .sort();
    expect(repos).toEqual([...names].sort());
    const merged = await bulkWorkspace(filesConfig(names), {
      'results/a.json': readFileSync(a.outputs['results-file']!, 'utf8'),
      'results/b.json': readFileSync(b.outputs['results-file']!, 'utf8'),
    });
    const m = await run(merged, { 'merge-results': 'results' });
    expect(m.outputs.updated).toBe('6');
    expect(bulkReport(m.outputs).shard).toBe('merged');
  });
});
