import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanup, tempDir } from '../harness/workspace.js';
import { DEMO_PLAN, type PlanStep, readiness } from './plan.js';

afterAll(cleanup);

const step: PlanStep = {
  id: 'demo',
  action: 'demo',
  title: 'Demo',
  inputs: ({ org }) => ({ organization: org, 'dry-run': 'true', 'not-declared': 'x' }),
};

async function actionsRoot(withBundle: boolean): Promise<string> {
  const root = await tempDir();
  await mkdir(join(root, 'demo', 'dist'), { recursive: true });
  await writeFile(
    join(root, 'demo', 'action.yml'),
    'name: demo\ninputs:\n  organization:\n    description: Org.\n  dry-run:\n    default: false\nruns:\n  using: node24\n  main: dist/index.js\n',
  );
  if (withBundle) await writeFile(join(root, 'demo', 'dist', 'index.js'), '');
  return root;
}

describe('readiness', () => {
  it('passes only the wished inputs the action declares', async () => {
    expect(await readiness(await actionsRoot(true), step, { org: 'acme' })).toEqual({
      run: true,
      inputs: { organization: 'acme', 'dry-run': 'true' },
    });
  });

  it('skips an action without a bundle, saying how to build it', async () => {
    expect(await readiness(await actionsRoot(false), step, { org: 'acme' })).toEqual({
      run: false,
      reason: 'not bundled yet (npm run bundle)',
    });
  });
});

describe('DEMO_PLAN', () => {
  it('runs the collection in the order a platform team uses it, bulk-update dry-run first', () => {
    expect(DEMO_PLAN.map((s) => s.id)).toEqual([
      'health-check',
      'security-scan',
      'bulk-update-dry-run',
      'bulk-update',
      'metrics-collect',
      'release',
      'audit-archive',
    ]);
    expect(DEMO_PLAN[2]?.inputs({ org: 'o' })['dry-run']).toBe('true');
    expect(DEMO_PLAN[3]?.inputs({ org: 'o' })['dry-run']).toBe('false');
  });
});
