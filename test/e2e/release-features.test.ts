import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, makeWorkspace, runAction } from '../harness/index.js';
import { errorLines, failingProxy, fileAt, releaseRepo, repoState, seedCommits, tagCommit } from './release-helpers.js';

// Features beyond the transaction: first release, chosen bump, version files, assets, minor tags.

let em: Emulator;
beforeAll(async () => {
  em = await startEmulator({ repos: 4, seed: 41, secondaryLimit: false });
});
afterAll(async () => {
  await em.close();
  await cleanup();
});

interface Repo {
  owner: string;
  repo: string;
  branch: string;
}
const run = (r: Repo, sha: string, inputs: Record<string, string | boolean> = {}, workspace?: string) =>
  runAction({
    action: 'release',
    emulator: em,
    repository: `${r.owner}/${r.repo}`,
    sha,
    ref: `refs/heads/${r.branch}`,
    inputs,
    ...(workspace ? { workspace } : {}),
  });
const head = (r: Repo) => em.state.git(em.state.repo(r.owner, r.repo)!).refs.get(`refs/heads/${r.branch}`)!;

describe('release features', () => {
  it('first release: the initial version, no previous version; then a chosen bump without releasable commits', async () => {
    const r = releaseRepo(em, 0);
    const git = em.state.git(em.state.repo(r.owner, r.repo)!);
    for (const ref of [...git.refs.keys()]) if (ref.startsWith('refs/tags/')) git.refs.delete(ref);
    const [c] = seedCommits(em, r.owner, r.repo, ['feat: hello']);
    const first = await run(r, c!, { 'initial-version': '1.0.0' });
    expect(first.exitCode, errorLines(first.stdout)).toBe(0);
    expect(first.outputs).toMatchObject({
      released: 'true',
      version: '1.0.0',
      'previous-version': '',
      'major-tag': 'v1',
    });
    expect(first.outputs['release-id']).toMatch(/^\d+$/);
    const [d] = seedCommits(em, r.owner, r.repo, ['docs: nothing releasable']);
    const none = await run(r, d!);
    expect(none.outputs).toMatchObject({ released: 'false', version: '' });
    const bumped = await run(r, d!, { bump: 'minor' });
    expect(bumped.outputs).toMatchObject({ released: 'true', version: '1.1.0', 'previous-version': '1.0.0' });
  });

  it('version files and assets: one release commit updates them, assets are on the release, v1 and v1.2 move', async () => {
    const r = releaseRepo(em, 1);
    const record = em.state.repo(r.owner, r.repo)!;
    const git = em.state.git(record);
    const who = { name: 'dev', email: 'dev@moko.test', date: '2026-11-05T10:00:00Z' };
    const pkg = '{\n  "name": "app",\n  "version": "1.1.0"\n}\n';
    const lock =
      '{\n  "name": "app",\n  "version": "1.1.0",\n  "packages": {\n    "": {\n      "version": "1.1.0"\n    }\n  }\n}\n';
    const c = git.commitChanges(
      head(r),
      [
        { path: 'package.json', data: Buffer.from(pkg) },
        { path: 'package-lock.json', data: Buffer.from(lock) },
        { path: 'VERSION', data: Buffer.from('1.1.0\n') },
        { path: 'src/version.ts', data: Buffer.from("export const VERSION = '1.1.0';\n") },
      ],
      { message: 'feat: versioned files', author: who, committer: who },
    );
    git.refs.set(`refs/heads/${r.branch}`, c);
    git.refs.set('refs/tags/v1.1.0', r.first);
    const workspace = await makeWorkspace({ 'dist/app-linux.tgz': 'linux build', 'dist/app-mac.tgz': 'mac build' });
    const inputs = {
      'version-files': "package.json\npackage-lock.json\nVERSION\nsrc/version.ts=VERSION = '([^']*)'",
      assets: 'dist/*.tgz',
      'minor-tag': true,
    };
    const out = await run(r, c, inputs, workspace);
    expect(out.exitCode, errorLines(out.stdout)).toBe(0);
    expect(out.outputs).toMatchObject({ version: '1.2.0', released: 'true' });
    const tip = head(r);
    expect(git.get(tip)).toMatchObject({ parents: [c], verified: true });
    expect(JSON.parse(fileAt(em, r.owner, r.repo, tip, 'package.json')!).version).toBe('1.2.0');
    const lockAfter = JSON.parse(fileAt(em, r.owner, r.repo, tip, 'package-lock.json')!);
    expect([lockAfter.version, lockAfter.packages[''].version]).toEqual(['1.2.0', '1.2.0']);
    expect(fileAt(em, r.owner, r.repo, tip, 'VERSION')).toBe('1.2.0\n');
    expect(fileAt(em, r.owner, r.repo, tip, 'src/version.ts')).toBe("export const VERSION = '1.2.0';\n");
    const rel = record.releases.find((x) => x.tag_name === 'v1.2.0')!;
    expect(rel.assets.map((a) => [a.name, a.data.toString()])).toEqual([
      ['app-linux.tgz', 'linux build'],
      ['app-mac.tgz', 'mac build'],
    ]);
    expect(rel.draft).toBe(false);
    expect(tagCommit(em, r.owner, r.repo, 'v1')).toBe(tip);
    expect(tagCommit(em, r.owner, r.repo, 'v1.2')).toBe(tip);
    expect(out.violations).toEqual([]);
  });

  it('a failure after the uploads deletes them with the draft and the tag; the re-run uploads each asset once', async () => {
    const r = releaseRepo(em, 2);
    const [c] = seedCommits(em, r.owner, r.repo, ['fix: with assets']);
    const workspace = await makeWorkspace({ 'out/a.zip': 'A', 'out/b.zip': 'B' });
    const before = repoState(em, r.owner, r.repo);
    // GitHub uploads to uploads.github.com (the release's upload_url), which the proxy does not see:
    // the fault is at the next write, the major tag move, after both uploads.
    const proxy = await failingProxy(em, (m, p) => m === 'PATCH' && p.endsWith('/git/refs/tags/v1'));
    try {
      const failed = await runAction({
        action: 'release',
        emulator: proxy.emulator,
        repository: `${r.owner}/${r.repo}`,
        sha: c!,
        ref: `refs/heads/${r.branch}`,
        inputs: { assets: 'out/*.zip' },
        workspace,
      });
      expect(failed.exitCode).toBe(1);
      expect(errorLines(failed.stdout)).toContain(
        'rolled back: upload b.zip, upload a.zip, create draft release v1.0.1, create tag v1.0.1',
      );
    } finally {
      await proxy.close();
    }
    expect(repoState(em, r.owner, r.repo)).toEqual(before);
    const again = await run(r, c!, { assets: 'out/*.zip' }, workspace);
    expect(again.exitCode, errorLines(again.stdout)).toBe(0);
    expect(repoState(em, r.owner, r.repo).releases.find((x) => x.tag === 'v1.0.1')).toMatchObject({
      draft: false,
      assets: ['a.zip', 'b.zip'],
    });
  });

  it('configured sections; bad inputs fail with one error naming the input', async () => {
    const r = releaseRepo(em, 3);
    const [c] = seedCommits(em, r.owner, r.repo, ['fix: x']);
    const cases: [Record<string, string>, string][] = [
      [{ version: 'one.two' }, 'version'],
      [{ 'changelog-file': '../CHANGELOG.md' }, 'changelog-file'],
      [{ prerelease: 'rc.1' }, 'prerelease'],
      [{ bump: 'huge' }, 'bump'],
      [{ 'version-files': 'src/v.ts=no group' }, 'version-files'],
      [{ 'changelog-sections': 'Documentation' }, 'changelog-sections'],
    ];
    const sections = await run(r, c!, { 'dry-run': true, 'changelog-sections': 'docs=Documentation\nfix=Fixes' });
    expect(sections.exitCode, errorLines(sections.stdout)).toBe(0);
    expect(sections.outputs.changelog).toContain('### Fixes\n\n* x');
    expect(sections.outputs.changelog).not.toContain('Bug Fixes');
    for (const [inputs, name] of cases) {
      const out = await run(r, c!, inputs);
      expect(out.exitCode).toBe(1);
      const errors = errorLines(out.stdout).split('\n');
      expect(errors, JSON.stringify(inputs)).toHaveLength(1);
      expect(errors[0]).toContain(name);
    }
  });
});
