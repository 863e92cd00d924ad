/**
 * The runner-faithful harness: run a bundled action as the GitHub runner does and inspect what the
 * runner would record. See docs/testing.md.
 */

export { type ActionManifest, evaluateDefault, inputEnvName, parseManifest, readManifest } from './action-manifest.js';
export { parseKeyValueFile, STEP_SUMMARY_LIMIT } from './file-commands.js';
export {
  type ActionRun,
  EMULATOR_TOKEN,
  type HarnessEmulator,
  NODE_24,
  REPO_ROOT,
  type RequestLogEntry,
  type RunActionOptions,
  runAction,
  type StageRun,
  type Violation,
} from './run-action.js';
export { runtimeToken } from './runner-env.js';
export { leakedSecrets } from './secrets.js';
export { type Annotation, parseCommandLine, type WorkflowCommand } from './workflow-commands.js';
export { cleanup, git, headSha, makeWorkspace, tempDir, type WorkspaceFile } from './workspace.js';
