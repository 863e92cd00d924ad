/**
 * docs/workflow-templates.bulk-update.yml, run by the bulk-update bundle against the emulator: it opens
 * one pull request in the organization's `.github` repository that puts every starter workflow, its
 * properties and its icon under workflow-templates/, where GitHub's template gallery reads them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanup, makeWorkspace, REPO_ROOT, runAction } from '../harness/index.js';
import { bulkReport, fileText, ORG, writesOf } from './bulk-update-helpers.js';

const CONFIG = 'docs/workflow-templates.bulk-update.yml';
const BRANCH = 'moko/workflow-templates';
const templateFiles = readdirSync(join(REPO_ROOT, 'workflows-templates')).sort();

let em: Emulator;
let workspace: string;
beforeAll(async () => {
  em = await startEmulator({ repos: 3, seed: 5, secondaryLimit: false });
  // The organization's `.github` repository: one of the generated repositories, renamed.
  const repo = em.state.reposOf(ORG).find((r) => !r.archived && !r.fork)!;
  em.state.removeRepo(repo);
  repo.name = '.github';
  em.state.addRepo(repo);
  const files: Record<string, string> = { [CONFIG]: readFileSync(join(REPO_ROOT, CONFIG), 'utf8') };
  for (const f of templateFiles)
    files[`workflows-templates/${f}`] = readFileSync(join(REPO_ROOT, 'workflows-templates', f), 'utf8');
  workspace = await makeWorkspace(files);
});
afterAll(async () => {
  await em?.close();
  await cleanup();
});

const run = (inputs: Record<string, string | boolean>, runId: number) =>
  runAction({
    action: 'bulk-update',
    emulator: em,
    workspace,
    repository: `${ORG}/standards`,
    runId,
    inputs: { config: CONFIG, organization: ORG, ...inputs },
  });

describe('installing the starter workflows into the template gallery', () => {
  it('dry run: only the .github repository, every template file in the diff, nothing written', async () => {
    const r = await run({ 'dry-run': true }, 1);
    expect(r.conclusion, r.stderr + r.stdout).toBe('success');
    expect(r.outputs).toMatchObject({ updated: '1', failed: '0' });
    const rows = bulkReport(r.outputs).repositories;
    expect(rows.map((x) => x.repo)).toEqual(['.github']);
    for (const f of templateFiles) expect(rows[0]!.diff).toContain(`+++ b/workflow-templates/${f}`);
    expect(writesOf(r.requests)).toEqual([]);
  });

  it('opens one pull request putting them under workflow-templates/; a re-run changes nothing', async () => {
    const r = await run({}, 2);
    expect(r.conclusion, r.stderr + r.stdout).toBe('success');
    expect(r.outputs).toMatchObject({ updated: '1', failed: '0' });
    const pulls = em.state.repo(ORG, '.github')!.pulls.filter((p) => p.head.endsWith(BRANCH));
    expect(pulls).toHaveLength(1);
    expect(pulls[0]!.title).toBe('chore: MokoStandards starter workflows');
    for (const f of templateFiles) {
      expect(fileText(em, '.github', `workflow-templates/${f}`, BRANCH), f).toBe(
        readFileSync(join(REPO_ROOT, 'workflows-templates', f), 'utf8'),
      );
    }
    const again = await run({}, 3);
    expect(again.outputs).toMatchObject({ updated: '0', unchanged: '1' });
    expect(writesOf(again.requests)).toEqual([]);
    expect(r.violations).toEqual([]);
  });
});
