/**
 * The values, not only the names: every step of one of our actions in a reusable workflow is evaluated
 * as the runner would (the workflow's input defaults, or each starter workflow's values; secrets unset;
 * the first shard) and parsed by the action's own input definitions, which reject what the action
 * would reject at run time (`fail-on: none`, numbers, booleans, lists, paths).
 */
import { describe, expect, it } from 'vitest';
import { actions } from '../../actions/registry.js';
import { commonInputs } from '../../shared/action/define-action.js';
import { parseInputs } from '../../shared/action/inputs.js';
import { jobs, ourAction, ourReusableWorkflow, reusable, templates, type WorkflowFile } from './workflow-files.js';

type Scalar = string | number | boolean;

/** One `with:` value as the runner passes it: a string, with `inputs`, `secrets` and `matrix` resolved. */
function evaluate(value: Scalar, inputs: Record<string, Scalar>): string {
  if (typeof value !== 'string') return String(value);
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_all, e: string) => {
    const m = /^(inputs|secrets|matrix)\.([A-Za-z0-9_-]+)$/.exec(e);
    if (!m) throw new Error(`unsupported expression in a step of our action: ${e}`);
    if (m[1] === 'inputs') {
      if (!(m[2]! in inputs)) throw new Error(`inputs.${m[2]} is not declared`);
      return String(inputs[m[2]!]);
    }
    if (m[1] === 'matrix') return m[2] === 'shard' ? '1/1' : '';
    return ''; // secrets: not configured
  });
}

/** The input values a template gives a reusable workflow: each literal, or each string an expression can yield. */
function templateVariants(template: WorkflowFile): Record<string, Scalar>[] {
  const [, job] = jobs(template)[0]!;
  let variants: Record<string, Scalar>[] = [{}];
  for (const [k, v] of Object.entries<Scalar>(job.with ?? {})) {
    const candidates: Scalar[] =
      typeof v === 'string' && v.includes('${{')
        ? [...v.matchAll(/'([^']*)'/g)].map((m) => m[1]!).filter((s) => s !== 'pull_request')
        : [v];
    if (candidates.length === 0) continue; // e.g. `inputs.dry-run == true`: a boolean either way
    variants = variants.flatMap((base) => candidates.map((c) => ({ ...base, [k]: c })));
  }
  return variants;
}

const cases = reusable.flatMap((w) => {
  const defaults = Object.fromEntries(
    Object.entries<{ default: Scalar }>(w.doc.on.workflow_call.inputs ?? {}).map(([k, d]) => [k, d.default]),
  );
  const callers = templates.filter((t) => ourReusableWorkflow(jobs(t)[0]![1].uses) === w.name);
  const inputSets = [
    { label: 'defaults', inputs: defaults },
    ...callers.flatMap((t) =>
      templateVariants(t).map((v, i) => ({ label: `${t.path} #${i + 1}`, inputs: { ...defaults, ...v } })),
    ),
  ];
  return jobs(w).flatMap(([jobId, job]) =>
    // biome-ignore lint/suspicious/noExplicitAny: workflow YAML.
    ((job.steps ?? []) as any[])
      .filter((s) => ourAction(s.uses))
      .flatMap((step) =>
        inputSets.map((set) => ({ name: `${w.name} ${jobId} (${set.label})`, step, inputs: set.inputs })),
      ),
  );
});

describe('our action steps in the reusable workflows', () => {
  it('are all covered', () => {
    expect(cases.length).toBeGreaterThan(reusable.length);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: every value is valid for the action', async (_name, c) => {
    const name = ourAction(c.step.uses)!;
    const { action } = await actions[name]!();
    const raw = Object.fromEntries(
      Object.entries<Scalar>(c.step.with ?? {}).map(([k, v]) => [k, evaluate(v, c.inputs)]),
    );
    expect(() => parseInputs({ ...commonInputs, ...action.inputs }, (n) => raw[n])).not.toThrow();
  });
});
