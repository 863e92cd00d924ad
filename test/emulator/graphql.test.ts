import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from './index.js';
import type { RepoRecord } from './model.js';

let e: Emulator;

/** Reads a dotted path from a GraphQL answer (`at(json.data, 'a.readme.text')`). */
function at(x: unknown, path: string): unknown {
  let cur = x;
  for (const k of path.split('.'))
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined;
  return cur;
}
function str(x: unknown, path: string): string {
  return String(at(x, path));
}
function names(x: unknown, path: string, key = 'name'): string[] {
  return ((at(x, path) as Record<string, unknown>[] | undefined) ?? []).map((n) => String(n[key]));
}

async function gql(query: string, variables?: Record<string, unknown>, token = 'ghs_emulator') {
  const res = await fetch(e.graphqlUrl, {
    method: 'POST',
    headers: { authorization: `bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    headers: res.headers,
    json: (await res.json()) as { data?: Record<string, unknown>; errors?: Record<string, unknown>[] },
  };
}

function liveRepos(): RepoRecord[] {
  return [...e.state.repos.values()].filter((r) => !r.archived);
}

beforeAll(async () => {
  e = await startEmulator({ repos: 12, seed: 5, secondaryLimit: false });
});

afterAll(async () => {
  await e.close();
});

describe('GraphQL validation against GitHub’s public schema', () => {
  it('rejects a field the schema does not have, GitHub-style, and records a violation', async () => {
    const before = e.violations.length;
    const { status, json } = await gql('query { viewer { login notAField } }');
    expect(status).toBe(200);
    expect(json.errors?.[0]).toMatchObject({
      message: "Field 'notAField' doesn't exist on type 'User'",
      extensions: { code: 'undefinedField', typeName: 'User', fieldName: 'notAField' },
    });
    expect(e.violations.slice(before).map((v) => v.kind)).toEqual(['graphql']);
  });

  it('rejects a syntax error and a missing required argument', async () => {
    const before = e.violations.length;
    expect((await gql('query { viewer { login }')).json.errors?.[0]?.message).toMatch(/^Parse error/);
    expect((await gql('query { repository(owner: "x") { id } }')).json.errors?.[0]?.message).toMatch(/argument "name"/);
    expect(e.violations.length - before).toBe(2);
  });

  it('logs the operation name and root fields of each request', async () => {
    await gql('query Probe { rateLimit { cost remaining limit resetAt } viewer { login } }');
    expect(e.requests.at(-1)).toMatchObject({
      route: '/graphql',
      status: 200,
      graphql: { operationName: 'Probe', rootFields: ['rateLimit', 'viewer'] },
    });
  });
});

describe('GraphQL reads', () => {
  it('batches many repositories with aliases and reads files through object(expression:)', async () => {
    const [a, b] = liveRepos();
    const q = `query {
      a: repository(owner: "moko-demo", name: "${a!.name}") { ...R }
      b: repository(owner: "moko-demo", name: "${b!.name}") { ...R }
    }
    fragment R on Repository {
      id name nameWithOwner isArchived isFork visibility
      defaultBranchRef { name target { oid } }
      primaryLanguage { name }
      repositoryTopics(first: 10) { nodes { topic { name } } }
      readme: object(expression: "HEAD:README.md") { ... on Blob { text oid byteSize isBinary } }
      wf: object(expression: "HEAD:.github/workflows") { ... on Tree { entries { name path type oid object { ... on Blob { text } } } } }
      pullRequests(states: [OPEN], first: 5) { totalCount nodes { number headRefName } }
    }`;
    const before = e.violations.length;
    const { json } = await gql(q);
    expect(json.errors).toBeUndefined();
    expect(e.violations.slice(before)).toEqual([]);
    const ra = at(json.data, 'a');
    expect(at(ra, 'id')).toBe(a!.node_id);
    expect(at(ra, 'nameWithOwner')).toBe(`moko-demo/${a!.name}`);
    expect(at(ra, 'visibility')).toBe(a!.visibility.toUpperCase());
    expect(str(ra, 'readme.text')).toContain(`# ${a!.name}`);
    expect(at(ra, 'defaultBranchRef.target.oid')).toBe(e.state.git(a!).refs.get(`refs/heads/${a!.default_branch}`));
    expect(names(ra, 'wf.entries')).toContain('ci.yml');
    expect(str(ra, 'wf.entries.0.object.text')).toContain('name: CI');
  });

  it('reads settings and branch protection from the same records REST serves, and reports unmodeled fields', async () => {
    const repo = liveRepos().find((r) => r.protections.has(r.default_branch))!;
    e.state.git(repo);
    const before = e.violations.length;
    const q = `query { repository(owner: "moko-demo", name: "${repo.name}") {
      hasIssuesEnabled hasWikiEnabled autoMergeAllowed deleteBranchOnMerge
      defaultBranchRef { branchProtectionRule { id pattern requiresApprovingReviews requiredApprovingReviewCount } }
      refs(refPrefix: "refs/heads/", first: 10) { nodes { name branchProtectionRule { pattern } } }
      branchProtectionRules(first: 5) { nodes { pattern } }
    } }`;
    const { json } = await gql(q);
    expect(json.errors).toBeUndefined();
    expect(e.violations.slice(before)).toEqual([]);
    const rest = (await (
      await fetch(`${e.url}/repos/moko-demo/${repo.name}`, { headers: { authorization: 'token ghs_emulator' } })
    ).json()) as Record<string, unknown>;
    expect(at(json.data, 'repository.hasIssuesEnabled')).toBe(rest.has_issues);
    expect(at(json.data, 'repository.autoMergeAllowed')).toBe(rest.allow_auto_merge);
    expect(at(json.data, 'repository.defaultBranchRef.branchProtectionRule.pattern')).toBe(repo.default_branch);
    expect(at(json.data, 'repository.defaultBranchRef.branchProtectionRule.requiredApprovingReviewCount')).toBe(1);
    expect(names(json.data, 'repository.branchProtectionRules.nodes', 'pattern')).toEqual([repo.default_branch]);
    await gql(`query { repository(owner: "moko-demo", name: "${repo.name}") { diskUsage } }`);
    expect(e.violations.slice(before).map((v) => [v.kind, v.message])).toEqual([
      ['unimplemented', 'the emulator does not model Repository.diskUsage: a placeholder was served'],
    ]);
  });

  it('pages organization repositories with first/after and totalCount', async () => {
    const q =
      'query($after: String) { organization(login: "moko-demo") { repositories(first: 5, after: $after) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } } }';
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const { json } = await gql(q, { after });
      const conn = at(json.data, 'organization.repositories');
      seen.push(...names(conn, 'nodes'));
      if (!at(conn, 'pageInfo.hasNextPage')) break;
      after = str(conn, 'pageInfo.endCursor');
    }
    expect(seen).toEqual([...e.state.repos.values()].map((r) => r.name));
  });

  it('answers an unknown repository with data null and a NOT_FOUND error', async () => {
    const { json } = await gql('query { repository(owner: "moko-demo", name: "nope") { id } }');
    expect(json.data).toEqual({ repository: null });
    expect(json.errors?.[0]).toMatchObject({
      type: 'NOT_FOUND',
      path: ['repository'],
      message: "Could not resolve to a Repository with the name 'moko-demo/nope'.",
    });
  });
});

