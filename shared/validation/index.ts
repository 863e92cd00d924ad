/** The validation library in one import: findings, safe paths, input validators, injection checks, plugins. */
export * from '../core/finding.js';
export * from './formats.js';
export * from './github-names.js';
export * from './injection.js';
export * from './plugins.js';
export { schemaFrom } from './schema.js';
export * from '../paths/workspace-path.js';
