import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Emulator } from '../emulator/index.js';
import type { HarnessEmulator } from '../harness/index.js';

/** Requests that write (the dry-run check: none of these may appear). */
export const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/** Appends commits to the default branch of `owner/repo`; returns their SHAs in order. */
export function seedCommits(em: Emulator, owner: string, repo: string, messages: string[]): string[] {
  const r = em.state.repo(owner, repo)!;
  const git = em.state.git(r);
  const ref = `refs/heads/${r.default_branch}`;
  const out: string[] = [];
  for (const [i, message] of messages.entries()) {
    const who = { name: 'dev', email: 'dev@moko.test', date: `2026-11-0${1 + (i % 9)}T10:00:00Z` };
    const sha = git.commitChanges(
      git.refs.get(ref),
      [{ path: `src/file-${out.length}-${i}.txt`, data: Buffer.from(message) }],
      {
        message,
        author: who,
        committer: who,
      },
    );
    git.refs.set(ref, sha);
    out.push(sha);
  }
  return out;
}

/** Where a tag ref points, peeled to its commit (undefined when the tag does not exist). */
export function tagCommit(em: Emulator, owner: string, repo: string, tag: string): string | undefined {
  const git = em.state.git(em.state.repo(owner, repo)!);
  return git.refs.has(`refs/tags/${tag}`) ? git.resolveCommit(`refs/tags/${tag}`) : undefined;
}

/**
 * A pass-through proxy in front of the emulator that answers `failWhen` requests itself with a 422,
 * as GitHub does when it refuses a write: a deterministic failure at a chosen step.
 */
export async function failingProxy(
  em: Emulator,
  failWhen: (method: string, path: string) => boolean,
): Promise<{ emulator: HarnessEmulator; close(): Promise<void> }> {
  const target = new URL(em.url);
  const server: Server = createServer((req, res) => {
    if (failWhen(req.method ?? 'GET', decodeURIComponent(req.url ?? ''))) {
      req.resume();
      res.writeHead(422, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Validation Failed (injected by the test)', status: '422' }));
      return;
    }
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${target.pathname.replace(/\/$/, '')}`;
  const emulator: HarnessEmulator = {
    url,
    graphqlUrl: `${url}/graphql`,
    resultsUrl: em.resultsUrl,
    get requests() {
      return em.requests;
    },
    get violations() {
      return em.violations;
    },
    state: em.state,
    runtimeToken: (o, r, id) => em.runtimeToken(o, r, id),
  };
  return { emulator, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** What a release can change in a repository: every ref and every release (with its state and body). */
export function repoState(em: Emulator, owner: string, repo: string) {
  const r = em.state.repo(owner, repo)!;
  const git = em.state.git(r);
  return {
    refs: Object.fromEntries([...git.refs.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
    releases: r.releases.map((x) => ({
      id: x.id,
      tag: x.tag_name,
      draft: x.draft,
      body: x.body,
      assets: x.assets.map((a) => a.name),
    })),
  };
}

/** The `::error::` lines of a step's output (what a failed assertion should show). */
export function errorLines(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('::error'))
    .join('\n');
}

/** A repository of `em` prepared for release tests: v1.0.0 and the floating v1 on a first feature commit. */
export function releaseRepo(
  em: Emulator,
  index: number,
): { owner: string; repo: string; branch: string; first: string } {
  const record = [...em.state.repos.values()][index]!;
  record.immutableReleases = false;
  // The generator protects some branches and adds rulesets; tests that want them set their own.
  record.protections.clear();
  record.archived = false;
  record.rulesets = [];
  const [first] = seedCommits(em, record.owner, record.name, ['feat: first public API']);
  const git = em.state.git(record);
  git.refs.set('refs/tags/v1.0.0', first!);
  git.refs.set('refs/tags/v1', first!);
  return { owner: record.owner, repo: record.name, branch: record.default_branch, first: first! };
}

/** Text of `path` at `ref` in the emulator's repository, or undefined. */
export function fileAt(em: Emulator, owner: string, repo: string, ref: string, path: string): string | undefined {
  const git = em.state.git(em.state.repo(owner, repo)!);
  const sha = git.resolveCommit(ref);
  const entry = sha ? git.lookup(sha, path) : undefined;
  const blob = entry ? git.get(entry.sha) : undefined;
  return blob?.type === 'blob' ? blob.data.toString() : undefined;
}
