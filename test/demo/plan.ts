import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../../shared/core/errors.js';
import { readManifest } from '../harness/action-manifest.js';

/** What a step may use to choose its inputs. */
export interface PlanContext {
  org: string;
}

/** One step of the demo job: an action of the collection with the inputs a platform team would give it. */
export interface PlanStep {
  /** Step id (GITHUB_ACTION) and the folder its files are copied to. */
  id: string;
  action: string;
  title: string;
  /** Wished inputs; only those the action declares are passed, so the plan survives input changes. */
  inputs(ctx: PlanContext): Record<string, string>;
}

/** The order a platform team runs the collection in: look, scan, roll out (dry-run first), measure, release, archive. */
export const DEMO_PLAN: PlanStep[] = [
  { id: 'health-check', action: 'health-check', title: 'Health check', inputs: () => ({}) },
  { id: 'security-scan', action: 'security-scan', title: 'Security scan', inputs: () => ({ path: '.' }) },
  {
    id: 'bulk-update-dry-run',
    action: 'bulk-update',
    title: 'Bulk update (dry run)',
    inputs: ({ org }) => ({ config: '.github/bulk-update.yml', organization: org, 'dry-run': 'true' }),
  },
  {
    id: 'bulk-update',
    action: 'bulk-update',
    title: 'Bulk update',
    inputs: ({ org }) => ({ config: '.github/bulk-update.yml', organization: org, 'dry-run': 'false' }),
  },
  { id: 'metrics-collect', action: 'metrics-collect', title: 'Metrics', inputs: ({ org }) => ({ organization: org }) },
  // The demo repositories hold one "Initial commit" and no Conventional Commits yet: a team names its
  // first stable version itself, as release's README says (0.x never turns into 1.0.0 on its own).
  { id: 'release', action: 'release', title: 'Release', inputs: () => ({ version: '1.0.0' }) },
  {
    id: 'audit-archive',
    action: 'audit-archive',
    title: 'Audit archive',
    inputs: ({ org }) => ({ organization: org }),
  },
];

/** Whether a step can run, and why not. */
export type Readiness = { run: true; inputs: Record<string, string> } | { run: false; reason: string };

/** Decides whether `step` runs: its bundle must exist and its action.yml must read. */
export async function readiness(actionsRoot: string, step: PlanStep, ctx: PlanContext): Promise<Readiness> {
  const dir = join(actionsRoot, step.action);
  if (!existsSync(join(dir, 'dist', 'index.js'))) return { run: false, reason: 'not bundled yet (npm run bundle)' };
  try {
    const manifest = await readManifest(dir);
    const wished = step.inputs(ctx);
    const inputs = Object.fromEntries(Object.entries(wished).filter(([name]) => name in manifest.inputs));
    return { run: true, inputs };
  } catch (error) {
    return { run: false, reason: `action.yml: ${errorMessage(error)}` };
  }
}
