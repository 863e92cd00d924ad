import picomatch from 'picomatch';
import type { Node } from 'yaml';
import {
  auditDockerAction,
  auditJob,
  auditWorkflowFile,
  checkBotCondition,
  checkCache,
  checkEnvFileWrite,
  isReleaseWorkflow,
  jobPublishes,
  type WorkflowContext,
} from './workflow-audits.js';
import { scriptInputs } from './workflow-sinks.js';
import { entries, get, items, keyNode, parseYaml, startOf, str, triggers, type YamlFile } from './workflow-yaml.js';

/** One workflow finding before it becomes a SecurityFinding. */
export interface WorkflowHit {
  ruleId: string;
  offset: number;
  message: string;
}

/** Options of the workflow checks. */
export interface WorkflowOptions {
  /** `uses:` owners/patterns allowed without a SHA pin (picomatch on `owner/repo`). Default: actions/*, github/*. */
  trustedActions: readonly string[];
}

const UNTRUSTED =
  /\$\{\{[^}]*?\b(github\.event\.(?:issue\.(?:title|body)|pull_request\.(?:title|body|head\.ref|head\.label|head\.repo\.default_branch)|comment\.body|review\.body|review_comment\.body|pages\.[^.\s}]+\.page_name|commits\.[^.\s}]+\.(?:message|author\.(?:email|name))|head_commit\.(?:message|author\.(?:email|name))|workflow_run\.(?:head_branch|display_title|head_commit\.(?:message|author\.(?:email|name))|pull_requests\.[^.\s}]+\.head\.ref)|discussion\.(?:title|body)|discussion_comment\.body|release\.(?:name|body)|client_payload[\w.[\]*'"-]*)|github\.head_ref)\b[^}]*\}\}/g;
/** An action's own inputs expanded into its composite steps' scripts. */
const INPUT_EXPR = /\$\{\{[^}]*?\b(inputs\.[\w-]+|inputs\[['"][\w-]+['"]\])[^}]*\}\}/g;
const SHA = /^[0-9a-f]{40}$/;
const HEAD_REF =
  /github\.event\.pull_request\.head\.(?:sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(?:sha|branch)|refs\/pull\//;

/** True when a workflow file path is under .github/workflows, false for action.yml. */
export function isWorkflowPath(path: string): boolean {
  return /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}

/** True for files the workflow rules read. */
export function isWorkflowFile(path: string): boolean {
  return isWorkflowPath(path) || /(?:^|\/)action\.ya?ml$/.test(path);
}

/** Runs every workflow check on one file's text. */
export function checkWorkflow(path: string, source: string, options: WorkflowOptions): WorkflowHit[] {
  const file = parseYaml(source);
  if (!file.root) return [];
  const hits: WorkflowHit[] = [];
  const trusted = picomatch(options.trustedActions.length > 0 ? [...options.trustedActions] : ['\0none']);
  const add = (ruleId: string, offset: number, message: string) =>
    hits.push({ ruleId: `workflow/${ruleId}`, offset, message });
  const root = file.root;
  const jobs = isWorkflowPath(path)
    ? entries(get(root, 'jobs'))
    : [['action', get(root, 'runs')] as [string, Node | undefined]];
  const on = isWorkflowPath(path) ? triggers(root) : [];
  const privileged = on.some((t) => t === 'pull_request_target' || t === 'workflow_run');
  const composite = !isWorkflowPath(path) && str(get(get(root, 'runs'), 'using')) === 'composite';
  const ctx: WorkflowContext = { file, root, workflow: isWorkflowPath(path), on, jobs, composite, add };
  auditWorkflowFile(ctx);
  if (!isWorkflowPath(path)) auditDockerAction(ctx);
  const release = isWorkflowPath(path) && isReleaseWorkflow(root, on);

  const checkUses = (node: Node | undefined) => {
    const uses = str(node);
    if (!uses || uses.startsWith('./') || uses.startsWith('.\\')) return;
    if (uses.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses))
        add('unpinned-action', startOf(node), `Docker image ${uses} is not pinned to a digest.`);
      return;
    }
    const [target = '', ref = ''] = uses.split('@');
    const ownerRepo = target.split('/').slice(0, 2).join('/');
    if (!SHA.test(ref) && !trusted(ownerRepo))
      add('unpinned-action', startOf(node), `${uses} is not pinned to a full commit SHA.`);
  };

  if (isWorkflowPath(path)) {
    const perms = get(root, 'permissions');
    if (str(perms) === 'write-all')
      add('write-all-permissions', startOf(perms), 'The workflow grants write-all permissions.');
    const everyJobHasPerms = jobs.length > 0 && jobs.every(([, job]) => get(job, 'permissions') !== undefined);
    // A reusable workflow (only `workflow_call`) runs with its caller's token and permissions.
    const reusableOnly = on.length > 0 && on.every((t) => t === 'workflow_call');
    // With one job, the job's own finding below says it all.
    if (!perms && jobs.length > 1 && !everyJobHasPerms && !reusableOnly)
      add(
        'missing-permissions',
        startOf(root),
        'No top-level `permissions:`; jobs without their own get the repository default token permissions.',
      );
    for (const [name, job] of perms ? [] : jobs) {
      // A job that calls a reusable workflow hands it the token: the caller must set its scope, even
      // in a reusable workflow. Other jobs of a reusable workflow get their caller's permissions.
      if (get(job, 'permissions') !== undefined || (reusableOnly && get(job, 'uses') === undefined)) continue;
      add(
        'missing-permissions',
        startOf(keyNode(get(root, 'jobs'), name)),
        `Job \`${name}\` declares no \`permissions:\` (nor does the workflow): its token gets the repository default, often read/write on everything.`,
      );
    }
  }
  scanEnv(get(root, 'env'), add);

  for (const [name, job] of jobs) {
    if (str(get(job, 'permissions')) === 'read-all' && isWorkflowPath(path))
      add(
        'excessive-permissions',
        startOf(get(job, 'permissions')),
        `Job \`${name}\` grants read-all permissions: read access to every scope, where it needs a few.`,
      );
    if (str(get(job, 'permissions')) === 'write-all')
      add('write-all-permissions', startOf(get(job, 'permissions')), 'The job grants write-all permissions.');
    scanEnv(get(job, 'env'), add);
    if (isWorkflowPath(path)) auditJob(ctx, job);
    const reusable = get(job, 'uses');
    checkUses(reusable);
    const reusableRef = str(reusable);
    if (reusableRef && !reusableRef.startsWith('./') && str(get(job, 'secrets')) === 'inherit') {
      const ownerRepo = reusableRef.split('@')[0]?.split('/').slice(0, 2).join('/') ?? '';
      if (!trusted(ownerRepo))
        add('secrets-inherit', startOf(get(job, 'secrets')), `All secrets are passed to ${reusableRef}.`);
    }
    const runsOn = get(job, 'runs-on');
    const labels = [
      str(runsOn),
      ...items(runsOn).map(str),
      ...items(get(runsOn, 'labels')).map(str),
      str(get(runsOn, 'labels')),
    ];
    if (labels.includes('self-hosted') && on.some((t) => t === 'pull_request' || t === 'pull_request_target')) {
      add(
        'self-hosted-pr',
        startOf(runsOn),
        'A self-hosted runner runs jobs triggered by pull requests, including from forks.',
      );
    }
    let persistedCheckout = false;
    const publishes = release || jobPublishes(items(get(job, 'steps')));
    for (const step of items(get(job, 'steps'))) {
      const usesNode = get(step, 'uses');
      const uses = str(usesNode) ?? '';
      checkUses(usesNode);
      scanEnv(get(step, 'env'), add);
      const withNode = get(step, 'with');
      checkBotCondition(ctx, get(step, 'if'));
      if (publishes && uses) checkCache(ctx, usesNode, withNode);
      if (/^actions\/checkout@/.test(uses)) {
        if (str(get(withNode, 'persist-credentials')) !== 'false') {
          persistedCheckout = true;
          add(
            'checkout-persisted-credentials',
            startOf(usesNode),
            'actions/checkout leaves the token in .git/config for every later step (and any upload of the workspace).',
          );
        }
        const ref = str(get(withNode, 'ref')) ?? '';
        if (privileged && HEAD_REF.test(ref)) {
          add(
            'pr-target-checkout',
            startOf(get(withNode, 'ref')),
            `A ${on.filter((t) => t === 'pull_request_target' || t === 'workflow_run').join('/')} workflow checks out the pull request head (${ref}).`,
          );
        }
      }
      if (/^actions\/upload-artifact@/.test(uses) && persistedCheckout) {
        const paths = (str(get(withNode, 'path')) ?? '').split('\n').map((p) => p.trim());
        if (paths.some((p) => /^(?:\.\/?|\*\*?\/?|\$\{\{\s*github\.workspace\s*\}\}\/?|\.git\/?.*)$/.test(p))) {
          add(
            'artifact-credentials',
            startOf(get(withNode, 'path')),
            'The workspace, with the token persisted by actions/checkout in .git/config, is uploaded as an artifact.',
          );
        }
      }
      const run = get(step, 'run');
      if (run) scanExpressions(file, run, add, 'run');
      if (run && composite) scanInputs(file, run, add);
      checkEnvFileWrite(ctx, run);
      for (const input of scriptInputs(
        uses,
        entries(withNode).map(([k]) => k),
      )) {
        const node = get(withNode, input);
        scanExpressions(file, node, add, `${uses.split('@')[0]} ${input}`);
        if (composite) scanInputs(file, node, add);
      }
    }
  }
  return hits;
}

function scanEnv(env: Node | undefined, add: (id: string, offset: number, msg: string) => void): void {
  for (const [key, value] of entries(env)) {
    if (key === 'ACTIONS_ALLOW_UNSECURE_COMMANDS' && /^(?:true|1)$/i.test(str(value) ?? '')) {
      add(
        'unsecure-commands',
        startOf(value),
        'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables the deprecated set-env and add-path commands.',
      );
    }
  }
}

/** `input-in-run`: a composite action's `inputs.*` expanded into a script its step runs. */
function scanInputs(
  file: YamlFile,
  node: Node | undefined,
  add: (id: string, offset: number, msg: string) => void,
): void {
  if (!node?.range) return;
  const text = file.source.slice(node.range[0], node.range[1]);
  for (const m of text.matchAll(INPUT_EXPR)) {
    add(
      'input-in-run',
      node.range[0] + (m.index ?? 0),
      `\`${m[1]}\` is pasted into the script; callers often pass event data (titles, branch names) as inputs.`,
    );
  }
}

function scanExpressions(
  file: YamlFile,
  node: Node | undefined,
  add: (id: string, offset: number, msg: string) => void,
  where: string,
): void {
  if (!node?.range) return;
  const text = file.source.slice(node.range[0], node.range[1]);
  for (const m of text.matchAll(UNTRUSTED)) {
    add(
      'untrusted-input-in-run',
      node.range[0] + (m.index ?? 0),
      `\`${m[1]}\` is expanded into \`${where}:\`; an attacker controls its text.`,
    );
  }
}
