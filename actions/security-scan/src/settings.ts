import { loadForInput } from '../../../shared/config/config-file.js';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { ActionContext } from '../../../shared/action/define-action.js';
import { UserError } from '../../../shared/core/errors.js';
import { defaultConfig, loadConfig, type ScanConfig } from './engine/config.js';
import { CATEGORIES, type Category } from './engine/rule.js';
import { loadBaseline } from './engine/suppress.js';
import type { FailOn } from '../../../shared/core/finding.js';
import { resolveWorkspacePath } from '../../../shared/paths/workspace-path.js';

/** Typed inputs of security-scan (as the framework parses them). */
export interface ScanInputs {
  path: string;
  'sarif-file': string;
  'fail-on': FailOn;
  config: string | undefined;
  mode: 'full' | 'diff';
  upload: boolean;
  category: string;
  categories: Category[];
  'online-audits': boolean;
}

/** Everything a scan needs, resolved and validated once at the edge. */
export interface ScanSettings {
  root: string;
  /** Scanned directory relative to the workspace ('' for the workspace itself), for links and annotations. */
  rootFromWorkspace: string;
  sarifFile: string;
  failOn: FailOn;
  config: ScanConfig;
  /** The configuration file applied, absolute (undefined: built-in defaults). */
  configFile?: string;
  /** Code scanning category (SARIF runAutomationDetails.id without the trailing `/`). */
  category: string;
  baseline?: Set<string>;
  mode: 'full' | 'diff';
  upload: boolean;
  categories: Category[];
}

const DEFAULT_CONFIG = '.github/security-scan.yml';

/** Resolves paths inside the workspace, reads the configuration and the baseline. */
export async function resolveSettings(ctx: ActionContext<ScanInputs>): Promise<ScanSettings> {
  const { workspace } = ctx.env;
  const i = ctx.inputs;
  const root = resolveWorkspacePath(workspace, i.path, { inputName: 'path', mustExist: true });
  // The SARIF file lives in the workspace so a later step (e.g. github/codeql-action/upload-sarif)
  // and artifact uploads find it; the scan itself ignores it.
  const sarifFile = resolveWorkspacePath(workspace, i['sarif-file'], { inputName: 'sarif-file' });
  let configFile: string | undefined;
  if (i.config) configFile = resolveWorkspacePath(workspace, i.config, { inputName: 'config', mustExist: true });
  else if (existsSync(resolveWorkspacePath(workspace, DEFAULT_CONFIG, { inputName: 'config' }))) {
    configFile = resolveWorkspacePath(workspace, DEFAULT_CONFIG, { inputName: 'config' });
  }
  const shown = configFile ? relative(workspace, configFile) || configFile : '';
  const config = configFile ? await loadForInput('config', () => loadConfig(configFile, shown)) : defaultConfig();
  const rootFromWorkspace = relative(workspace, root).split('\\').join('/');
  const sarifFromRoot = relative(root, sarifFile).split('\\').join('/');
  if (!sarifFromRoot.startsWith('..'))
    config.ignore = [...config.ignore, `/${sarifFromRoot.replace(/\.sarif$/, '')}*.sarif`];
  let baseline: Set<string> | undefined;
  if (config.baseline)
    baseline = await loadBaseline(
      resolveWorkspacePath(workspace, config.baseline, { inputName: 'config baseline', mustExist: true }),
    );
  // The categories input wins; the config file narrows the default (all) only.
  const categories = i.categories.length > 0 ? i.categories : (config.categories ?? [...CATEGORIES]);
  if (categories.length === 0)
    throw new UserError('No rule categories selected: `categories` in the configuration is empty.');
  return {
    root,
    rootFromWorkspace,
    sarifFile,
    failOn: i['fail-on'],
    config,
    ...(configFile ? { configFile } : {}),
    ...(baseline ? { baseline } : {}),
    mode: i.mode,
    upload: i.upload,
    category: i.category.replace(/\/+$/, ''),
    categories,
  };
}
