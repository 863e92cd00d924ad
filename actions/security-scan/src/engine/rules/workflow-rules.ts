import type { Severity } from '../../../../../shared/core/finding.js';
import type { StructuralRule } from '../rule.js';

const rule = (id: string, title: string, severity: Severity, cwe: number, help: string): StructuralRule => ({
  kind: 'structural',
  id: `workflow/${id}`,
  category: 'workflow',
  severity,
  cwe,
  title,
  help,
  fileGlobs: ['.github/workflows/*.yml', '.github/workflows/*.yaml', '**/action.yml', '**/action.yaml'],
});

/**
 * GitHub Actions hardening rules, after "Security hardening for GitHub Actions"
 * (https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions).
 */
export const WORKFLOW_RULES: readonly StructuralRule[] = [
  rule(
    'untrusted-input-in-run',
    'Untrusted event data expanded in a script',
    'high',
    94,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression shown to the user.
    'Attacker-controlled text (issue/PR titles and bodies, comments, branch names, commit messages) is pasted into the script before it runs. Pass it through an environment variable instead: `env: TITLE: ${{ github.event.issue.title }}` and use `"$TITLE"` in `run:` (or `process.env.TITLE` in github-script).',
  ),
  rule(
    'pr-target-checkout',
    'Privileged trigger checks out and runs pull request code',
    'critical',
    829,
    '`pull_request_target` and `workflow_run` run with secrets and a write token: checking out the pull request head and building or running it gives that power to the PR author. Use `pull_request` for builds, or split into an unprivileged build and a privileged job that only reads artifacts.',
  ),
  rule(
    'unpinned-action',
    'Third-party action not pinned to a commit SHA',
    'medium',
    829,
    'Tags and branches can be moved to malicious code. Pin `uses:` to the full 40-character commit SHA (add the tag as a comment, e.g. `uses: owner/action@<sha> # v1.2.3`) and let Dependabot update it. Docker actions: pin `docker://image@sha256:<digest>`.',
  ),
  rule(
    'missing-permissions',
    'Workflow has no top-level permissions',
    'medium',
    272,
    'Without `permissions:` the GITHUB_TOKEN gets the repository default, often read/write on everything. Declare `permissions: contents: read` at the top and grant more per job where needed.',
  ),
  rule(
    'write-all-permissions',
    'permissions: write-all',
    'high',
    272,
    'Grant only the scopes a job needs (e.g. `contents: read`, `pull-requests: write`) instead of `write-all`.',
  ),
  rule(
    'secrets-inherit',
    'All secrets passed to a third-party reusable workflow',
    'high',
    200,
    '`secrets: inherit` hands every repository and organization secret to code you do not control. Pass the named secrets the workflow needs instead.',
  ),
  rule(
    'unsecure-commands',
    'ACTIONS_ALLOW_UNSECURE_COMMANDS enabled',
    'high',
    77,
    'The deprecated `set-env` / `add-path` commands let any log line change the environment of later steps. Remove the variable and use `$GITHUB_ENV` / `$GITHUB_PATH` files.',
  ),
  rule(
    'artifact-credentials',
    'Checkout credentials uploaded as an artifact',
    'high',
    522,
    '`actions/checkout` writes the token into .git/config unless `persist-credentials: false`; uploading the workspace then publishes it. Set `persist-credentials: false` or upload only the build output.',
  ),
  rule(
    'self-hosted-pr',
    'Self-hosted runner on pull requests',
    'high',
    284,
    'Pull requests from forks can run arbitrary code on a self-hosted runner and persist on it. Use GitHub-hosted runners for `pull_request`, or ephemeral, isolated runners with fork approval required.',
  ),
];
