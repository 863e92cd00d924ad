/** Default location of the configuration file, relative to the workspace (its own module: action.ts reads it before any YAML or schema code loads). */
export const DEFAULT_CONFIG_PATH = '.github/bulk-update.yml';
