/**
 * Actions whose inputs are code they run, like a `run:` step: an expression expanded into one of
 * these inputs is pasted into a script. Maintained by hand from each action's README (the input
 * that holds the script); keys are lowercase `owner/repo`.
 */
const SCRIPT_INPUTS: Readonly<Record<string, readonly string[]>> = {
  'actions/github-script': ['script'],
  'mikefarah/yq': ['cmd'],
  'amadevus/pwsh-script': ['script'],
  'jannekem/run-python-script-action': ['script'],
  'cardinalby/js-eval-action': ['expression'],
  'addnab/docker-run-action': ['run', 'options'],
  'appleboy/ssh-action': ['script'],
  'garygrossgarten/github-action-ssh': ['command'],
  'azure/cli': ['inlinescript'],
  'azure/powershell': ['inlinescript'],
  'uraimo/run-on-arch-action': ['run'],
  'cross-platform-actions/action': ['run'],
  'nick-fields/retry': ['command'],
  'wandalen/wretry.action': ['command'],
  // Inputs CodeQL models as code-injection sinks (evaluated as JavaScript, lodash templates or
  // jq/yq programs), as listed in zizmor's codeql-injection-sinks.json.
  '8398a7/action-slack': ['custom_payload'],
  'devorbitus/yq-action-output': ['cmd'],
  'gautamkrishnar/blog-post-workflow': ['item_exec'],
  'imjohnbo/issue-bot': ['body', 'linked-comments-previous-issue-text', 'linked-comments-new-issue-text'],
  'lucasbento/auto-close-issues': ['issue-close-message'],
  'roots/issue-closer-action': ['issue-close-message', 'pr-close-message'],
  'sergeysova/jq-action': ['cmd'],
  'skitionek/notify-microsoft-teams': ['overwrite'],
  'tibdex/backport': ['body_template', 'head_template', 'labels_template', 'title_template'],
};

/** Input names that hold a command or script in any action known to run one. */
const RUNNER_INPUT_NAMES = new Set(['script', 'run', 'cmd', 'command', 'inlinescript', 'shell-script']);

/**
 * The inputs of `uses:` (`owner/repo[/path]@ref`) whose value runs as code: the listed inputs of a
 * known script-running action, plus every input named script/run/cmd/command of that action.
 */
export function scriptInputs(uses: string, inputNames: readonly string[]): string[] {
  const target = uses.split('@')[0] ?? '';
  const ownerRepo = target.split('/').slice(0, 2).join('/').toLowerCase();
  const listed = SCRIPT_INPUTS[ownerRepo];
  if (!listed) return [];
  return inputNames.filter((name) => listed.includes(name.toLowerCase()) || RUNNER_INPUT_NAMES.has(name.toLowerCase()));
}
