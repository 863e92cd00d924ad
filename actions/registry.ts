import type { AnyActionDefinition } from '../shared/action/define-action.js';
import { runEntry } from '../shared/action/entry.js';

/**
 * Every action, each loaded on demand. This file is the entry of the one shared bundle (dist/):
 * the framework and common dependencies are bundled once (a chunk loaded after the inputs are checked,
 * see shared/action/entry.ts), each action's own code becomes a chunk that only its run loads, as github/codeql-action shares one lib/ between its actions.
 * Adding an action: create actions/<name>/ and add one line here (a test checks the list).
 */
export const actions: Record<string, () => Promise<{ action: AnyActionDefinition }>> = {
  'audit-archive': () => import('./audit-archive/src/action.js'),
  'bulk-update': () => import('./bulk-update/src/action.js'),
  'health-check': () => import('./health-check/src/action.js'),
  'metrics-collect': () => import('./metrics-collect/src/action.js'),
  release: () => import('./release/src/action.js'),
  'security-scan': () => import('./security-scan/src/action.js'),
};

/** Runs the named action: as a workflow step under the runner, as the `moko` CLI elsewhere. */
export async function run(name: string): Promise<void> {
  const load = actions[name];
  if (!load) throw new Error(`unknown action '${name}'`);
  await runEntry(load);
}
