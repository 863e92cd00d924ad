import { isMap, type Node, type YAMLMap } from 'yaml';
import { entries, get, keyNode, startOf, str, type YamlFile } from './workflow-yaml.js';

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
const ALL_SECRETS = /\$\{\{[^}]*?\b(?:toJSON\(\s*secrets\s*\)|secrets\[\s*(?!['"])[^\]]+\])[^}]*\}\}/gi;
const ENV_FILE_WRITE =
  /^.*(?:>>?|\btee\b(?:\s+-a)?)\s*["']?(?:\$\{?GITHUB_(?:ENV|PATH)\}?|%GITHUB_(?:ENV|PATH)%)["']?.*$|^.*\$env:GITHUB_(?:ENV|PATH)\b.*$/gim;

/** `dangerous-trigger`, `excessive-permissions` and `overprovisioned-secrets`: checks on the whole file. */
export function auditWorkflowFile(ctx: WorkflowContext): void {
  const { root, add } = ctx;
  if (ctx.workflow) {
    const used = ctx.on.filter((t) => PRIVILEGED_TRIGGERS.includes(t));
    if (used.length > 0)
      add(
        'dangerous-trigger',
        startOf(keyNode(root, 'on') ?? keyNode(root, 'true')),
        `The workflow runs on ${used.join(' and ')}: with secrets and a write token, on events anyone can cause.`,
      );
    const perms = get(root, 'permissions');
    const writes = entries(perms)
      .filter(([, v]) => str(v) === 'write')
      .map(([k]) => k);
    const jobsWithout = ctx.jobs.filter(([, job]) => get(job, 'permissions') === undefined).length;
    if (writes.length > 0 && jobsWithout > 1)
      add(
        'excessive-permissions',
        startOf(perms),
        `Workflow-level write permissions (${writes.join(', ')}) apply to each of the ${jobsWithout} jobs that declare none.`,
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
  for (const node of images) {
    const image = str(node) ?? '';
    if (image.includes('${{') || /@sha256:[0-9a-f]{64}$/.test(image)) continue;
    const tag = /:([^/:@]+)$/.exec(image)?.[1];
    const what = tag && tag !== 'latest' ? `uses the tag ${tag}, which can be moved` : 'has no fixed tag (latest)';
    ctx.add('unpinned-image', startOf(node), `Image ${image} ${what}; pin it by digest.`);
  }
  checkBotCondition(ctx, get(job, 'if'));
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

/** Release workflows: run on a release or a tag push, whose artifacts a poisoned cache would taint. */
export function isReleaseWorkflow(root: YAMLMap, on: readonly string[]): boolean {
  if (on.includes('release')) return true;
  const push = get(get(root, 'on') ?? get(root, 'true'), 'push');
  return isMap(push) && get(push, 'tags') !== undefined;
}

/** Actions that publish what the job built (a release, a package, an image). */
const PUBLISHERS =
  /^(?:softprops\/action-gh-release|ncipollo\/release-action|pypa\/gh-action-pypi-publish|goreleaser\/goreleaser-action|docker\/build-push-action|JS-DevTools\/npm-publish|rust-lang\/crates-io-auth-action|actions\/create-release)@/i;
const PUBLISH_COMMANDS =
  /\b(?:npm|pnpm|yarn) publish\b|\bcargo publish\b|\btwine upload\b|\bgem push\b|\bdocker push\b|\bgh release (?:create|upload)\b/;

/** True when a job publishes: a publishing action, or a `run:` that publishes. */
export function jobPublishes(steps: readonly Node[]): boolean {
  return steps.some(
    (step) => PUBLISHERS.test(str(get(step, 'uses')) ?? '') || PUBLISH_COMMANDS.test(str(get(step, 'run')) ?? ''),
  );
}

/** Actions that restore a cache unless told not to: input that turns it off, and its "off" value. */
const CACHING_BY_DEFAULT: Readonly<Record<string, readonly [string, string] | undefined>> = {
  'swatinem/rust-cache': undefined,
  'mozilla-actions/sccache-action': undefined,
  'hendrikmuhs/ccache-action': undefined,
  'determinatesystems/magic-nix-cache-action': undefined,
  'ramsey/composer-install': ['ignore-cache', 'true'],
  'gradle/actions/setup-gradle': ['cache-disabled', 'true'],
  'jdx/mise-action': ['cache', 'false'],
};

/**
 * `cache-poisoning`: the step restores a cache in a release workflow (actions/cache, or a setup action
 * with caching on). A cache written by any branch's workflow is then built into the release.
 */
export function checkCache(ctx: WorkflowContext, uses: string, withNode: Node | undefined, at: number): void {
  const action = (uses.split('@')[0] ?? '').toLowerCase();
  const ref = uses.split('@')[1] ?? '';
  const input = (name: string) => str(get(withNode, name));
  const on = (v: string | undefined) => v !== undefined && v !== '' && v !== 'false';
  const caches =
    action === 'actions/cache' ||
    (action === 'actions/setup-node' && on(input('cache'))) ||
    (action === 'actions/setup-python' && on(input('cache'))) ||
    (action === 'actions/setup-java' && on(input('cache'))) ||
    (action === 'actions/setup-dotnet' && input('cache') === 'true') ||
    // setup-go caches by default from v4 on.
    (action === 'actions/setup-go' && input('cache') !== 'false' && !/^v[1-3](?:\.|$)/.test(ref)) ||
    (action === 'ruby/setup-ruby' && input('bundler-cache') === 'true') ||
    (action === 'astral-sh/setup-uv' && input('enable-cache') === 'true') ||
    (action in CACHING_BY_DEFAULT &&
      (CACHING_BY_DEFAULT[action] === undefined ||
        input(CACHING_BY_DEFAULT[action]![0]) !== CACHING_BY_DEFAULT[action]![1]));
  if (caches)
    ctx.add(
      'cache-poisoning',
      at,
      `${action} restores a cache in a release workflow: any branch can write that cache, and its content ends up in the release.`,
    );
}