describe('GraphQL mutations', () => {
  it('commits on a branch with an expectedHeadOid check, verified, visible to REST', async () => {
    const repo = liveRepos()[0]!;
    const head = e.state.git(repo).refs.get(`refs/heads/${repo.default_branch}`)!;
    const m = `mutation($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid url signature { isValid } } ref { name } } }`;
    const input = {
      branch: { repositoryNameWithOwner: `moko-demo/${repo.name}`, branchName: repo.default_branch },
      expectedHeadOid: head,
      message: { headline: 'Sync standards', body: 'From bulk-update' },
      fileChanges: {
        additions: [{ path: 'SECURITY.md', contents: Buffer.from('# Policy\n').toString('base64') }],
        deletions: [{ path: 'LICENSE' }],
      },
    };
    const { json } = await gql(m, { input });
    expect(json.errors).toBeUndefined();
    expect(at(json.data, 'createCommitOnBranch.commit.signature.isValid')).toBe(true);
    const rest = await fetch(`${e.url}/repos/moko-demo/${repo.name}/contents/SECURITY.md`, {
      headers: { authorization: 'token ghs_emulator' },
    });
    expect(Buffer.from(((await rest.json()) as { content: string }).content, 'base64').toString()).toBe('# Policy\n');
    const stale = await gql(m, { input });
    expect(stale.json.errors?.[0]).toMatchObject({ type: 'STALE_DATA' });
  });

  it('creates a ref and a pull request, labels it and requests a review', async () => {
    const repo = liveRepos()[1]!;
    const ids = await gql(
      `query { repository(owner: "moko-demo", name: "${repo.name}") { id defaultBranchRef { target { oid } } labels(first: 20) { nodes { id name } } } }`,
    );
    const r = at(ids.json.data, 'repository');
    const rid = str(r, 'id');
    const oid = str(r, 'defaultBranchRef.target.oid');
    const created = await gql(`mutation($i: CreateRefInput!) { createRef(input: $i) { ref { id name } } }`, {
      i: { repositoryId: rid, name: 'refs/heads/standards', oid },
    });
    const refId = str(created.json.data, 'createRef.ref.id');
    const git = e.state.git(repo);
    const next = git.commitChanges(oid, [{ path: 'x.txt', data: Buffer.from('x') }], {
      message: 'x',
      author: e.state.signature('moko-bot'),
    });
    const upd = await gql(`mutation($i: UpdateRefInput!) { updateRef(input: $i) { ref { target { oid } } } }`, {
      i: { refId, oid: next },
    });
    expect(upd.json.errors).toBeUndefined();
    const pr = await gql(
      `mutation($i: CreatePullRequestInput!) { createPullRequest(input: $i) { pullRequest { id number state headRefName } } }`,
      { i: { repositoryId: rid, baseRefName: repo.default_branch, headRefName: 'standards', title: 'Standards' } },
    );
    const pull = at(pr.json.data, 'createPullRequest.pullRequest') as { id: string; number: number };
    expect(pull).toMatchObject({ state: 'OPEN', headRefName: 'standards' });
    const dup = await gql(
      `mutation($i: CreatePullRequestInput!) { createPullRequest(input: $i) { pullRequest { id } } }`,
      { i: { repositoryId: rid, baseRefName: repo.default_branch, headRefName: 'standards', title: 'Again' } },
    );
    expect(dup.json.errors?.[0]).toMatchObject({
      type: 'UNPROCESSABLE',
      message: `A pull request already exists for moko-demo:standards.`,
    });
    const bug = (at(r, 'labels.nodes') as { id: string; name: string }[]).find((l) => l.name === 'bug')!;
    const lab = await gql(
      `mutation($i: AddLabelsToLabelableInput!) { addLabelsToLabelable(input: $i) { labelable { ... on PullRequest { labels(first: 5) { nodes { name } } } } } }`,
      { i: { labelableId: pull.id, labelIds: [bug.id] } },
    );
    expect(at(lab.json.data, 'addLabelsToLabelable.labelable.labels.nodes')).toEqual([{ name: 'bug' }]);
    const reviewer = e.state.account('octo-reviewer');
    const team = e.state.org('moko-demo')!.teams[0]!;
    const rr = await gql(
      `mutation($i: RequestReviewsInput!) { requestReviews(input: $i) { pullRequest { reviewRequests(first: 5) { nodes { requestedReviewer { ... on User { login } } } } } } }`,
      { i: { pullRequestId: pull.id, userIds: [reviewer.node_id], teamIds: [team.node_id] } },
    );
    expect(rr.json.errors).toBeUndefined();
    const rest = await fetch(`${e.url}/repos/moko-demo/${repo.name}/pulls/${pull.number}`, {
      headers: { authorization: 'token ghs_emulator' },
    });
    const restPull = (await rest.json()) as {
      node_id: string;
      labels: { name: string }[];
      requested_reviewers: { login: string }[];
    };
    expect(restPull.node_id).toBe(pull.id);
    expect(restPull.labels.map((l) => l.name)).toEqual(['bug']);
    expect(restPull.requested_reviewers.map((u) => u.login)).toEqual(['octo-reviewer']);
    expect((restPull as unknown as { requested_teams: { slug: string }[] }).requested_teams.map((t) => t.slug)).toEqual(
      [team.slug],
    );
    const closed = await gql(
      `mutation($i: ClosePullRequestInput!) { closePullRequest(input: $i) { pullRequest { state } } }`,
      { i: { pullRequestId: pull.id } },
    );
    expect(at(closed.json.data, 'closePullRequest.pullRequest.state')).toBe('CLOSED');
  });

  it('creates an organization project and links a repository', async () => {
    const org = e.state.org('moko-demo')!;
    const repo = liveRepos()[2]!;
    const p = await gql(
      `mutation($i: CreateProjectV2Input!) { createProjectV2(input: $i) { projectV2 { id number title } } }`,
      { i: { ownerId: org.node_id, title: 'Platform' } },
    );
    const project = at(p.json.data, 'createProjectV2.projectV2') as { id: string };
    expect(project).toMatchObject({ number: 1, title: 'Platform' });
    await gql(
      `mutation($i: LinkProjectV2ToRepositoryInput!) { linkProjectV2ToRepository(input: $i) { repository { id } } }`,
      { i: { projectId: project.id, repositoryId: repo.node_id } },
    );
    const list = await gql(
      'query { organization(login: "moko-demo") { projectsV2(first: 10) { nodes { title repositories(first: 10) { nodes { name } } } } } }',
    );
    expect(at(list.json.data, 'organization.projectsV2.nodes')).toEqual([
      { title: 'Platform', repositories: { nodes: [{ name: repo.name }] } },
    ]);
  });

  it('refuses mutations for a read-only token with FORBIDDEN', async () => {
    e.addToken('ghs_reader', { repos: '*', permission: 'read' });
    const repo = liveRepos()[3]!;
    const { json } = await gql(
      `mutation($i: CreateRefInput!) { createRef(input: $i) { ref { id } } }`,
      { i: { repositoryId: repo.node_id, name: 'refs/heads/x', oid: '0'.repeat(40) } },
      'ghs_reader',
    );
    expect(json.errors?.[0]).toMatchObject({ type: 'FORBIDDEN', message: 'Resource not accessible by integration' });
  });
});

