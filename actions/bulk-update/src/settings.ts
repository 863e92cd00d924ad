import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RunEnvironment } from '../../../shared/action/environment.js';
import { loadForInput } from '../../../shared/config/config-file.js';
import { InputError } from '../../../shared/core/errors.js';
import { resolveWorkspacePath } from '../../../shared/paths/workspace-path.js';
import type { BulkUpdateInputs } from './action.js';
import { type BulkConfig, loadBulkConfig } from './engine/config.js';
import type { Shard } from './engine/sharding.js';

/** What one bulk-update run does, settled from its inputs, the run environment and the configuration file. */
export type BulkSettings =
  | { mode: 'merge'; resultsFiles: string[] }
  | { mode: 'plan' | 'update'; org: string; shard: Shard; config: BulkConfig };

/** The shard results files (*.json, any depth) under the merge-results folder; none is an InputError. */
function resultsFiles(workspace: string, dir: string): string[] {
  const folder = resolveWorkspacePath(workspace, dir, { inputName: 'merge-results', mustExist: true });
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name));
  if (files.length === 0)
    throw new InputError('merge-results', dir, 'expected a folder holding shard results files (*.json)');
  return files;
}

/** Inputs + run environment + configuration file → the settings of this run (every bad one names itself). */
export async function bulkSettings(inputs: BulkUpdateInputs, env: RunEnvironment): Promise<BulkSettings> {
  if (inputs['merge-results'])
    return { mode: 'merge', resultsFiles: resultsFiles(env.workspace, inputs['merge-results']) };
  const org = inputs.organization || env.repository?.owner;
  if (!org)
    throw new InputError(
      'organization',
      '',
      'required outside a repository context (the owner of the calling repository is the default)',
    );
  const configPath = resolveWorkspacePath(env.workspace, inputs.config, { inputName: 'config', mustExist: true });
  return {
    mode: inputs.plan ? 'plan' : 'update',
    org,
    shard: inputs.shard ?? { index: 1, count: 1 },
    config: await loadForInput('config', () => loadBulkConfig(configPath, inputs.config)),
  };
}
