/**
 * Contracts of our reusable workflows: callable and dispatchable with the same inputs, every step of
 * one of our actions given only inputs that action declares (from its definition, action.ts) and read
 * only outputs it declares, least-privilege permissions from shared/github/permissions.ts, a timeout
 * and a concurrency group on every job, and one naming for the GitHub App secrets everywhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actions } from '../../actions/registry.js';
import { commonInputs } from '../../shared/action/define-action.js';
import { ACTION_PERMISSIONS } from '../../shared/github/permissions.js';
import { expr, jobs, ourAction, ROOT, reusable, templates, type WorkflowFile, workflows } from './workflow-files.js';

/** The App secrets, named alike in every workflow, template and doc. */
const APP_SECRETS = ['STANDARDS_APP_ID', 'STANDARDS_APP_PRIVATE_KEY'];
/**
 * Scopes a reusable workflow's job may hold beyond its action's table entry, each for a third-party
 * step it runs: github/codeql-action/upload-sarif reads the run's workflow in private repositories.
 */
const EXTRA_SCOPES: Record<string, Record<string, 'read' | 'write'>> = {
  'security-scan': { actions: 'read' },
};
const RANK = { none: 0, read: 1, write: 2 } as const;

async function definition(name: string) {
  const load = actions[name];
  if (!load) throw new Error(`no action ${name}`);
  const { action } = await load();
  return { inputs: { ...commonInputs, ...action.inputs }, outputs: action.outputs as Record<string, string> };
}

/** Steps of our actions in a workflow, with the job they belong to. */
function actionSteps(file: WorkflowFile) {
  return jobs(file).flatMap(([jobId, job]) =>
    // biome-ignore lint/suspicious/noExplicitAny: workflow YAML.
    ((job.steps ?? []) as any[])
      .map((step) => ({ jobId, job, step, action: ourAction(step.uses) }))
      .filter((s): s is typeof s & { action: string } => s.action !== undefined),
  );
}

describe('every step of one of our actions, in any workflow', () => {
  const all = [...workflows].flatMap((w) => actionSteps(w).map((s) => ({ ...s, file: w.path })));

  it('exists: the reusable workflows and CI run all six actions', () => {
    expect(new Set(all.map((s) => s.action))).toEqual(new Set(Object.keys(actions)));
  });

  it.each(all.map((s) => [`${s.file} ${s.jobId} ${s.action}`, s] as const))(
    '%s passes only inputs the action declares',
    async (_label, s) => {
      const { inputs } = await definition(s.action);
      const undeclared = Object.keys(s.step.with ?? {}).filter((k) => !(k in inputs));
      expect(undeclared).toEqual([]);
    },
  );

  it.each(all.filter((s) => s.step.id).map((s) => [`${s.file} ${s.jobId} ${s.action}`, s] as const))(
    '%s: everything that reads its outputs names declared ones',
    async (_label, s) => {
      const { outputs } = await definition(s.action);
      const text = JSON.stringify(s.job);
      const read = [...text.matchAll(new RegExp(`steps\\.${s.step.id}\\.outputs\\.([A-Za-z0-9_-]+)`, 'g'))].map(
        (m) => m[1]!,
      );
      expect(read.filter((o) => !(o in outputs))).toEqual([]);
    },
  );
});

