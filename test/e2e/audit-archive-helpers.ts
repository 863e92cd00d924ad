import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ArtifactRecord, RepoRecord } from '../emulator/model.js';
import type { Emulator } from '../emulator/index.js';
import { type ActionRun, makeWorkspace, runAction } from '../harness/index.js';

/** The emulator's repositories, by index. */
export const repoAt = (em: Emulator, i: number): RepoRecord => [...em.state.repos.values()][i]!;
export const fullName = (r: RepoRecord) => `${r.owner}/${r.name}`;

/** Artifacts of a repository whose name starts with `prefix`. */
export function artifactsOf(em: Emulator, r: RepoRecord, prefix = ''): ArtifactRecord[] {
  return [...em.state.artifacts.values()]
    .filter((x) => x.repo === r && x.artifact.name.startsWith(prefix))
    .map((x) => x.artifact);
}

/** Runs the release action in dry-run as run `runId` of `r`: a real, intact audit artifact. */
export async function releaseRun(
  em: Emulator,
  r: RepoRecord,
  runId: number,
  extra: { runAttempt?: number; job?: string } = {},
): Promise<ActionRun> {
  const sha = em.state.git(r).refs.get(`refs/heads/${r.default_branch}`)!;
  return runAction({
    action: 'release',
    emulator: em,
    repository: fullName(r),
    runId,
    sha,
    inputs: { 'dry-run': true },
    ...extra,
  });
}

/** Rewrites the first audit segment inside an artifact; `keepDigest` false also updates GitHub's digest (a log uploaded like that). */
export function editArtifact(a: ArtifactRecord, edit: (lines: string[]) => string[], keepDigest = true): void {
  const files = unzipSync(new Uint8Array(a.data));
  const name = Object.keys(files).find((n) => n.endsWith('audit.jsonl'))!;
  const lines = strFromU8(files[name]!).trimEnd().split('\n');
  files[name] = strToU8(
    edit(lines)
      .map((l) => `${l}\n`)
      .join(''),
  );
  a.data = Buffer.from(zipSync(files));
  a.size_in_bytes = a.data.length;
  if (!keepDigest) a.digest = `sha256:${createHash('sha256').update(a.data).digest('hex')}`;
}

/** Every file on a branch: path -> blob sha; empty when the branch does not exist. */
export function branchTree(em: Emulator, r: RepoRecord, branch = 'audit-archive'): Map<string, string> {
  const git = em.state.git(r);
  const head = git.resolveCommit(branch);
  if (!head) return new Map();
  const commit = git.get(head) as { tree: string };
  return new Map([...git.flatten(commit.tree)].map(([p, e]) => [p, e.sha]));
}

/** The commits of a branch, newest first, following first parents. */
export function branchCommits(em: Emulator, r: RepoRecord, branch = 'audit-archive'): string[] {
  const git = em.state.git(r);
  const out: string[] = [];
  for (let sha = git.resolveCommit(branch); sha; sha = (git.get(sha) as { parents: string[] }).parents[0])
    out.push(sha);
  return out;
}

/** Commits a workflow file that runs one of our actions, as a repository using the collection has. */
export async function commitWorkflow(em: Emulator, r: RepoRecord, path: string): Promise<void> {
  const url = `${em.url}/repos/${fullName(r)}/contents/${path}`;
  const headers = { authorization: 'token ghs_emulator', 'content-type': 'application/json' };
  const current = await fetch(url, { headers });
  const sha = current.ok ? ((await current.json()) as { sha: string }).sha : undefined;
  const yaml =
    'on: workflow_dispatch\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: mokoconsulting-tech/standards/actions/release@v3\n';
  const res = await fetch(url, {
    method: 'PUT',
    headers,
    body: JSON.stringify({
      message: 'ci: release',
      content: Buffer.from(yaml).toString('base64'),
      ...(sha ? { sha } : {}),
    }),
  });
  if (!res.ok) throw new Error(`commit ${path}: ${res.status} ${await res.text()}`);
}

/** A workspace for security-scan: one harmless file. */
export const scanWorkspace = () => makeWorkspace({ 'README.md': '# demo\n' }, { git: true });
