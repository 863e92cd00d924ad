import { gunzipSync, strFromU8, unzipSync } from 'fflate';
import semver from 'semver';
import type { Emulator } from '../emulator/index.js';

/**
 * Invariants checked against the emulator's state after a chaos round. Each returns the violations
 * it finds as sentences naming the repository and what is wrong; an empty list means it holds.
 */

/** Commits on `branch` that are not on the default branch, following first parents. */
function branchCommitCount(em: Emulator, owner: string, name: string, branch: string): number {
  const repo = em.state.repo(owner, name)!;
  const git = em.state.git(repo);
  const base = git.resolveCommit(repo.default_branch);
  let n = 0;
  for (let sha = git.resolveCommit(branch); sha && sha !== base; n++) {
    const c = git.get(sha);
    if (c?.type !== 'commit') break;
    sha = c.parents[0];
  }
  return n;
}

/** bulk-update: each targeted repository has exactly one open pull request from our branch, with one commit. */
export function bulkUpdateInvariants(em: Emulator, owner: string, targets: string[], branch: string): string[] {
  const out: string[] = [];
  for (const name of targets) {
    const repo = em.state.repo(owner, name)!;
    const ours = repo.pulls.filter((p) => p.head === branch || p.head.endsWith(`:${branch}`));
    const open = ours.filter((p) => p.state === 'open');
    if (open.length !== 1)
      out.push(`bulk-update: ${owner}/${name} has ${open.length} open pull requests from ${branch}`);
    if (ours.length > 1) out.push(`bulk-update: ${owner}/${name} has ${ours.length} pull requests from ${branch}`);
    const commits = branchCommitCount(em, owner, name, branch);
    if (commits !== 1) out.push(`bulk-update: ${owner}/${name} has ${commits} commits on ${branch} (expected 1)`);
  }
  return out;
}

/** Any repository: no duplicate label (case-insensitive), no two open issues or pull requests with one title. */
export function duplicateInvariants(em: Emulator, owner: string): string[] {
  const out: string[] = [];
  for (const repo of em.state.reposOf(owner)) {
    const full = `${repo.owner}/${repo.name}`;
    const labels = repo.labels.map((l) => l.name.toLowerCase());
    for (const dup of new Set(labels.filter((l, i) => labels.indexOf(l) !== i)))
      out.push(`${full}: label ${dup} twice`);
    const titles = repo.issues.filter((i) => i.state === 'open').map((i) => i.title);
    for (const dup of new Set(titles.filter((t, i) => titles.indexOf(t) !== i)))
      out.push(`${full}: two open issues titled "${dup}"`);
    const heads = repo.pulls.filter((p) => p.state === 'open').map((p) => `${p.head}->${p.base}`);
    for (const dup of new Set(heads.filter((h, i) => heads.indexOf(h) !== i)))
      out.push(`${full}: two open pull requests ${dup}`);
    const tags = repo.releases.map((r) => r.tag_name);
    for (const dup of new Set(tags.filter((t, i) => tags.indexOf(t) !== i))) out.push(`${full}: two releases ${dup}`);
  }
  return out;
}

/**
 * release: every release complete (published, its tag present) or absent (fully undone); every
 * version tag has its release; versions rise in creation order and never fall below `floor`.
 */
export function releaseInvariants(em: Emulator, owner: string, name: string, floor?: string): string[] {
  const out: string[] = [];
  const repo = em.state.repo(owner, name)!;
  const git = em.state.git(repo);
  const full = `${owner}/${name}`;
  const versions: string[] = [];
  for (const r of repo.releases) {
    if (r.draft) out.push(`release: ${full} ${r.tag_name} left as a draft (neither complete nor undone)`);
    if (!git.refs.has(`refs/tags/${r.tag_name}`)) out.push(`release: ${full} ${r.tag_name} has no tag`);
    if (semver.valid(r.tag_name)) versions.push(r.tag_name);
  }
  for (const ref of git.refs.keys()) {
    const tag = ref.replace(/^refs\/tags\//, '');
    if (ref.startsWith('refs/tags/') && semver.valid(tag) && !repo.releases.some((r) => r.tag_name === tag))
      out.push(`release: ${full} tag ${tag} without a release (not undone)`);
  }
  for (let i = 1; i < versions.length; i++) {
    if (semver.lte(versions[i]!, versions[i - 1]!))
      out.push(`release: ${full} ${versions[i]} released after ${versions[i - 1]}`);
  }
  const last = versions.at(-1);
  if (floor && last && semver.lt(last, floor)) out.push(`release: ${full} latest ${last} is below ${floor}`);
  return out;
}

/** The latest semantic version released in a repository. */
export function latestVersion(em: Emulator, owner: string, name: string): string | undefined {
  const tags = em.state
    .repo(owner, name)!
    .releases.map((r) => r.tag_name)
    .filter((t) => semver.valid(t));
  return tags.sort(semver.compare).at(-1);
}

/**
 * audit-archive: the weekly archive parts (artifact store, `audit-archive-<week>[-addendum-N]`) hold
 * each audit artifact of the repository created before the archiving run exactly once, and each
 * merged record once; no part is stored twice.
 */
export function archiveInvariants(em: Emulator, owner: string, name: string, archiveRunId: number): string[] {
  const out: string[] = [];
  const repo = em.state.repo(owner, name)!;
  const artifacts = [...em.state.artifacts.values()].filter((a) => a.repo === repo).map((a) => a.artifact);
  const parts = artifacts.filter((a) => a.finalized && /^audit-archive-\d{4}-W\d{2}/.test(a.name));
  if (parts.length === 0) out.push(`audit-archive: run ${archiveRunId} left no weekly archive part`);
  const partNames = parts.map((a) => a.name);
  for (const n of new Set(partNames))
    if (partNames.filter((x) => x === n).length > 1) out.push(`audit-archive: part ${n} stored twice`);
  const archived = new Map<string, number>();
  const records = new Set<string>();
  let newest = '';
  for (const part of parts) {
    if (part.created_at > newest) newest = part.created_at;
    const files = unzipSync(new Uint8Array(part.data));
    for (const [path, data] of Object.entries(files)) {
      if (path.endsWith('manifest.json')) {
        const manifest = JSON.parse(strFromU8(data)) as { logs: { name: string }[] };
        for (const l of manifest.logs) archived.set(l.name, (archived.get(l.name) ?? 0) + 1);
      } else if (path.endsWith('records.jsonl.gz')) {
        for (const line of strFromU8(gunzipSync(data)).split('\n')) {
          if (line.trim() === '') continue;
          if (records.has(line)) out.push(`audit-archive: ${part.name} holds a record twice`);
          records.add(line);
        }
      }
    }
  }
  for (const [artifact, n] of archived) if (n > 1) out.push(`audit-archive: ${artifact} archived ${n} times`);
  for (const a of artifacts) {
    if (!a.name.startsWith('audit-') || a.name.startsWith('audit-archive-')) continue;
    if (!a.finalized) continue; // an upload cut short by a kill: GitHub never lists it either
    if (a.name.startsWith('audit-audit-archive-')) continue; // the archiving runs' own logs (next week's)
    if (a.created_at > newest) continue;
    if (!archived.has(a.name)) out.push(`audit-archive: ${a.name} (created ${a.created_at}) is in no archive part`);
  }
  return out;
}
