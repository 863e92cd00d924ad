import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, runAction } from '../harness/index.js';
import { errorLines, fileAt, releaseRepo, tagCommit } from './release-helpers.js';

// A monorepo of three packages: each released on its own tags, from the commits touching its folder.

let em: Emulator;
beforeAll(async () => {
  em = await startEmulator({ repos: 1, seed: 51, secondaryLimit: false });
});
afterAll(async () => {
  await em.close();
  await cleanup();
});

describe('monorepo packages', () => {
  it('releases the packages whose folders changed, each with its prefix, changelog and version file', async () => {
    const r = releaseRepo(em, 0);
    const git = em.state.git(em.state.repo(r.owner, r.repo)!);
    const ref = `refs/heads/${r.branch}`;
    let n = 0;
    const commit = (message: string, files: Record<string, string>) => {
      const who = { name: 'dev', email: 'dev@moko.test', date: `2026-11-1${n++}T10:00:00Z` };
      const sha = git.commitChanges(
        git.refs.get(ref),
        Object.entries(files).map(([path, data]) => ({ path, data: Buffer.from(data) })),
        { message, author: who, committer: who },
      );
      git.refs.set(ref, sha);
      return sha;
    };
    const pkg = (v: string) => `{\n  "version": "${v}"\n}\n`;
    const base = commit('chore: three packages', {
      'packages/api/package.json': pkg('1.0.0'),
      'packages/web/package.json': pkg('0.2.0'),
      'packages/cli/package.json': pkg('2.0.0'),
    });
    git.refs.set('refs/tags/api-v1.0.0', base);
    git.refs.set('refs/tags/web-v0.2.0', base);
    git.refs.set('refs/tags/cli-v2.0.0', base);
    commit('feat(api): search endpoint', { 'packages/api/src/search.ts': 'x' });
    commit('fix(web): layout on small screens', { 'packages/web/src/app.css': 'y' });
    const head = commit('docs: root readme', { 'README.md': 'z' });

    const out = await runAction({
      action: 'release',
      emulator: em,
      repository: `${r.owner}/${r.repo}`,
      sha: head,
      ref,
      inputs: {
        packages: 'api: packages/api\nweb: packages/web\ncli: packages/cli',
        'changelog-file': 'CHANGELOG.md',
        'version-files': 'package.json',
      },
    });
    expect(out.exitCode, errorLines(out.stdout)).toBe(0);
    expect(out.outputs.released).toBe('true');
    const packages = JSON.parse(out.outputs.packages!);
    expect(packages.api).toMatchObject({
      released: true,
      version: '1.1.0',
      tag: 'api-v1.1.0',
      'previous-version': '1.0.0',
    });
    expect(packages.web).toMatchObject({
      released: true,
      version: '0.2.1',
      tag: 'web-v0.2.1',
      'previous-version': '0.2.0',
    });
    expect(packages.cli).toMatchObject({ released: false, version: '' });

    const tip = git.refs.get(ref)!;
    const apiCommit = tagCommit(em, r.owner, r.repo, 'api-v1.1.0')!;
    expect(tagCommit(em, r.owner, r.repo, 'web-v0.2.1')).toBe(tip);
    expect(git.get(tip)).toMatchObject({ parents: [apiCommit] });
    expect(git.get(apiCommit)).toMatchObject({ parents: [head] });
    const apiLog = fileAt(em, r.owner, r.repo, tip, 'packages/api/CHANGELOG.md')!;
    expect(apiLog).toContain('search endpoint');
    expect(apiLog).not.toContain('layout on small screens');
    expect(fileAt(em, r.owner, r.repo, tip, 'packages/web/CHANGELOG.md')).toContain('layout on small screens');
    expect(JSON.parse(fileAt(em, r.owner, r.repo, tip, 'packages/api/package.json')!).version).toBe('1.1.0');
    expect(JSON.parse(fileAt(em, r.owner, r.repo, tip, 'packages/cli/package.json')!).version).toBe('2.0.0');
    expect(fileAt(em, r.owner, r.repo, tip, 'packages/cli/CHANGELOG.md')).toBeUndefined();
    // The repository's own v tags and floating tags are not touched.
    expect(tagCommit(em, r.owner, r.repo, 'v1')).toBe(r.first);
    const releases = em.state.repo(r.owner, r.repo)!.releases.map((x) => [x.tag_name, x.draft]);
    expect(releases).toEqual([
      ['api-v1.1.0', false],
      ['web-v0.2.1', false],
    ]);

    const again = await runAction({
      action: 'release',
      emulator: em,
      repository: `${r.owner}/${r.repo}`,
      sha: head,
      ref,
      inputs: {
        packages: 'api: packages/api\nweb: packages/web\ncli: packages/cli',
        'changelog-file': 'CHANGELOG.md',
        'version-files': 'package.json',
      },
    });
    expect(again.exitCode, errorLines(again.stdout)).toBe(0);
    expect(again.outputs.released).toBe('false');
    expect(git.refs.get(ref)).toBe(tip);
    expect(out.violations).toEqual([]);
  });
});
