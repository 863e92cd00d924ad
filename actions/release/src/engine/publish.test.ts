import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../../test/support/fakes/recording-logger.js';
import { isUserError, PermissionError, UserError } from '../../../../shared/core/errors.js';
import { fakeGitApi } from '../../../../test/support/fakes/git-api.js';
import { explain } from './git-api.js';
import { publishRelease } from './publish.js';

// Records instead of printing: these tests assert on results, not on log lines.
const logger = recordingLogger();

/** A GraphQL stand-in recording createCommitOnBranch calls; each commit gets the next id. */
function fakeGraphql() {
  const commits: { expectedHead: string; content: string | undefined }[] = [];
  const graphql = (async (
    _query: string,
    vars: { input: { expectedHeadOid: string; fileChanges: { additions?: { contents: string }[] } } },
  ) => {
    const add = vars.input.fileChanges.additions?.[0];
    commits.push({
      expectedHead: vars.input.expectedHeadOid,
      content: add ? Buffer.from(add.contents, 'base64').toString() : undefined,
    });
    return { createCommitOnBranch: { commit: { oid: `commit-${commits.length}`, url: '' } } };
  }) as never;
  return { github: { graphql }, commits };
}

const base = (api: ReturnType<typeof fakeGitApi>['api']) => ({
  api,
  github: fakeGraphql().github,
  repo: { owner: 'o', repo: 'r' },
  version: '1.2.0',
  tag: 'v1.2.0',
  head: 'h',
  prerelease: false,
  draft: false,
  notes: '## 1.2.0',
  majorTag: 'v1',
  dryRun: false,
  logger,
});

describe('publishRelease', () => {
  it('tags, creates a draft, moves the major tag, then publishes', async () => {
    const f = fakeGitApi({ refs: { 'tags/v1': 'old' } });
    const out = await publishRelease(base(f.api));
    expect(out.status).toBe('published');
    expect(f.calls).toEqual([
      'createTag v1.2.0',
      'createRelease v1.2.0 draft=true',
      'updateRef tags/v1 h',
      'setDraft v1.2.0 false',
    ]);
    expect(out.release).toMatchObject({ draft: false });
  });

  it('undoes completed steps in reverse order when publishing fails', async () => {
    const f = fakeGitApi({ refs: { 'tags/v1': 'old' } });
    f.failOn.set('setDraft v1.2.0 false', new UserError('boom'));
    await expect(publishRelease(base(f.api))).rejects.toThrow(
      'release v1.2.0 failed: boom; rolled back: move v1, create release v1.2.0, create tag v1.2.0',
    );
    expect(f.calls.slice(4)).toEqual(['updateRef tags/v1 old', 'deleteRelease v1.2.0', 'deleteRef tags/v1.2.0']);
    expect(f.refs.get('tags/v1')).toBe('old');
    expect(f.refs.has('tags/v1.2.0')).toBe(false);
    expect(f.releases).toEqual([]);
  });

  it('names what is left to clean up when an undo fails too', async () => {
    const f = fakeGitApi();
    f.failOn.set('createRelease v1.2.0 draft=true', new UserError('no'));
    f.failOn.set('deleteRef tags/v1.2.0', new Error('network'));
    await expect(publishRelease(base(f.api))).rejects.toThrow(
      'release v1.2.0 failed: no; rollback incomplete, clean up by hand: create tag v1.2.0 (network)',
    );
  });

  it('restores the changelog with a second commit when a later step fails', async () => {
    const f = fakeGitApi();
    const g = fakeGraphql();
    f.failOn.set('createTag v1.2.0', new UserError('tag refused'));
    const changelogFile = { path: 'CHANGELOG.md', branch: 'main', before: 'old', after: 'new' };
    await expect(publishRelease({ ...base(f.api), github: g.github, changelogFile })).rejects.toThrow(
      'rolled back: commit CHANGELOG.md',
    );
    expect(g.commits).toEqual([
      { expectedHead: 'h', content: 'new' },
      { expectedHead: 'commit-1', content: 'old' },
    ]);
  });

  it('does nothing for a release that is complete, and writes nothing in dry-run', async () => {
    const done = fakeGitApi({ refs: { 'tags/v1.2.0': 'h', 'tags/v1': 'h' } });
    await done.api.createRelease({ tag: 'v1.2.0', commit: 'h', body: '', draft: false, prerelease: false });
    done.calls.length = 0;
    expect(await publishRelease(base(done.api))).toMatchObject({
      status: 'unchanged',
      steps: ['v1.2.0 is already released: nothing to do'],
    });
    const dry = fakeGitApi();
    const out = await publishRelease({ ...base(dry.api), dryRun: true });
    expect(out).toMatchObject({
      status: 'dry-run',
      steps: [
        'create annotated tag v1.2.0',
        'create draft release v1.2.0',
        'create v1 → v1.2.0',
        'publish release v1.2.0',
      ],
    });
    expect([...done.calls, ...dry.calls]).toEqual([]);
  });

  it('completes an interrupted release: keeps the tag, makes the missing parts', async () => {
    const f = fakeGitApi({ refs: { 'tags/v1.2.0': 'h' } });
    await publishRelease(base(f.api));
    expect(f.calls).toEqual(['createRelease v1.2.0 draft=true', 'createRef tags/v1 h', 'setDraft v1.2.0 false']);
  });

  it('refuses a tag that exists elsewhere without a release', async () => {
    const f = fakeGitApi({ refs: { 'tags/v1.2.0': 'other' } });
    await expect(publishRelease(base(f.api))).rejects.toThrow('tag v1.2.0 already exists on commit other');
  });
});

describe('explain', () => {
  it('explains an immutable-release refusal as a user error', () => {
    const e = explain(
      'deleting tags/v1.0.0',
      Object.assign(new Error('Cannot modify an immutable release.'), { status: 422 }),
    );
    expect(isUserError(e)).toBe(true);
    expect(e.message).toContain('GitHub refuses to modify an immutable release');
  });

  it('maps 403 to a permission error and other 4xx to a user error; keeps other errors', () => {
    expect(explain('x', Object.assign(new Error('Forbidden'), { status: 403 }))).toBeInstanceOf(PermissionError);
    expect(explain('x', Object.assign(new Error('Not Found'), { status: 404 })).message).toBe(
      'x: Not Found (HTTP 404)',
    );
    const bug = new TypeError('oops');
    expect(explain('x', bug)).toBe(bug);
  });
});
