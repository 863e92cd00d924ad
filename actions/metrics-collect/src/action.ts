import { defineAction } from '../../../shared/action/define-action.js';
import { UserError } from '../../../shared/action/errors.js';

/** Organization and repository metrics with Prometheus export and trends. Its real work is tracked in its own issue; until then it says so and fails, never pretends. */
export const action = defineAction({
  name: 'metrics-collect',
  description: 'Organization and repository metrics with Prometheus export and trends.',
  inputs: {},
  outputs: {},
  run: async () => {
    throw new UserError(
      'metrics-collect is not available in this release yet: only its framework wiring exists (see README.md).',
    );
  },
});
