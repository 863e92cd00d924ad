import { defineAction } from '../../../shared/action/define-action.js';
import { releaseInputs } from './settings.js';

/** release: next version from Conventional Commits, changelog, annotated tag, GitHub release, floating tags; never half a release. */
export const action = defineAction({
  name: 'release',
  description: 'Version, changelog, tag, GitHub release and floating tags, all or nothing, with rollback.',
  inputs: releaseInputs,
  outputs: {
    released:
      'true when this run published the release (or completed one an interrupted run left); false for a dry run, an existing release or nothing to release.',
    version: 'The version released (or that would be, or that was rolled back), without the v.',
    tag: 'Its tag, e.g. v1.4.0.',
    'previous-version':
      'The version the new one follows (the highest earlier release), without the v; empty for a first release.',
    'previous-tag': 'The release tag the changelog starts from (rollback: the release the major tag moved back to).',
    'release-url': 'Web URL of the GitHub release.',
    'release-id': 'Numeric id of the GitHub release (for uploading more assets); empty when there is none.',
    'major-tag': 'The floating major tag moved, e.g. v1; empty when none was.',
    changelog:
      'The changelog entry (Markdown), complete even when the release body had to be cut to 125,000 characters.',
    'pull-request': 'With release-pr: the URL of the release pull request opened or updated; empty otherwise.',
    packages:
      'With packages: a JSON object, package name → { released, version, tag, previous-version, release-url, release-id, changelog }.',
  },
  // Loaded on first use: a bad input fails before the run's code and dependencies are parsed.
  run: async (ctx) => (await import('./run.js')).runRelease(ctx),
});
