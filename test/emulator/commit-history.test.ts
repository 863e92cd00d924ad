import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from './index.js';

let e: Emulator;
let owner: string;
let name: string;
const shas: string[] = [];

beforeAll(async () => {
  e = await startEmulator({ repos: 1, seed: 3, secondaryLimit: false });
  const repo = [...e.state.repos.values()][0]!;
  owner = repo.owner;
  name = repo.name;
  const git = e.state.git(repo);
  const ref = `refs/heads/${repo.default_branch}`;
  const who = { name: 'dev', email: 'dev@moko.test', date: '2026-11-01T10:00:00Z' };
  for (let i = 0; i < 1_250; i++) {
    const sha = git.commitChanges(git.refs.get(ref), [{ path: 'n.txt', data: Buffer.from(String(i)) }], {
      message: `chore: ${i}`,
      author: who,
      committer: who,
    });
    git.refs.set(ref, sha);
    shas.push(sha);
  }
});
afterAll(async () => {
  await e.close();
});

const QUERY = `query($owner: String!, $name: String!, $oid: GitObjectID!, $after: String) {
  repository(owner: $owner, name: $name) { object(oid: $oid) { ... on Commit {
    history(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { oid } }
  } } }
}`;

describe('Commit.history', () => {
  it('pages through a history longer than 1,000 commits to its root, with hasNextPage true until the end', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res = await fetch(e.graphqlUrl, {
        method: 'POST',
        headers: { authorization: 'bearer ghs_emulator', 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY, variables: { owner, name, oid: shas.at(-1), after } }),
      });
      type H = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { oid: string }[] };
      const json = (await res.json()) as { data: { repository: { object: { history: H } } } };
      const h = json.data.repository.object.history;
      pages++;
      seen.push(...h.nodes.map((n) => n.oid));
      if (!h.pageInfo.hasNextPage) break;
      after = h.pageInfo.endCursor;
    }
    // Every seeded commit, newest first, then the generator's own commits down to the root.
    expect(seen.slice(0, shas.length)).toEqual([...shas].reverse());
    expect(seen.length).toBeGreaterThan(1_250);
    expect(pages).toBe(Math.ceil(seen.length / 100));
    const root = e.state.git([...e.state.repos.values()][0]!).get(seen.at(-1)!);
    expect(root?.type === 'commit' && root.parents).toEqual([]);
  });
});
