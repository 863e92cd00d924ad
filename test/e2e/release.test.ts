import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, type HarnessEmulator, runAction } from '../harness/index.js';
import { failingProxy, seedCommits, tagCommit, WRITES } from './release-helpers.js';

let em: Emulator;
let owner: string;
let repo: string;
let base: string[];

beforeAll(async () => {
  em = await startEmulator({ repos: 2, seed: 11, secondaryLimit: false });
  const first = [...em.state.repos.values()][0]!;
  owner = first.owner;
  repo = first.name;
  first.immutableReleases = false; // the generator enables it on some repositories; one test turns it on
  first.protections.clear(); // and protects some branches: the changelog commit test pushes to main
  first.rulesets = [];
  // v1.0.0 (and the floating v1) on the first commit, then a feature and a fix.
  base = seedCommits(em, owner, repo, [
    'feat: first public API',
    'feat(api): search endpoint (#5)',
    'fix: crash on empty input',
  ]);
  const git = em.state.git(first);
  git.refs.set('refs/tags/v1.0.0', base[0]!);
  git.refs.set('refs/tags/v1', base[0]!);
});
afterAll(async () => {
  await em.close();
  await cleanup();
});

const run = (sha: string, inputs: Record<string, string | boolean> = {}, emulator: HarnessEmulator = em) =>
  runAction({ action: 'release', emulator, repository: `${owner}/${repo}`, sha, ref: 'refs/heads/main', inputs });
const releases = () => em.state.repo(owner, repo)!.releases;
/** Requests that could change something: any REST write, and any GraphQL document that is not a plain `repository` read. */
const writes = (r: { requests: { method: string; graphql?: { rootFields?: string[] } }[] }) =>
  r.requests.filter((q) => WRITES.has(q.method) && !q.graphql?.rootFields?.every((f) => f === 'repository')).length;

