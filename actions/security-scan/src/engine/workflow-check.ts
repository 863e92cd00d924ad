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

/** What an expression in a step's script can refer to: env maps nearest first, the job's matrix. */
interface ScriptScope {
  env: (Node | undefined)[];
  matrix: Node | undefined;
  composite: boolean;
}

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

/** Contexts whose text an attacker writes (titles, bodies, branch names, commit data, labels), inside an expression. */
const UNTRUSTED_CONTEXT =
  /\b(github\.event\.(?:issue\.(?:title|body|milestone\.title|labels\.[^.\s}]+\.(?:name|description))|pull_request\.(?:title|body|head\.ref|head\.label|head\.repo\.(?:default_branch|description|homepage)|labels\.[^.\s}]+\.(?:name|description))|label\.(?:name|description)|comment\.body|review\.body|review_comment\.body|pages\.[^.\s}]+\.(?:page_name|title|summary)|commits\.[^.\s}]+\.(?:message|(?:author|committer)\.(?:email|name))|head_commit\.(?:message|(?:author|committer)\.(?:email|name))|workflow_run\.(?:head_branch|display_title|head_commit\.(?:message|(?:author|committer)\.(?:email|name))|pull_requests\.[^.\s}]+\.head\.ref)|check_suite\.head_branch|check_run\.check_suite\.head_branch|workflow_run\.head_repository\.description|discussion\.(?:title|body)|discussion_comment\.body|release\.(?:name|body)|changes\.(?:title|body)\.from|client_payload[\w.[\]*'"-]*)|github\.head_ref)\b|(toJSON\(\s*github\.event(?:\.(?:issue|pull_request|comment|review|review_comment|discussion|discussion_comment|head_commit|commits|workflow_run|release|pages|client_payload))?\s*\))/i;
/** An action's own inputs (`inputs.x`, `inputs['x']`), inside an expression. */
const INPUT_CONTEXT = /\b(inputs\.[\w-]+|inputs\[['"][\w-]+['"]\])/;
/** A step's or a needed job's outputs (`steps.x.outputs.y`, `needs.x.outputs['y']`), inside an expression. */
const OUTPUT_CONTEXT = /\b((?:steps|needs)\.[\w-]+\.outputs(?:\.[\w-]+|\[\s*['"][^'"]+['"]\s*\])?)/;
/** `env.NAME` / `env['NAME']` and `matrix.NAME` references inside an expression. */
const ENV_REF = /\benv(?:\.([\w-]+)|\[\s*['"]([\w-]+)['"]\s*\])/g;
const MATRIX_REF = /\bmatrix\.([\w-]+)/g;
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
    scanEnv(get(job, 'env'), add, get(get(job, 'strategy'), 'matrix'));
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
      scanEnv(get(step, 'env'), add, get(get(job, 'strategy'), 'matrix'));
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
      const scope: ScriptScope = {
        env: [get(step, 'env'), get(job, 'env'), get(root, 'env')],
        matrix: get(get(job, 'strategy'), 'matrix'),
        composite,
      };
      if (run) scanScript(file, run, add, 'run', scope);
      checkEnvFileWrite(ctx, run);
      for (const input of scriptInputs(
        uses,
        entries(withNode).map(([k]) => k),
      ))
        scanScript(file, get(withNode, input), add, `${uses.split('@')[0]} ${input}`, scope);
    }
  }
  return hits;
}

/** True when the runner reads the value as true (C# bool parsing: case-insensitive, surrounding blanks ignored). */
const enablesUnsecure = (value: Node | undefined) => /^\s*(?:true|1)\s*$/i.test(str(value) ?? '');

/**
 * `unsecure-commands`: ACTIONS_ALLOW_UNSECURE_COMMANDS set true in an `env:` map, or in the matrix
 * value a whole `env: ${{ matrix.X }}` takes (each value of X and of X in `include:` entries).
 */
function scanEnv(
  env: Node | undefined,
  add: (id: string, offset: number, msg: string) => void,
  matrix?: Node | undefined,
): void {
  const message = 'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables the deprecated set-env and add-path commands.';
  for (const [key, value] of entries(env))
    if (key === 'ACTIONS_ALLOW_UNSECURE_COMMANDS' && enablesUnsecure(value))
      add('unsecure-commands', startOf(value), message);
  const key = /^\s*\$\{\{\s*matrix\.([\w-]+)\s*\}\}\s*$/.exec(str(env) ?? '')?.[1];
  if (!key) return;
  const values = [...items(get(matrix, key)), ...items(get(matrix, 'include')).map((entry) => get(entry, key))];
  if (values.some((v) => enablesUnsecure(get(v, 'ACTIONS_ALLOW_UNSECURE_COMMANDS'))))
    add(
      'unsecure-commands',
      startOf(env),
      `ACTIONS_ALLOW_UNSECURE_COMMANDS, set through \`matrix.${key}\`, re-enables the deprecated set-env and add-path commands.`,
    );
}

/** The text values a name can take: the nearest env map that sets it; every value of a matrix key. */
function envValue(scope: ScriptScope, name: string): string | undefined {
  for (const env of scope.env) {
    const value = get(env, name);
    if (value !== undefined) return str(value) ?? '';
  }
  return undefined;
}
function matrixValues(matrix: Node | undefined, name: string): string[] {
  // A matrix (or its `include:`) computed by an expression, e.g. `${{ fromJSON(needs.setup.outputs.matrix) }}`:
  // every key can take what that expression yields.
  const values = [
    ...items(get(matrix, name)).map(str),
    str(get(matrix, name)),
    str(matrix),
    str(get(matrix, 'include')),
  ];
  for (const entry of items(get(matrix, 'include'))) values.push(str(get(entry, name)));
  return values.filter((v): v is string => v !== undefined);
}

/**
 * The attacker-controlled context an expression evaluates to, if any. Boolean tests of it
 * (`contains(x, 'y')`, `x == 'foo'`) yield true/false, not its text: operands of `&&`/`||` that
 * compare, and contains/startsWith/endsWith calls, are left out.
 */
function untrustedIn(expr: string): string | undefined {
  const valued = expr
    .replace(/\b(?:contains|startsWith|endsWith)\([^()]*\)/gi, 'true')
    .split(/&&|\|\|/)
    .filter((operand) => !/==|!=|<=|>=|[<>]/.test(operand))
    .join(' ');
  const u = UNTRUSTED_CONTEXT.exec(valued);
  return u ? (u[1] ?? u[2]) : undefined;
}

/**
 * `untrusted-input-in-run` and `input-in-run` for a script (a `run:` or the script input of a
 * script-running action): each `${{ }}` expansion that pastes attacker text into it, directly or
 * through an `env.X` or `matrix.X` whose value holds such a context. A composite action's own
 * `inputs.*` count too (callers pass event data as inputs). `step-output-in-run`: an `env.X` or
 * `matrix.X` set from a step's or job's outputs (a dynamic matrix included); the outputs expanded
 * directly are not reported (nearly every workflow pastes a version or a path that way; zizmor
 * rates them informational).
 */
function scanScript(
  file: YamlFile,
  node: Node | undefined,
  add: (id: string, offset: number, msg: string) => void,
  where: string,
  scope: ScriptScope,
): void {
  if (!node?.range) return;
  const text = file.source.slice(node.range[0], node.range[1]);
  for (const m of text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    const at = node.range[0] + (m.index ?? 0);
    const expr = m[1] ?? '';
    const direct = untrustedIn(expr);
    if (direct) {
      add('untrusted-input-in-run', at, `\`${direct}\` is expanded into \`${where}:\`; an attacker controls its text.`);
      continue;
    }
    const input = scope.composite ? INPUT_CONTEXT.exec(expr)?.[1] : undefined;
    if (input) {
      add(
        'input-in-run',
        at,
        `\`${input}\` is pasted into the script; callers often pass event data (titles, branch names) as inputs.`,
      );
      continue;
    }
    // Indirect: an env variable or matrix value that was set from such a context.
    const via: [string, string][] = [];
    for (const r of expr.matchAll(ENV_REF)) {
      const name = r[1] ?? r[2] ?? '';
      via.push([`env.${name}`, envValue(scope, name) ?? '']);
    }
    for (const r of expr.matchAll(MATRIX_REF))
      for (const value of matrixValues(scope.matrix, r[1] ?? '')) via.push([`matrix.${r[1]}`, value]);
    // The most severe source wins: attacker text, then a composite action's input, then a step or job output.
    const sources = via.map(([ref, value]) => {
      // An env value is text with expressions in it; a matrix value may be either.
      const inner = [...value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((x) => x[1] ?? '');
      return {
        ref,
        untrusted: inner.map(untrustedIn).find(Boolean),
        input: scope.composite ? INPUT_CONTEXT.exec(value)?.[1] : undefined,
        output: inner.map((x) => OUTPUT_CONTEXT.exec(x)?.[1]).find(Boolean),
      };
    });
    const untrusted = sources.find((x) => x.untrusted);
    const fromInput = sources.find((x) => x.input);
    const fromOutput = sources.find((x) => x.output);
    if (untrusted) {
      add(
        'untrusted-input-in-run',
        at,
        `\`${untrusted.ref}\` (set from \`${untrusted.untrusted}\`) is expanded into \`${where}:\`; an attacker controls its text. Use the variable in the script ("$VAR"), not \`\${{ ${untrusted.ref} }}\`.`,
      );
    } else if (fromInput) {
      add(
        'input-in-run',
        at,
        `\`${fromInput.ref}\` (set from \`${fromInput.input}\`) is pasted into the script; callers often pass event data as inputs.`,
      );
    } else if (fromOutput) {
      add(
        'step-output-in-run',
        at,
        `\`${fromOutput.ref}\` (set from \`${fromOutput.output}\`) is pasted into \`${where}:\`; an output can carry text from the event or the repository (file and branch names, titles). Read it from an environment variable in the script ("$VAR") instead.`,
      );
    }
  }
}
