import { ConfigError } from '../../../../../shared/core/errors.js';
import { filesPlugin } from './files.js';
import { labelsPlugin } from './labels.js';
import { projectsPlugin } from './projects.js';
import type { Operation } from './schemas.js';
import { settingsPlugin } from './settings.js';
import { staleBranchesPlugin } from './stale-branches.js';
import type { OperationContext, OperationPlugin, PreparedOperation } from './types.js';

// One entry per operation type, as release-please's plugin factory keeps its plugins by name.
const plugins: Record<string, OperationPlugin> = {
  files: filesPlugin as OperationPlugin,
  labels: labelsPlugin as OperationPlugin,
  settings: settingsPlugin as OperationPlugin,
  'stale-branches': staleBranchesPlugin as OperationPlugin,
  projects: projectsPlugin as OperationPlugin,
};

/** Names of every registered operation. */
export function registeredOperations(): string[] {
  return Object.keys(plugins);
}

/** The plugin for `type`; a ConfigError naming the known types for anything else. */
export function operationPlugin(type: string): OperationPlugin {
  const plugin = plugins[type];
  if (!plugin)
    throw new ConfigError(`Unknown operation '${type}'. Known operations: ${registeredOperations().join(', ')}.`);
  return plugin;
}

/** Prepares every configured operation, in order. */
export async function prepareOperations(ops: Operation[], ctx: OperationContext): Promise<PreparedOperation[]> {
  const out: PreparedOperation[] = [];
  for (const op of ops) out.push(await operationPlugin(op.type).prepare(op, ctx));
  return out;
}
