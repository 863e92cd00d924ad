/**
 * The workflow files of this repository, read once for the workflow tests: our reusable and CI workflows
 * (.github/workflows/) and the starter workflows of the template gallery (workflows-templates/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');
/** Where adopters' templates call our reusable workflows and actions from. */
export const OUR_REPOSITORY = 'mokoconsulting-tech/standards';

/** A parsed workflow file. */
export interface WorkflowFile {
  /** Path relative to the repository root. */
  path: string;
  /** Base name without .yml. */
  name: string;
  source: string;
  // biome-ignore lint/suspicious/noExplicitAny: workflow YAML, checked field by field by the tests.
  doc: any;
}

function read(dir: string): WorkflowFile[] {
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => {
      const source = readFileSync(join(ROOT, dir, f), 'utf8');
      return { path: `${dir}/${f}`, name: f.replace(/\.yml$/, ''), source, doc: parse(source) };
    });
}

/** .github/workflows/*.yml */
export const workflows = read('.github/workflows');
/** workflows-templates/*.yml */
export const templates = read('workflows-templates');
/** The reusable workflows: those with an `on.workflow_call` trigger. */
export const reusable = workflows.filter(
  (w) => w.doc.on && typeof w.doc.on === 'object' && 'workflow_call' in w.doc.on,
);

/** The path a file is linted as: actionlint and our workflow rules only consider .github/workflows/. */
export function asWorkflowPath(file: WorkflowFile): string {
  return file.path.startsWith('.github/workflows/') ? file.path : `.github/workflows/${file.name}.yml`;
}

/** Our action a `uses:` names (`./actions/x` or `mokoconsulting-tech/standards/actions/x@ref`), else undefined. */
export function ourAction(uses: unknown): string | undefined {
  if (typeof uses !== 'string') return undefined;
  const m = /^(?:\.\/actions\/([a-z-]+)|mokoconsulting-tech\/standards\/actions\/([a-z-]+)@.+)$/.exec(uses);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Our reusable workflow a job's `uses:` names (`./.github/workflows/x.yml` or ours at a ref), else undefined. */
export function ourReusableWorkflow(uses: unknown): string | undefined {
  if (typeof uses !== 'string') return undefined;
  const m = /^(?:\.\/|mokoconsulting-tech\/standards\/)\.github\/workflows\/([a-z-]+)\.yml(?:@.+)?$/.exec(uses);
  return m?.[1];
}

/** Every job of a workflow with its id. */
// biome-ignore lint/suspicious/noExplicitAny: see WorkflowFile.doc.
export function jobs(file: WorkflowFile): [string, any][] {
  return Object.entries(file.doc.jobs ?? {});
}

/** A GitHub expression `${{ e }}` as a workflow file writes it. */
export const expr = (e: string): string => `\${{ ${e} }}`;
