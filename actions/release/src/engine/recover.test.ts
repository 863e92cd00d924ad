import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../../test/support/fakes/recording-logger.js';
import { fakeGitApi } from '../../../../test/support/fakes/git-api.js';
import type { ReleaseInfo } from './git-api.js';
import { bodyMarker } from './markers.js';
import { findLeftovers, removeUnfinished } from './recover.js';

const rel = (tag: string, draft: boolean, body: string | null): ReleaseInfo => ({
  id: tag.length,
  tag,
  name: tag,
  body,
  draft,
  prerelease: false,
  immutable: false,
  url: `https://github.com/o/r/releases/tag/${tag}`,
  targetCommitish: 'c',
  uploadUrl: '',
});

describe('findLeftovers', () => {
  it('marks our tags without a published release as unfinished, never someone else’s tags', () => {
    const tags = [
      { name: 'v1.0.0', version: '1.0.0', commit: 'a', ours: false }, // tag-only release by hand
      { name: 'v1.0.1', version: '1.0.1', commit: 'b', ours: true }, // crash after tagging
      { name: 'v1.0.2', version: '1.0.2', commit: 'c', ours: true }, // crash after the draft
      { name: 'v1.0.3', version: '1.0.3', commit: 'd', ours: true }, // draft the user asked for
      { name: 'v1.0.4', version: '1.0.4', commit: 'e', ours: true }, // finished
    ];
    const releases = [
      rel('v1.0.2', true, `notes\n${bodyMarker('v1.0.2', false)}`),
      rel('v1.0.3', true, `notes\n${bodyMarker('v1.0.3', true)}`),
      rel('v1.0.4', false, `notes\n${bodyMarker('v1.0.4', false)}`),
      rel('v1.0.9', true, `notes\n${bodyMarker('v1.0.9', false)}`), // its tag was deleted
      rel('v0.9.0', true, 'a draft someone wrote'),
    ];
    const found = findLeftovers(tags, releases);
    expect(found.unfinished.map((u) => [u.tag.name, u.release?.id])).toEqual([
      ['v1.0.1', undefined],
      ['v1.0.2', 6],
    ]);
    expect(found.orphanDrafts.map((r) => r.tag)).toEqual(['v1.0.9']);
  });
});

describe('removeUnfinished', () => {
  it('moves floating tags back, deletes the draft and the tag; a failure puts them back', async () => {
    const f = fakeGitApi({ refs: { 'tags/v1.0.2': 'c', 'tags/v1': 'c' } });
    const u = { tag: { name: 'v1.0.2', version: '1.0.2', commit: 'c', ours: true } };
    const floating = [{ name: 'v1', before: { ref: 'tags/v1', sha: 'c', commit: 'c' }, to: 'a', toTag: 'v1.0.0' }];
    f.failOn.set('deleteRef tags/v1.0.2', new Error('refused'));
    await expect(removeUnfinished(f.api, u, floating, { dryRun: false, logger: recordingLogger() })).rejects.toThrow(
      'could not remove the unfinished release v1.0.2: refused',
    );
    expect(f.refs.get('tags/v1')).toBe('c');
    f.failOn.clear();
    const steps = await removeUnfinished(f.api, u, floating, { dryRun: false, logger: recordingLogger() });
    expect(steps).toEqual(['move v1 back to v1.0.0', 'delete the unfinished tag v1.0.2 (commit c, not on the branch)']);
    expect(f.refs.get('tags/v1')).toBe('a');
    expect(f.refs.has('tags/v1.0.2')).toBe(false);
  });
});