describe('release end to end', () => {
  it('dry-run computes the version and changelog and writes nothing', async () => {
    const r = await run(base[2]!, { 'dry-run': true });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      released: 'false',
      version: '1.1.0',
      tag: 'v1.1.0',
      'previous-tag': 'v1.0.0',
      'major-tag': 'v1',
    });
    expect(r.outputs.changelog).toContain('### Features');
    expect(r.summary).toContain('would create annotated tag v1.1.0');
    expect(writes(r)).toBe(0);
    expect(tagCommit(em, owner, repo, 'v1.1.0')).toBeUndefined();
    expect(r.violations).toEqual([]);
  });

  it('a failing release creation rolls back the tag it had created and leaves nothing behind', async () => {
    const proxy = await failingProxy(
      em,
      (method, path) => method === 'POST' && /\/releases$/.test(path.split('?')[0]!),
    );
    try {
      const r = await run(base[2]!, {}, proxy.emulator);
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toContain(
        '::error::release: release v1.1.0 failed: creating the release v1.1.0: Validation Failed (injected by the test) (HTTP 422); rolled back: create tag v1.1.0',
      );
      expect(tagCommit(em, owner, repo, 'v1.1.0')).toBeUndefined();
      expect(tagCommit(em, owner, repo, 'v1')).toBe(base[0]);
      expect(releases()).toEqual([]);
      expect(r.requests.filter((q) => q.method === 'DELETE').map((q) => decodeURIComponent(q.path))).toEqual([
        `/repos/${owner}/${repo}/git/refs/tags/v1.1.0`,
      ]);
    } finally {
      await proxy.close();
    }
  });

  it('a failing major tag move rolls back release and tag in reverse order', async () => {
    const proxy = await failingProxy(em, (method, path) => method === 'PATCH' && path.includes('/git/refs/tags/v1'));
    try {
      const r = await run(base[2]!, {}, proxy.emulator);
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toContain('rolled back: create draft release v1.1.0, create tag v1.1.0');
      expect(releases()).toEqual([]);
      expect(tagCommit(em, owner, repo, 'v1.1.0')).toBeUndefined();
      expect(tagCommit(em, owner, repo, 'v1')).toBe(base[0]);
    } finally {
      await proxy.close();
    }
  });

  it('releases: annotated tag, GitHub release with the changelog, major tag moved', async () => {
    const r = await run(base[2]!);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({
      released: 'true',
      version: '1.1.0',
      tag: 'v1.1.0',
      'previous-tag': 'v1.0.0',
      'major-tag': 'v1',
    });
    const git = em.state.git(em.state.repo(owner, repo)!);
    const tagObject = git.get(git.refs.get('refs/tags/v1.1.0')!);
    expect(tagObject).toMatchObject({ type: 'tag', tag: 'v1.1.0', object: base[2] });
    expect(tagCommit(em, owner, repo, 'v1')).toBe(base[2]);
    const [rel] = releases();
    expect(rel).toMatchObject({ tag_name: 'v1.1.0', draft: false, prerelease: false });
    expect(rel!.body).toContain(`[#5](https://github.com/${owner}/${repo}/pull/5)`);
    expect(rel!.body).toContain('* crash on empty input');
    expect(r.outputs['release-url']).toContain('/releases/tag/v1.1.0');
    expect(r.violations).toEqual([]);
  });

  it('re-running for the released commit does nothing and says so', async () => {
    const r = await run(base[2]!);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ released: 'false', version: '1.1.0' });
    expect(r.summary).toContain('already released, nothing to do');
    expect(writes(r)).toBe(0);
  });

  it('pre-release: rc numbering, no major tag move', async () => {
    const [c] = seedCommits(em, owner, repo, ['feat!: new config format']);
    const r = await run(c!, { prerelease: 'rc' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ version: '2.0.0-rc.1', 'previous-tag': 'v1.1.0', 'major-tag': '' });
    expect(releases().find((x) => x.tag_name === 'v2.0.0-rc.1')).toMatchObject({ prerelease: true });
    expect(tagCommit(em, owner, repo, 'v1')).toBe(base[2]);
    expect(tagCommit(em, owner, repo, 'v2')).toBeUndefined();
  });

  it('rollback mode deletes the release and tag and moves the major tag back', async () => {
    const [c] = seedCommits(em, owner, repo, ['fix: hotfix on v1']);
    // A stable 1.1.1 on a fresh commit, then roll it back.
    const released = await run(c!, { version: '1.1.1' });
    expect(released.outputs).toMatchObject({ released: 'true', 'major-tag': 'v1' });
    expect(tagCommit(em, owner, repo, 'v1')).toBe(c);
    const r = await run(c!, { mode: 'rollback', version: 'v1.1.1' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ version: '1.1.1', tag: 'v1.1.1', 'previous-tag': 'v1.1.0', 'major-tag': 'v1' });
    expect(tagCommit(em, owner, repo, 'v1.1.1')).toBeUndefined();
    expect(releases().some((x) => x.tag_name === 'v1.1.1')).toBe(false);
    expect(tagCommit(em, owner, repo, 'v1')).toBe(base[2]);
    expect(r.violations).toEqual([]);
  });

  it('commits the changelog file as a verified commit that the release points at', async () => {
    const [c] = seedCommits(em, owner, repo, ['perf: faster search']);
    const r = await run(c!, { 'changelog-file': 'CHANGELOG.md', prerelease: 'rc' });
    expect(r.exitCode).toBe(0);
    const git = em.state.git(em.state.repo(owner, repo)!);
    const head = git.refs.get('refs/heads/main')!;
    expect(head).not.toBe(c);
    expect(git.get(head)).toMatchObject({ type: 'commit', parents: [c], verified: true });
    expect(tagCommit(em, owner, repo, r.outputs.tag!)).toBe(head);
    const file = git.get(git.lookup(head, 'CHANGELOG.md')!.sha);
    expect(file?.type === 'blob' && file.data.toString()).toMatch(
      /^# Changelog\n\n## \[2\.0\.0-rc\.2\]\(https:\/\/github\.com\/[^)]+\/compare\/v2\.0\.0-rc\.1\.\.\.v2\.0\.0-rc\.2\)/,
    );
    // A re-run of the same job (GITHUB_SHA is still the parent of the changelog commit) changes nothing.
    const again = await run(c!, { 'changelog-file': 'CHANGELOG.md', prerelease: 'rc' });
    expect(
      again.exitCode,
      again.stdout
        .split('\n')
        .filter((l) => l.startsWith('::error'))
        .join('\n'),
    ).toBe(0);
    expect(again.outputs).toMatchObject({ released: 'false', tag: r.outputs.tag });
    expect(writes(again)).toBe(0);
    expect(git.refs.get('refs/heads/main')).toBe(head);
  });

  it('refuses to roll back an immutable release, saying why', async () => {
    const record = em.state.repo(owner, repo)!;
    record.immutableReleases = true;
    try {
      const [c] = seedCommits(em, owner, repo, ['fix: last one']);
      const released = await run(c!, { prerelease: 'beta' });
      expect(released.exitCode).toBe(0);
      const r = await run(c!, { mode: 'rollback', version: released.outputs.version! });
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toContain(`${released.outputs.tag} is an immutable release`);
      expect(tagCommit(em, owner, repo, released.outputs.tag!)).toBe(c);
    } finally {
      record.immutableReleases = false;
    }
  });

  it('draft: true leaves the release unpublished; a re-run with draft: false publishes it; major-tag: false keeps v1', async () => {
    const [c] = seedCommits(em, owner, repo, ['fix: small thing']);
    const drafted = await run(c!, { version: '1.9.0', draft: true, 'major-tag': false });
    expect(drafted.exitCode).toBe(0);
    expect(drafted.outputs).toMatchObject({ released: 'true', tag: 'v1.9.0', 'major-tag': '' });
    expect(releases().find((x) => x.tag_name === 'v1.9.0')).toMatchObject({ draft: true });
    expect(tagCommit(em, owner, repo, 'v1')).toBe(base[2]);
    const published = await run(c!, { 'major-tag': false });
    expect(published.outputs).toMatchObject({ released: 'true', version: '1.9.0' });
    expect(releases().find((x) => x.tag_name === 'v1.9.0')).toMatchObject({ draft: false });
    expect(published.requests.filter((q) => WRITES.has(q.method) && !q.graphql).map((q) => q.method)).toEqual([
      'PATCH',
    ]);
    expect(tagCommit(em, owner, repo, 'v1')).toBe(base[2]);
  });
});