describe('GraphQL limits', () => {
  it('charges GitHub’s point cost: connections per parent node, divided by 100', async () => {
    const q = `query { rateLimit { cost } organization(login: "moko-demo") { repositories(first: 100) { nodes { pullRequests(first: 50) { nodes { labels(first: 10) { nodes { name } } } } } } } }`;
    const before = Number(
      (
        await fetch(e.graphqlUrl, {
          method: 'POST',
          headers: { authorization: 'bearer ghs_emulator' },
          body: JSON.stringify({ query: '{ viewer { login } }' }),
        })
      ).headers.get('x-ratelimit-used'),
    );
    const res = await fetch(e.graphqlUrl, {
      method: 'POST',
      headers: { authorization: 'bearer ghs_emulator' },
      body: JSON.stringify({ query: q }),
    });
    const json = (await res.json()) as { data: unknown };
    // 1 + 100 + 100 × 50 = 5,101 requests → 51 points.
    expect(at(json.data, 'rateLimit.cost')).toBe(51);
    expect(Number(res.headers.get('x-ratelimit-used'))).toBe(before + 51);
  });

  it('reports the graphql bucket in headers and rateLimit, and refuses mutations over the secondary limit', async () => {
    const limited = await startEmulator({ repos: 5, secondaryLimit: { perMinute: 1, perHour: 10 } });
    try {
      const call = (query: string, variables?: unknown) =>
        fetch(limited.graphqlUrl, {
          method: 'POST',
          headers: { authorization: 'bearer ghs_emulator' },
          body: JSON.stringify({ query, variables }),
        });
      const q = await call('{ rateLimit { cost limit remaining used } }');
      expect(q.headers.get('x-ratelimit-resource')).toBe('graphql');
      expect(((await q.json()) as { data: unknown }).data).toEqual({
        rateLimit: { cost: 1, limit: 5000, remaining: 4999, used: 1 },
      });
      const org = limited.state.org('moko-demo')!;
      const m = 'mutation($i: CreateProjectV2Input!) { createProjectV2(input: $i) { projectV2 { id } } }';
      expect((await call(m, { i: { ownerId: org.node_id, title: 'A' } })).status).toBe(200);
      const second = await call(m, { i: { ownerId: org.node_id, title: 'B' } });
      expect(second.status).toBe(403);
      expect(second.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(org.projects.map((p) => p.title)).toEqual(['A']);
    } finally {
      await limited.close();
    }
  });
});
