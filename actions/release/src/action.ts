import { defineAction } from '../../../shared/action/define-action.js';
import { UserError } from '../../../shared/action/errors.js';

/** Version, changelog, tag, GitHub release and floating major tag, with rollback. Its real work is tracked in its own issue; until then it says so and fails, never pretends. */
export const action = defineAction({
  name: 'release',
  description: 'Version, changelog, tag, GitHub release and floating major tag, with rollback.',
  inputs: {},
  outputs: {},
  run: async () => {
    throw new UserError(
      'release is not available in this release yet: only its framework wiring exists (see README.md).',
    );
  },
});
