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
    'Workflow or job without permissions',
    'medium',
    272,
    'Without `permissions:` (on the workflow or the job) the GITHUB_TOKEN gets the repository default, often read/write on everything. Declare `permissions: contents: read` at the top and grant more per job where needed. In a reusable workflow, set them on jobs that call another reusable workflow.',
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
    'input-in-run',
    "Composite action's input expanded in a script",
    'medium',
    94,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression shown to the user.
    'A composite action pastes `${{ inputs.X }}` into the script of its step: a caller that passes a pull request title or branch name gets code execution. Map the input to an environment variable (`env: X: ${{ inputs.X }}`) and use `"$X"` in the script.',
  ),
  rule(
    'step-output-in-run',
    'Step or job output expanded in a script through env or matrix',
    'low',
    94,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression shown to the user.
    'An `env.X` or `matrix.X` set from `steps.*.outputs.*` or `needs.*.outputs.*` (a matrix computed with `fromJSON(needs.*.outputs.*)` included) is pasted into the script before it runs. Outputs often carry text from the event or the pull request (changed file names, branch names, titles), which then runs as code. Read the value from the environment in the script (`"$X"`; for a matrix value, `env: X: ${{ matrix.x }}` first) instead of `${{ env.X }}`. Low severity: whether an attacker writes the output depends on the step that sets it.',
  ),
  rule(
    'dangerous-trigger',
    'Workflow runs on pull_request_target or workflow_run',
    'medium',
    863,
    "These triggers run with the base repository's secrets and a write token on events that anyone (a fork's pull request) can cause; any use of the event's data or code is exploitable. Prefer `pull_request`; if the privileged trigger is needed, never check out or run the pull request's code, keep `permissions:` minimal and gate jobs on a label or environment approval.",
  ),
  rule(
    'checkout-persisted-credentials',
    'actions/checkout persists the token in .git/config',
    'low',
    522,
    'Without `persist-credentials: false`, the GITHUB_TOKEN stays in .git/config for every later step, including third-party actions and scripts, and any upload or cache of the workspace carries it. Set `persist-credentials: false` unless a later step pushes with it.',
  ),
  rule(
    'cache-poisoning',
    'Cache restored in a release or publishing job',
    'high',
    349,
    'Caches are shared across branches: a workflow on any branch (a pull request from a collaborator, a compromised dependency in a test job) can write a cache entry that the release build then restores and ships. Build releases without caches (remove `actions/cache`, set `cache: false` / omit `cache:` on setup actions), or key release caches so that only the release workflow writes them.',
  ),
  rule(
    'excessive-permissions',
    'Overly broad permissions: workflow-level write scopes or read-all',
    'medium',
    250,
    'Write scopes at the workflow level apply to each job that declares no `permissions:` of its own, including jobs that only build or test; `read-all` opens every scope. Set `permissions: contents: read` (or `{}`) at the top and grant the scopes a job needs on that job.',
  ),
  rule(
    'github-env',
    'Computed text written to GITHUB_ENV or GITHUB_PATH in a privileged workflow',
    'high',
    15,
    "In a `pull_request_target` or `workflow_run` workflow, text the attacker influences (an artifact, a branch name, a file from the pull request) written to `$GITHUB_ENV` or `$GITHUB_PATH` can set LD_PRELOAD, NODE_OPTIONS, BASH_ENV or PATH for every later step: code execution with the workflow's secrets. Pass such values through step outputs or `env:` on the steps that need them, and validate them.",
  ),
  rule(
    'bot-condition',
    'Spoofable bot check on the actor',
    'high',
    290,
    "`github.actor == 'dependabot[bot]'` is true whenever the bot triggered the latest run, e.g. after a person rebased or commented on the bot's pull request, so the guarded steps run on input a person controls. Check the pull request's author instead (`github.event.pull_request.user.login == 'dependabot[bot]'`) or don't gate privileged steps on the actor at all.",
  ),
  rule(
    'overprovisioned-secrets',
    'Every secret handed to a step',
    'medium',
    200,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression shown to the user.
    '`toJSON(secrets)` (or `secrets[<expression>]`) gives the step every secret of the repository and organization, and the runner cannot mask what the step derives from them. Pass the named secrets the step needs: `env: TOKEN: ${{ secrets.TOKEN }}`.',
  ),
  rule(
    'unpinned-image',
    'Container, service or Docker action image not pinned by digest',
    'medium',
    829,
    'A tag (or no tag: `latest`) can be re-pushed with other content, which then runs in the job with its token and secrets. Pin `container:` and `services:` images by digest: `image: node:22@sha256:<digest>`.',
  ),
  rule(
    'self-hosted-pr',
    'Self-hosted runner on pull requests',
    'high',
    284,
    'Pull requests from forks can run arbitrary code on a self-hosted runner and persist on it. Use GitHub-hosted runners for `pull_request`, or ephemeral, isolated runners with fork approval required.',
  ),
  rule(
    'ref-confusion',
    'Action ref names both a branch and a tag',
    'medium',
    829,
    "`uses: owner/action@v1` where `v1` is both a branch and a tag of the action's repository: which one runs depends on GitHub's resolution, and anyone who can push a branch named like the tag (or the other way round) can change the code your workflow runs. Pin the action to a full commit SHA (with the tag as a comment), or ask its maintainers to delete the branch. Checked online through the GitHub API (input `online-audits`).",
  ),
];
