import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One input as action.yml declares it. */
export interface ManifestInput {
  description?: string;
  required?: boolean;
  default?: string;
  deprecationMessage?: string;
}

/** The parts of action.yml the runner reads for a JavaScript action. */
export interface ActionManifest {
  name: string;
  description?: string;
  inputs: Record<string, ManifestInput>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string; pre?: string; post?: string };
}

/** Node runtimes the runner knows for `runs.using` (https://docs.github.com/actions/sharing-automations/creating-actions/metadata-syntax-for-github-actions#runs-for-javascript-actions). */
const NODE_RUNTIMES = new Set(['node20', 'node24']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalar(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  // YAML `default: 5` or `default: true` reach the runner as the strings "5" and "true".
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`expected a scalar, got ${JSON.stringify(value)}`);
}

/** Parses action.yml text, checking what the runner itself would reject for a JavaScript action. */
export function parseManifest(text: string, source = 'action.yml'): ActionManifest {
  const doc: unknown = parse(text);
  if (!isRecord(doc)) throw new Error(`${source}: not a mapping`);
  const runs = doc.runs;
  if (!isRecord(runs)) throw new Error(`${source}: 'runs' is missing`);
  const using = scalar(runs.using);
  const main = scalar(runs.main);
  if (!using || !NODE_RUNTIMES.has(using)) {
    throw new Error(`${source}: runs.using '${using}' is not a JavaScript runtime (${[...NODE_RUNTIMES].join(', ')})`);
  }
  if (!main) throw new Error(`${source}: runs.main is missing`);
  const inputs: Record<string, ManifestInput> = {};
  if (doc.inputs !== undefined && doc.inputs !== null) {
    if (!isRecord(doc.inputs)) throw new Error(`${source}: 'inputs' is not a mapping`);
    for (const [name, raw] of Object.entries(doc.inputs)) {
      const spec = isRecord(raw) ? raw : {};
      const input: ManifestInput = {};
      const description = scalar(spec.description);
      const dflt = scalar(spec.default);
      const deprecation = scalar(spec.deprecationMessage);
      if (description !== undefined) input.description = description;
      if (spec.required !== undefined) input.required = spec.required === true || spec.required === 'true';
      if (dflt !== undefined) input.default = dflt;
      if (deprecation !== undefined) input.deprecationMessage = deprecation;
      inputs[name] = input;
    }
  }
  const outputs: Record<string, { description?: string }> = {};
  if (isRecord(doc.outputs)) {
    for (const [name, raw] of Object.entries(doc.outputs)) {
      const description = isRecord(raw) ? scalar(raw.description) : undefined;
      outputs[name] = description === undefined ? {} : { description };
    }
  }
  const manifest: ActionManifest = { name: scalar(doc.name) ?? '', inputs, outputs, runs: { using, main } };
  const description = scalar(doc.description);
  if (description !== undefined) manifest.description = description;
  const pre = scalar(runs.pre);
  const post = scalar(runs.post);
  if (pre !== undefined) manifest.runs.pre = pre;
  if (post !== undefined) manifest.runs.post = post;
  return manifest;
}

/** Reads and parses `<actionDir>/action.yml` (or action.yaml, as the runner accepts both). */
export async function readManifest(actionDir: string): Promise<ActionManifest> {
  for (const file of ['action.yml', 'action.yaml']) {
    const path = join(actionDir, file);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      continue;
    }
    return parseManifest(text, path);
  }
  throw new Error(`no action.yml or action.yaml in ${actionDir}`);
}

/**
 * The environment variable name of an input, as the runner builds it
 * (actions/runner Handler.AddInputsToEnvironment: spaces become `_`, upper-cased, hyphens kept;
 * @actions/core getInput reads the same name).
 */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Values the default expressions may read: `github.<key>` and `runner.<key>`. */
export interface ExpressionContext {
  github: Record<string, string>;
  runner: Record<string, string>;
}

const EXPRESSION = /\$\{\{(.*?)\}\}/g;
const CONTEXT_PATH = /^(github|runner)\.([a-z_]+)$/;

/**
 * Evaluates the `${{ … }}` expressions in an input default. Only plain context reads such as
 * `${{ github.token }}` or `${{ github.workspace }}` are supported; anything else throws, so a test
 * never runs with a default the real runner would compute differently.
 */
export function evaluateDefault(value: string, context: ExpressionContext, inputName = '?'): string {
  return value.replace(EXPRESSION, (_whole, inner: string) => {
    const path = inner.trim();
    const match = CONTEXT_PATH.exec(path);
    if (!match) {
      throw new Error(`input '${inputName}': unsupported expression '\${{ ${path} }}' in its default`);
    }
    const [, scope, key] = match as unknown as [string, 'github' | 'runner', string];
    const found = context[scope][key];
    if (found === undefined) {
      throw new Error(`input '${inputName}': unsupported context value '${path}' in its default`);
    }
    return found;
  });
}

/**
 * The INPUT_* variables of a step: declared defaults (evaluated) merged under the given `with:` values,
 * as actions/runner ActionRunner does (every declared input is set, "" when it has no default). Undeclared inputs throw: the runner only warns
 * ("Unexpected input(s)"), but in a test an undeclared input is always a typo.
 * `required` is not enforced: the runner does not enforce it either, the action must.
 */
export function inputVariables(
  manifest: ActionManifest,
  given: Record<string, string | number | boolean>,
  context: ExpressionContext,
): Record<string, string> {
  const declared = Object.keys(manifest.inputs);
  const unknown = Object.keys(given).filter((name) => !declared.includes(name));
  if (unknown.length > 0) {
    throw new Error(`Unexpected input(s) '${unknown.join("', '")}', valid inputs are ['${declared.join("', '")}']`);
  }
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(manifest.inputs)) {
    const value = given[name];
    if (value !== undefined) env[inputEnvName(name)] = String(value);
    else if (spec.default !== undefined) env[inputEnvName(name)] = evaluateDefault(spec.default, context, name);
    // actions/runner ActionManifestManager.EvaluateDefaultInput: no default evaluates to "", still set.
    else env[inputEnvName(name)] = '';
  }
  return env;
}