describe.each(reusable.map((w) => [w.path, w] as const))('%s', (_path, file) => {
  const call = file.doc.on.workflow_call;

  it('is dispatchable with the same inputs as a call', () => {
    expect(file.doc.on.workflow_dispatch?.inputs).toEqual(call.inputs);
  });

  it('every input has a description, a type and a default', () => {
    for (const [name, input] of Object.entries<Record<string, unknown>>(call.inputs ?? {})) {
      expect(input.description, name).toMatch(/\S/);
      expect(['string', 'boolean', 'number'], name).toContain(input.type);
      expect(input.default, name).toBeDefined();
    }
  });

  it('every job has a timeout, its own permissions and a concurrency group', () => {
    for (const [id, job] of jobs(file)) {
      expect(job['timeout-minutes'], id).toBeGreaterThan(0);
      expect(job.permissions, id).toBeTypeOf('object');
      expect(job.concurrency?.group, id).toMatch(/^moko-[a-z-]+-\$\{\{ github\.repository \}\}/);
    }
    // Nothing granted at the top: each job says what it needs.
    expect(file.doc.permissions).toEqual({});
  });

  it('grants least privilege: the scopes of shared/github/permissions.ts, no more', () => {
    const used = [...new Set(actionSteps(file).map((s) => s.action))];
    if (file.name === 'integration-tests') {
      expect(used).toEqual([]);
      for (const [, job] of jobs(file)) expect(job.permissions).toEqual({ contents: 'read' });
      return;
    }
    expect(used).toEqual([file.name]);
    const needs = ACTION_PERMISSIONS[file.name]!.filter((n) => n.workflow && !n.onlyWith);
    const allowed: Record<string, 'read' | 'write'> = { ...EXTRA_SCOPES[file.name] };
    for (const n of ACTION_PERMISSIONS[file.name]!) {
      if (!n.workflow) continue;
      // An onlyWith need counts only when the workflow turns the feature on.
      if (n.onlyWith && !(n.workflow === 'security-events' && file.name === 'security-scan')) continue;
      if (RANK[n.access] > RANK[allowed[n.workflow] ?? 'none']) allowed[n.workflow] = n.access;
    }
    const granted: Record<string, 'read' | 'write'> = {};
    for (const [id, job] of jobs(file)) {
      for (const [scope, access] of Object.entries<'read' | 'write'>(job.permissions)) {
        expect(RANK[access], `${id}: ${scope}: ${access}`).toBeLessThanOrEqual(RANK[allowed[scope] ?? 'none']);
        if (RANK[access] > RANK[granted[scope] ?? 'none']) granted[scope] = access;
      }
    }
    for (const n of needs) expect(granted[n.workflow!], n.why).toBe(n.access);
  });

  it('declares the App secrets by their one name and passes them to its action', () => {
    if (file.name === 'integration-tests') return; // no token at all
    expect(Object.keys(call.secrets ?? {})).toEqual(expect.arrayContaining(APP_SECRETS));
    for (const s of actionSteps(file)) {
      if (s.step.with?.['merge-results']) continue; // merging files calls no API
      expect(s.step.with?.['app-id']).toBe(expr('secrets.STANDARDS_APP_ID'));
      expect(s.step.with?.['app-private-key']).toBe(expr('secrets.STANDARDS_APP_PRIVATE_KEY'));
    }
  });

  it("maps its outputs to jobs' outputs that exist", () => {
    for (const [name, out] of Object.entries<{ value: string }>(call.outputs ?? {})) {
      const m = /^\$\{\{ jobs\.([a-z-]+)\.outputs\.([a-z-]+) \}\}$/.exec(out.value);
      expect(m, name).not.toBeNull();
      expect(file.doc.jobs[m![1]!]?.outputs?.[m![2]!], name).toBeDefined();
    }
  });
});

