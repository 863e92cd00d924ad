import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../../test/support/fakes/recording-logger.js';
import { isUserError, PermissionError, UserError } from '../../../../shared/core/errors.js';
import { fakeGitApi } from '../../../../test/support/fakes/git-api.js';
import { explain } from './git-api.js';
import { publishRelease } from './publish.js';

// Records instead of printing: these tests assert on results, not on log lines.
const logger = recordingLogger();

const base = (api: ReturnType<typeof fakeGitApi>['api']) => ({
  api,
  version: '1.2.0',
  tag: 'v1.2.0',
  head: 'h',
  canResetBranch: true,
  prerelease: false,
  draft: false,
  notes: '## 1.2.0',
  fullNotes: '## 1.2.0',
  floating: [{ name: 'v1', before: { ref: 'tags/v1', sha: 'old', commit: 'old' } }],
  dryRun: false,
  logger,
});
const files = { files: [{ path: 'CHANGELOG.md', content: 'new' }], branch: 'main' };

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
    expect(out.release?.body).toBe('## 1.2.0\n<!-- mokostandards-release: v1.2.0 -->\n');
  });

  it('undoes completed steps in reverse order when publishing fails', async () => {
    const f = fakeGitApi({ refs: { 'tags/v1': 'old' } });
    f.failOn.set('setDraft v1.2.0 false', new UserError('boom'));
    await expect(publishRelease(base(f.api))).rejects.toThrow(
      'release v1.2.0 failed: boom; rolled back: move v1, create draft release v1.2.0, create tag v1.2.0',
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

  it('with files: detached commit, tag, draft, floating tag, fast-forward, publish; a failing publish moves the branch back', async () => {
    const f = fakeGitApi({ refs: { 'tags/v1': 'old', 'heads/main': 'h' } });
    f.failOn.set('setDraft v1.2.0 false', new UserError('boom'));
    await expect(publishRelease({ ...base(f.api), ...files })).rejects.toThrow(
      'rolled back: fast-forward main, move v1, create draft release v1.2.0, create tag v1.2.0',
    );
    expect(f.calls).toEqual([
      'createCommit on h (CHANGELOG.md)',
      'createTag v1.2.0',
      'createRelease v1.2.0 draft=true',
      'updateRef tags/v1 commit-on-h',
      'fastForward main commit-on-h',
      'setDraft v1.2.0 false',
      'resetBranch main h',
      'updateRef tags/v1 old',
      'deleteRelease v1.2.0',
      'deleteRef tags/v1.2.0',
    ]);
    expect(f.refs.get('heads/main')).toBe('h');
  });

  it('a failing fast-forward leaves the branch untouched and needs no force', async () => {
    const f = fakeGitApi({ refs: { 'tags/v1': 'old', 'heads/main': 'h' } });
    f.failOn.set('fastForward main commit-on-h', new UserError('Update is not a fast forward'));
    await expect(publishRelease({ ...base(f.api), ...files, canResetBranch: false })).rejects.toThrow(
      'rolled back: move v1, create draft release v1.2.0, create tag v1.2.0 (the detached release commit is referenced by nothing)',
    );
    expect(f.calls.filter((c) => c.startsWith('resetBranch'))).toEqual([]);
    expect(f.refs.get('heads/main')).toBe('h');
  });

  it('when the branch cannot be forced back, a failed publish after the fast-forward is left for the re-run', async () => {
    const f = fakeGitApi({ refs: { 'tags/v1': 'old', 'heads/main': 'h' } });
    f.failOn.set('setDraft v1.2.0 false', new Error('502'));
    await expect(publishRelease({ ...base(f.api), ...files, canResetBranch: false })).rejects.toThrow(
      'Re-run the job: it publishes this release and writes nothing twice.',
    );
    expect(f.refs.get('heads/main')).toBe('commit-on-h');
    expect(f.refs.get('tags/v1.2.0')).toBe('commit-on-h');
    expect(f.releases).toMatchObject([{ tag: 'v1.2.0', draft: true }]);
  });

  it('writes nothing in dry-run', async () => {
    const dry = fakeGitApi();
    const out = await publishRelease({ ...base(dry.api), floating: [{ name: 'v1' }], dryRun: true });
    expect(out).toMatchObject({
      status: 'dry-run',
      steps: [
        'create annotated tag v1.2.0',
        'create draft release v1.2.0',
        'create v1 → v1.2.0',
        'publish release v1.2.0',
      ],
    });
    expect(dry.calls).toEqual([]);
  });

  it('completes an interrupted release: keeps the tag, makes the missing parts', async () => {
    const f = fakeGitApi({ refs: { 'tags/v1.2.0': 'h' } });
    await publishRelease({
      ...base(f.api),
      existingTag: { ref: 'tags/v1.2.0', sha: 'h', commit: 'h' },
      floating: [{ name: 'v1' }],
    });
    expect(f.calls).toEqual(['createRelease v1.2.0 draft=true', 'createRef tags/v1 h', 'setDraft v1.2.0 false']);
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
