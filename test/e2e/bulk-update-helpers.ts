import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import type { BulkReport } from '../../actions/bulk-update/src/engine/results.js';
import type { Emulator } from '../emulator/index.js';
import { makeWorkspace, REPO_ROOT } from '../harness/index.js';

/** Our head branch in every test configuration. */
export const BRANCH = 'moko/bulk-update';
/** The organization the emulator generates. */
export const ORG = 'moko-demo';
const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'bulk-update');

function fixtureFiles(dir = join(FIXTURES, 'standards')): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) Object.assign(out, fixtureFiles(p));
    else out[relative(FIXTURES, p)] = readFileSync(p, 'utf8');
  }
  return out;
}

/** A workspace holding the fixture standards and `.github/bulk-update.yml` with `config`. */
export function bulkWorkspace(config: object, extra: Record<string, string> = {}): Promise<string> {
  return makeWorkspace({ ...fixtureFiles(), '.github/bulk-update.yml': stringify(config), ...extra });
}

/** A files-only configuration for `names`, paced fast enough for tests. */
export function filesConfig(names: string[], more: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    selection: { names },
    operations: [
      {
        type: 'files',
        files: [
          { source: 'standards/SECURITY.md', target: 'SECURITY.md' },
          { source: 'standards/CODEOWNERS', target: '.github/CODEOWNERS', template: true },
        ],
      },
    ],
    delivery: { branch: BRANCH, labels: ['standards'] },
    pacing: { perMinute: 6000, perHour: 100000, concurrency: 2 },
    ...more,
  };
}

/** Names of the emulator's unarchived, non-fork repositories (the default selection), first `n`. */
export function targetNames(em: Emulator, n: number): string[] {
  return em.state
    .reposOf(ORG)
    .filter((r) => !r.archived && !r.fork)
    .slice(0, n)
    .map((r) => r.name);
}

/** Our pull requests (head = our branch) in a repository. */
export function ourPulls(em: Emulator, name: string) {
  return em.state.repo(ORG, name)!.pulls.filter((p) => p.head === BRANCH || p.head.endsWith(`:${BRANCH}`));
}

/** Commits on our branch that are not on the default branch (walks first parents). */
export function branchCommits(em: Emulator, name: string): { message: string; verified: boolean }[] {
  const repo = em.state.repo(ORG, name)!;
  const git = em.state.git(repo);
  const base = git.resolveCommit(repo.default_branch);
  const out: { message: string; verified: boolean }[] = [];
  for (let sha = git.resolveCommit(BRANCH); sha && sha !== base; ) {
    const c = git.get(sha);
    if (c?.type !== 'commit') break;
    out.push({ message: c.message, verified: c.verified });
    sha = c.parents[0];
  }
  return out;
}

/** Text of a file on a branch (default: the default branch), or undefined. */
export function fileText(em: Emulator, name: string, path: string, ref?: string): string | undefined {
  const repo = em.state.repo(ORG, name)!;
  const git = em.state.git(repo);
  const sha = git.resolveCommit(ref ?? repo.default_branch);
  const entry = sha ? git.lookup(sha, path) : undefined;
  const blob = entry ? git.get(entry.sha) : undefined;
  return blob?.type === 'blob' ? blob.data.toString('utf8') : undefined;
}

/** Mutations (GraphQL) and REST writes of a request log. */
export function writesOf(
  requests: readonly { method: string; graphql?: { operationName?: string; rootFields: string[] } }[],
) {
  return requests.filter((r) =>
    r.graphql
      ? /^Bulk(Commit|CreateRef|CreatePull|UpdatePull|Decorate|ResetRef|CreateProject|LinkProject)$/.test(
          r.graphql.operationName ?? '',
        )
      : r.method !== 'GET',
  );
}

/** The JSON report a run wrote to its `results-file` output. */
export function bulkReport(outputs: Record<string, string>): BulkReport {
  return JSON.parse(readFileSync(outputs['results-file']!, 'utf8')) as BulkReport;
}