describe('App secrets', () => {
  it('are named STANDARDS_APP_ID and STANDARDS_APP_PRIVATE_KEY in every workflow and template', () => {
    const names = [...workflows, ...templates].flatMap((f) =>
      [...f.source.matchAll(/secrets\.([A-Z0-9_]+)/g)].map((m) => m[1]!),
    );
    expect(names.length).toBeGreaterThan(0);
    expect([...new Set(names.filter((n) => n.includes('APP')))].sort()).toEqual(APP_SECRETS);
  });

  it('are named the same in the README and every doc that shows them', () => {
    const docs = [
      'README.md',
      ...readdirSync(join(ROOT, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
      ...Object.keys(actions).map((a) => `actions/${a}/README.md`),
    ];
    const names = docs.flatMap((d) =>
      [...readFileSync(join(ROOT, d), 'utf8').matchAll(/(?:secrets|vars)\.([A-Z0-9_]*APP[A-Z0-9_]*)/g)].map(
        (m) => `${d}: ${m[1]}`,
      ),
    );
    expect(names.filter((n) => !APP_SECRETS.some((s) => n.endsWith(`: ${s}`)))).toEqual([]);
  });
});

describe('bulk-update', () => {
  const file = reusable.find((w) => w.name === 'bulk-update')!;
  it('plans, runs one job per shard of the plan, merges the shards into one report', () => {
    const [plan, update, report] = ['plan', 'update', 'report'].map((j) => file.doc.jobs[j]);
    expect(plan.steps.at(-1).with.plan).toBe(true);
    expect(update.needs).toBe('plan');
    expect(update.strategy.matrix).toBe(expr('fromJSON(needs.plan.outputs.matrix)'));
    expect(update.steps.find((s: { id?: string }) => s.id === 'bulk').with.shard).toBe(expr('matrix.shard'));
    expect(report.needs).toBe('update');
    expect(report.steps.at(-1).with['merge-results']).toBe('moko-bulk-results');
    expect(report.steps[0].with.pattern).toBe('moko-bulk-results-*');
  });
  it('is a dry run unless asked otherwise', () => {
    expect(file.doc.on.workflow_dispatch.inputs['dry-run'].default).toBe(true);
  });
});

describe('integration-tests', () => {
  const file = reusable.find((w) => w.name === 'integration-tests')!;
  it('runs test folders that exist, on Node 24, with the Prometheus tools installed without their daemons', () => {
    const tests: string = file.doc.on.workflow_call.inputs.tests.default;
    for (const path of tests.split(' ')) expect(existsSync(join(ROOT, path)), path).toBe(true);
    const steps = file.doc.jobs.e2e.steps;
    expect(steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/setup-node@')).with['node-version']).toBe(
      24,
    );
    const apt = steps.find((s: { run?: string }) => s.run?.includes('apt-get install')).run as string;
    expect(apt).toContain('policy-rc.d');
    expect(apt).toContain('sudo ');
    expect(file.doc.on.schedule[0].cron).toMatch(/^[1-5]?[1-9] \d+ \* \* \*$/);
  });
  it('is what CI runs for this repository, on its own commit', () => {
    const ci = workflows.find((w) => w.name === 'ci')!;
    expect(ci.doc.jobs['integration-tests']).toMatchObject({
      uses: './.github/workflows/integration-tests.yml',
      with: { repository: expr('github.repository'), ref: expr('github.sha') },
    });
  });
});

describe('ci.yml', () => {
  const ci = workflows.find((w) => w.name === 'ci')!;
  it('smoke-runs every action from this checkout', () => {
    const used = new Set(
      actionSteps(ci)
        .filter((s) => s.step.uses.startsWith('./actions/'))
        .map((s) => s.action),
    );
    expect([...used].sort()).toEqual(Object.keys(actions).sort());
  });
  it('runs .ci/run on a GitHub-hosted runner, every job with a timeout', () => {
    expect(ci.doc.jobs.test.steps.at(-1).run).toBe('bash .ci/run');
    for (const [id, job] of jobs(ci)) if (!job.uses) expect(job['timeout-minutes'], id).toBeGreaterThan(0);
    for (const [, job] of jobs(ci)) if (!job.uses) expect(job['runs-on']).toBe('ubuntu-latest');
  });
});

describe('security-scan', () => {
  const file = reusable.find((w) => w.name === 'security-scan')!;
  it('scans without failing, uploads the SARIF under a category, then gates', () => {
    const steps = file.doc.jobs.scan.steps;
    const scan = steps.findIndex((s: { id?: string }) => s.id === 'scan');
    const upload = steps.findIndex((s: { uses?: string }) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    const gate = steps.findIndex((s: { name?: string }) => s.name?.startsWith('Gate'));
    expect(steps[scan].with['fail-on']).toBe('none');
    expect(steps[upload].with.category).toBe(expr('inputs.sarif-category'));
    expect(steps[upload].if).toContain('always()');
    expect(scan < upload && upload < gate).toBe(true);
  });
});
