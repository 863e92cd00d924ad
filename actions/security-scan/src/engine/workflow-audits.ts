import { isMap, type Node, type YAMLMap } from 'yaml';
import { entries, get, items, keyNode, startOf, str, type YamlFile } from './workflow-yaml.js';

/** Reports one workflow finding (rule id without the `workflow/` prefix). */
export type Add = (id: string, offset: number, message: string) => void;

/** What the workflow-level audits see of one workflow or action file. */
export interface WorkflowContext {
  file: YamlFile;
  root: YAMLMap;
  /** Under .github/workflows (false for action.yml). */
  workflow: boolean;
  /** Event names of `on:`. */
  on: string[];
  /** A composite action (action.yml with `runs.using: composite`): it runs in its callers' workflows. */
  composite: boolean;
  jobs: [string, Node | undefined][];
  add: Add;
}

/** Triggers that run with the base repository's secrets and a write token on events others cause. */
export const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run'];

/** `github.actor`, `github['actor']` (any case), `github.triggering_actor`, the PR sender's login. */
const ACTOR = `github(?:\\.(?:actor|triggering_actor)\\b|\\[\\s*['"](?:actor|triggering_actor)['"]\\s*\\]|\\.event\\.pull_request\\.sender\\.login\\b)`;
const ACTOR_ID = `github(?:\\.actor_id\\b|\\[\\s*['"]actor_id['"]\\s*\\]|\\.event\\.pull_request\\.sender\\.id\\b)`;
/** Known bot user and integration ids (dependabot, dependabot-preview, renovate). */
const BOT_IDS = '(?:29110|49699333|27856297|29139614)';
const BOT_CHECK = new RegExp(
  `${ACTOR}\\s*==\\s*['"][^'"]*\\[bot\\]['"]|['"][^'"]*\\[bot\\]['"]\\s*==\\s*${ACTOR}|${ACTOR_ID}\\s*==\\s*['"]?${BOT_IDS}\\b`,
  'i',
);
/** `${{ … toJSON(secrets) … }}` or `secrets[<expression>]` anywhere in one expression (which may hold `{0}`-style braces). */
const ALL_SECRETS =
  /\$\{\{(?:(?!\}\})[\s\S])*?\b(?:toJSON\(\s*secrets\s*\)|secrets\[\s*(?!['"])[^\]]+\])(?:(?!\}\})[\s\S])*\}\}/gi;
const ENV_FILE_WRITE =
  /^.*(?:>>?|\btee\b(?:\s+-a)?)\s*["']?(?:\$\{?GITHUB_(?:ENV|PATH)\}?|%GITHUB_(?:ENV|PATH)%)["']?.*$|^.*\$env:GITHUB_(?:ENV|PATH)\b.*$/gim;

/** `dangerous-trigger`, `excessive-permissions` and `overprovisioned-secrets`: checks on the whole file. */
export function auditWorkflowFile(ctx: WorkflowContext): void {
  const { root, add } = ctx;
  if (ctx.workflow) {
    // A pull_request_target workflow whose only job is one actions/labeler step is the use the
    // trigger exists for (labelling fork PRs): it runs no code of the pull request.
    const onlyStep = ctx.jobs.length === 1 ? items(get(ctx.jobs[0]?.[1], 'steps')) : [];
    const labelerOnly = onlyStep.length === 1 && /^actions\/labeler@/i.test(str(get(onlyStep[0], 'uses')) ?? '');
    const used = ctx.on.filter((t) => PRIVILEGED_TRIGGERS.includes(t) && !(t === 'pull_request_target' && labelerOnly));
    if (used.length > 0)
      add(
        'dangerous-trigger',
        startOf(keyNode(root, 'on') ?? keyNode(root, 'true')),
        `The workflow runs on ${used.join(' and ')}: with secrets and a write token, on events anyone can cause.`,
      );
    const perms = get(root, 'permissions');
    if (str(perms) === 'read-all')
      add(
        'excessive-permissions',
        startOf(perms),
        'The workflow grants read-all permissions to every job without its own: read access to every scope, where a job needs a few.',
      );
    // Workflow-level write scopes reach every job that declares none; with one job, or every job
    // declaring its own, or a reusable workflow (its caller decides), they are what the jobs need.
    const jobsWithout = ctx.jobs.filter(([, job]) => get(job, 'permissions') === undefined).length;
    const reusableOnly = ctx.on.length > 0 && ctx.on.every((t) => t === 'workflow_call');
    if (ctx.jobs.length > 1 && jobsWithout > 0 && !reusableOnly)
      for (const [scope, value] of entries(perms))
        if (str(value) === 'write')
          add(
            'excessive-permissions',
            startOf(keyNode(perms, scope)),
            `\`${scope}: write\` at the workflow level applies to each of the ${jobsWithout} job(s) that declare no permissions of their own.`,
          );
  }
  for (const m of ctx.file.source.matchAll(ALL_SECRETS))
    add(
      'overprovisioned-secrets',
      m.index ?? 0,
      `\`${m[0].slice(0, 60)}\` hands every secret of the repository to this step, not the ones it needs.`,
    );
}

/** `unpinned-image` and `bot-condition` on one job. */
export function auditJob(ctx: WorkflowContext, job: Node | undefined): void {
  const images: Node[] = [];
  const container = get(job, 'container');
  const containerImage = str(container) !== undefined ? container : get(container, 'image');
  if (containerImage) images.push(containerImage);
  for (const [, service] of entries(get(job, 'services'))) {
    const image = str(service) !== undefined ? service : get(service, 'image');
    if (image) images.push(image);
  }
  for (const node of images) checkImage(ctx, node, get(get(job, 'strategy'), 'matrix'));
  checkBotCondition(ctx, get(job, 'if'));
}

/** `unpinned-image` for a Docker action (action.yml `runs.image: docker://…`; a Dockerfile is built, not pulled). */
export function auditDockerAction(ctx: WorkflowContext): void {
  const runs = get(ctx.root, 'runs');
  const image = get(runs, 'image');
  if (image && str(get(runs, 'using')) === 'docker' && str(image)?.startsWith('docker://'))
    checkImage(ctx, image, undefined);
}

/** Pinned by digest (a malformed digest fails the pull rather than running something else). */
const DIGEST = /@sha256:\S+$/;

/**
 * The images an `image:` value can name: itself; for `${{ matrix.X }}` every value of X in the
 * job's matrix (its list and `include:` entries); for another expression the quoted literals in it
 * (`cond && 'redis:7' || ''`). Values the file does not hold (inputs, vars) are not known here.
 */
function imageValues(value: string, matrix: Node | undefined): string[] {
  const expr = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(value)?.[1];
  if (expr === undefined) return [value];
  const key = /^\s*matrix\.([\w-]+)\s*$/.exec(expr)?.[1];
  if (key) {
    const values = items(get(matrix, key)).map(str);
    for (const entry of items(get(matrix, 'include'))) values.push(str(get(entry, key)));
    return values.filter((v): v is string => v !== undefined);
  }
  // Literals compared with (`inputs.x == 'true'`) are conditions, not images.
  const operands = expr.replace(/(?:==|!=)\s*'[^']*'|'[^']*'\s*(?:==|!=)/g, '');
  return [...operands.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
}

function checkImage(ctx: WorkflowContext, node: Node, matrix: Node | undefined): void {
  const seen = new Set<string>();
  for (const raw of imageValues(str(node) ?? '', matrix)) {
    const image = raw.replace(/^docker:\/\//, '').trim();
    // Empty (no container), still an expression, a digest, or not an image reference at all.
    if (!image || image.includes('${{') || DIGEST.test(image) || /\s/.test(image) || seen.has(image)) continue;
    seen.add(image);
    const tag = /:([^/:@]+)$/.exec(image)?.[1];
    const what = tag && tag !== 'latest' ? `uses the tag ${tag}, which can be moved` : 'has no fixed tag (latest)';
    ctx.add('unpinned-image', startOf(node), `Image ${image} ${what}; pin it by digest.`);
  }
}

/** `bot-condition`: an `if:` that trusts the actor's name to be a bot. */
export function checkBotCondition(ctx: WorkflowContext, cond: Node | undefined): void {
  const text = str(cond);
  if (text && BOT_CHECK.test(text))
    ctx.add(
      'bot-condition',
      startOf(cond),
      `\`${text.trim().slice(0, 80)}\` can be true while a person controls the event (the actor is whoever triggered the last run).`,
    );
}

/**
 * `github-env`: in a privileged workflow, or a composite action (which any workflow, privileged or not,
 * may call), a `run:` that writes non-literal text to GITHUB_ENV or GITHUB_PATH.
 */
export function checkEnvFileWrite(ctx: WorkflowContext, run: Node | undefined): void {
  if (!(ctx.composite || ctx.on.some((t) => PRIVILEGED_TRIGGERS.includes(t))) || !run?.range) return;
  const text = ctx.file.source.slice(run.range[0], run.range[1]);
  for (const m of text.matchAll(ENV_FILE_WRITE)) {
    // What is written, without the destination: literal text is safe, expansions are not.
    const written = m[0].replace(/\$\{?GITHUB_(?:ENV|PATH)\}?|%GITHUB_(?:ENV|PATH)%|\$env:GITHUB_(?:ENV|PATH)/gi, '');
    if (!/\$|`|%\w+%/.test(written)) continue;
    ctx.add(
      'github-env',
      run.range[0] + (m.index ?? 0),
      `${ctx.composite ? 'A composite action (callable from pull_request_target/workflow_run jobs)' : 'A pull_request_target/workflow_run job'} writes computed text to GITHUB_ENV or GITHUB_PATH: an attacker who controls it sets variables (LD_PRELOAD, NODE_OPTIONS, PATH) for every later step.`,
    );
  }
}

/**
 * Release workflows: run on a release, a tag push or a push to a release branch (a branch filter that
 * names "release"), whose artifacts a poisoned cache would taint.
 */
export function isReleaseWorkflow(root: YAMLMap, on: readonly string[]): boolean {
  return releaseTriggers(root, on).length > 0;
}

/** The release triggers of a workflow: `release`, `tag` (push with a tag filter), `release-branch`. */
export function releaseTriggers(root: YAMLMap, on: readonly string[]): ('release' | 'tag' | 'release-branch')[] {
  const out: ('release' | 'tag' | 'release-branch')[] = [];
  if (on.includes('release')) out.push('release');
  const push = get(get(root, 'on') ?? get(root, 'true'), 'push');
  if (!isMap(push)) return out;
  if (get(push, 'tags') !== undefined || get(push, 'tags-ignore') !== undefined) out.push('tag');
  const branches = get(push, 'branches');
  const names = [str(branches), ...items(branches).map(str)];
  if (names.some((b) => b?.toLowerCase().includes('release'))) out.push('release-branch');
  return out;
}

/** Actions that publish what the job built (a release, a package, an image, a deployment). */
const PUBLISHERS =
  /^(?:softprops\/action-gh-release|ncipollo\/release-action|pypa\/gh-action-pypi-publish|goreleaser\/goreleaser-action|JS-DevTools\/npm-publish|rust-lang\/crates-io-auth-action|actions\/create-release|rubygems\/release-gem|jreleaser\/release-action|release-drafter\/release-drafter|googleapis\/release-please-action|redhat-actions\/push-to-registry|aws-actions\/amazon-ecs-deploy-task-definition|aws-actions\/aws-cloudformation-github-deploy|azure\/(?:aci-deploy|container-apps-deploy-action|functions-action|sql-action)|cloudflare\/wrangler-action|google-github-actions\/deploy-(?:appengine|cloudrun|cloud-functions))@/i;
const PUBLISH_COMMANDS =
  /\b(?:npm|pnpm|yarn) publish\b|\bcargo publish\b|\btwine upload\b|\bgem push\b|\bdocker push\b|\bgh release (?:create|upload)\b/;

/** True when a job publishes: a publishing action (docker/build-push-action with `push: true`), or a `run:` that publishes. */
export function jobPublishes(steps: readonly Node[]): boolean {
  return steps.some((step) => {
    const uses = str(get(step, 'uses')) ?? '';
    if (/^docker\/build-push-action@/i.test(uses)) {
      const push = str(get(get(step, 'with'), 'push'));
      return push !== undefined && push !== 'false';
    }
    return PUBLISHERS.test(uses) || PUBLISH_COMMANDS.test(str(get(step, 'run')) ?? '');
  });
}

/**
 * How an action's input turns its cache on or off. `in`: caching when the input is set to a value
 * that enables it (`values`, or any but false/empty); `out`: caching unless the input is set to one of
 * `values` (default true, yes, 1). `byDefault`: whether it caches when the input is absent.
 */
interface CacheInput {
  input: string;
  toggle: 'in' | 'out';
  byDefault: boolean;
  values?: readonly string[];
}
type CacheRule = readonly CacheInput[] | 'always';
const opt = (input: string, toggle: 'in' | 'out', byDefault: boolean, values?: readonly string[]): CacheInput => ({
  input,
  toggle,
  byDefault,
  ...(values ? { values } : {}),
});
/**
 * Actions that restore a cache (keys: lowercase owner/repo[/path]), after each action's README;
 * any one of the listed inputs enabling it is enough. Version-dependent defaults are in `caches`.
 */
const CACHE_ACTIONS: Readonly<Record<string, CacheRule>> = {
  'actions/cache': [opt('lookup-only', 'out', true)],
  'actions/setup-java': [opt('cache', 'in', false)],
  'actions/setup-go': [opt('cache', 'in', true)],
  'actions/setup-node': [opt('cache', 'in', false, ['npm', 'yarn', 'pnpm']), opt('package-manager-cache', 'in', true)],
  'actions/setup-python': [opt('cache', 'in', false)],
  'actions/setup-dotnet': [opt('cache', 'in', false, ['true'])],
  'astral-sh/setup-uv': [opt('enable-cache', 'in', true)],
  'swatinem/rust-cache': [opt('lookup-only', 'out', true)],
  'ruby/setup-ruby': [opt('bundler-cache', 'in', false, ['true'])],
  'pyo3/maturin-action': [opt('sccache', 'in', false, ['true'])],
  'mlugg/setup-zig': [opt('use-cache', 'in', true)],
  'oven-sh/setup-bun': [opt('no-cache', 'out', true)],
  'determinatesystems/magic-nix-cache-action': [opt('use-gha-cache', 'in', true)],
  'graalvm/setup-graalvm': [opt('cache', 'in', false)],
  'gradle/actions/setup-gradle': [opt('cache-disabled', 'out', true)],
  'actions-rust-lang/setup-rust-toolchain': [opt('cache', 'in', true)],
  'jdx/mise-action': [opt('cache', 'in', true)],
  'ramsey/composer-install': [opt('ignore-cache', 'out', true, ['yes', 'true', '1'])],
  'mozilla-actions/sccache-action': 'always',
  'nix-community/cache-nix-action': 'always',
  'awalsh128/cache-apt-pkgs-action': 'always',
  'hendrikmuhs/ccache-action': 'always',
  // Its cache-binary (default on) caches the buildx it downloads only when a `version:` is asked for: see checkCache.
  'docker/setup-buildx-action': [],
};

/** Major version of `uses:` from its ref (`v4`, `v4.1.0`) or, for a SHA, its `# v4.1.0` comment; undefined if unknown. */
function majorVersion(ctx: WorkflowContext, usesNode: Node | undefined): number | undefined {
  const ref = (str(usesNode) ?? '').split('@')[1] ?? '';
  const fromRef = /^v?(\d+)(?:\.\d+)*$/.exec(ref)?.[1];
  if (fromRef) return Number(fromRef);
  const end = usesNode?.range?.[1] ?? 0;
  const eol = ctx.file.source.indexOf('\n', end);
  const rest = ctx.file.source.slice(end, eol === -1 ? undefined : eol);
  const fromComment = /^\s*#\s*v?(\d+)(?:\.\d+)*\b/.exec(rest)?.[1];
  return fromComment ? Number(fromComment) : undefined;
}

/**
 * Value of an expression toggle on a tag push or release: `startsWith(github.ref, 'refs/tags/')` and
 * `github.event_name == 'push' && github.ref_type == 'tag'` are true there, `!(…)` inverts; anything
 * else is unknown (undefined).
 */
function onTagPush(expr: string): boolean | undefined {
  let e = expr.trim();
  let negate = false;
  while (e.startsWith('!')) {
    negate = !negate;
    e = e.slice(1).trim();
  }
  while (e.startsWith('(') && e.endsWith(')')) e = e.slice(1, -1).trim();
  const tag =
    /^startsWith\(\s*github\.ref\s*,\s*'refs\/tags\/'\s*\)$/i.test(e) ||
    /^(?:github\.event_name\s*==\s*'push'\s*&&\s*github\.ref_type\s*==\s*'tag'|github\.ref_type\s*==\s*'tag'\s*&&\s*github\.event_name\s*==\s*'push')$/.test(
      e,
    );
  if (tag) return !negate;
  if (e === 'true' || e === 'false') return (e === 'true') !== negate;
  return undefined;
}

/**
 * `cache-poisoning`: the step restores a cache in a job that builds a release (release trigger) or
 * publishes. A cache written by any branch's workflow is then built into what is shipped.
 */
export function checkCache(ctx: WorkflowContext, usesNode: Node | undefined, withNode: Node | undefined): void {
  const uses = str(usesNode) ?? '';
  const action = (uses.split('@')[0] ?? '').toLowerCase();
  const rule = CACHE_ACTIONS[action];
  if (!rule) return;
  const major = majorVersion(ctx, usesNode);
  const triggers = releaseTriggers(ctx.root, ctx.on);
  const tagOnly = triggers.length > 0 && triggers.every((t) => t === 'release' || t === 'tag');
  const enabled = (c: CacheInput): boolean => {
    const raw = str(get(withNode, c.input));
    if (raw === undefined) return c.byDefault;
    const expr = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(raw)?.[1];
    let set: boolean;
    // An expression: evaluated for a tag push/release when those are the only triggers, else it may
    // enable caching (opt-in) or fail to disable it (opt-out).
    if (expr !== undefined) set = (tagOnly ? onTagPush(expr) : undefined) ?? c.toggle === 'in';
    else if (c.toggle === 'out') set = (c.values ?? ['true', 'yes', '1']).includes(raw.toLowerCase());
    else set = c.values ? c.values.includes(raw.toLowerCase()) : raw !== '' && raw.toLowerCase() !== 'false';
    return c.toggle === 'in' ? set : !set;
  };
  let inputs = rule === 'always' ? [] : rule;
  // Version-dependent defaults: setup-go caches from v4, setup-node's package-manager cache from v5,
  // setup-uv's enable-cache stops defaulting to on ("auto") in v10. Unknown version (a SHA without
  // a version comment): caching assumed on.
  if (action === 'actions/setup-go' && major !== undefined && major < 4) inputs = [opt('cache', 'in', false)];
  if (action === 'actions/setup-node' && major !== undefined && major < 5) inputs = inputs.slice(0, 1);
  if (action === 'astral-sh/setup-uv' && major !== undefined && major >= 10)
    inputs = [opt('enable-cache', 'in', false, ['true'])];
  const caches =
    rule === 'always' ||
    (action === 'docker/setup-buildx-action'
      ? // Caches the buildx binary it downloads when a version is asked for.
        enabled(opt('cache-binary', 'in', true)) && str(get(withNode, 'version')) !== undefined
      : inputs.some(enabled));
  if (caches)
    ctx.add(
      'cache-poisoning',
      startOf(usesNode),
      `${action} restores a cache in a job that releases or publishes: any branch can write that cache, and its content ends up in what is shipped.`,
    );
}
