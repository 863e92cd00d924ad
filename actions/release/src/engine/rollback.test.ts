import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../../test/support/fakes/recording-logger.js';
import { UserError } from '../../../../shared/core/errors.js';
import { fakeGitApi } from '../../../../test/support/fakes/git-api.js';
import { rollbackRelease } from './rollback.js';

// Records instead of printing: these tests assert on results, not on log lines.
const logger = recordingLogger();
const tags = [
  { name: 'v1.1.0', version: '1.1.0', commit: 'c2', ours: false },
  { name: 'v1.0.0', version: '1.0.0', commit: 'c1', ours: false },
];

async function setup() {
  const f = fakeGitApi({ refs: { 'tags/v1.1.0': 'c2', 'tags/v1.0.0': 'c1', 'tags/v1': 'c2' } });
  await f.api.createRelease({ tag: 'v1.1.0', commit: 'c2', body: 'notes', draft: false, prerelease: false });
  f.calls.length = 0;
  return f;
}

describe('rollbackRelease', () => {
  it('deletes the latest release and tag and moves the major tag to the previous release', async () => {
    const f = await setup();
    const out = await rollbackRelease({ api: f.api, tags, dryRun: false, logger });
    expect(out).toMatchObject({ status: 'rolled-back', tag: 'v1.1.0', previousTag: 'v1.0.0', majorTag: 'v1' });
    expect(f.calls).toEqual(['deleteRelease v1.1.0', 'deleteRef tags/v1.1.0', 'updateRef tags/v1 c1']);
  });

  it('recreates tag and release when moving the major tag fails', async () => {
    const f = await setup();
    f.failOn.set('updateRef tags/v1 c1', new UserError('refused'));
    await expect(rollbackRelease({ api: f.api, tags, version: '1.1.0', dryRun: false, logger })).rejects.toThrow(
      'rollback of v1.1.0 failed: refused; everything was restored',
    );
    expect(f.calls.slice(3)).toEqual(['createRef tags/v1.1.0 c2', 'createRelease v1.1.0 draft=false']);
    expect(f.releases.map((r) => r.body)).toEqual(['notes']);
  });

  it('refuses an immutable release and writes nothing in dry-run', async () => {
    const f = await setup();
    const dry = await rollbackRelease({ api: f.api, tags, dryRun: true, logger });
    expect(dry.steps).toEqual(['delete release v1.1.0', 'delete tag v1.1.0', 'move v1 back to v1.0.0']);
    f.releases[0]!.immutable = true;
    await expect(rollbackRelease({ api: f.api, tags, dryRun: false, logger })).rejects.toThrow(
      'v1.1.0 is an immutable release',
    );
    expect(f.calls).toEqual([]);
  });

  it('names a version that does not exist', async () => {
    const f = await setup();
    await expect(rollbackRelease({ api: f.api, tags, version: '9.9.9', dryRun: false, logger })).rejects.toThrow(
      'there is no tag v9.9.9 to roll back',
    );
  });
});
