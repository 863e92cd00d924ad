import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from './index.js';
import { loadOpenApi, responseSchema } from './openapi.js';
import { allRoutes } from './routes/index.js';
import { SchemaValidator } from './schema-validator.js';

// Samples every REST operation the emulator serves and validates each answer against the response schema
// of the same operation in GitHub's description (extra properties allowed, required fields and types not).
const validators = { 'api.github.com': new SchemaValidator(true), ghec: new SchemaValidator(true, 'ghec') };
let e: Emulator;
const exercised = new Set<string>();
const failures: { operationId: string; status: number; errors: string[] }[] = [];

async function hit(
  method: string,
  path: string,
  opts: { body?: unknown; status?: number; headers?: Record<string, string>; raw?: Buffer } = {},
) {
  const res = await fetch(`${e.url}${path}`, {
    method,
    redirect: 'manual',
    headers: { authorization: 'token ghs_emulator', ...(opts.headers ?? {}) },
    body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
  });
  const text = await res.text();
  const entry = e.requests.at(-1)!;
  const operationId = entry.operationId ?? `${method} ${path}`;
  exercised.add(operationId);
  const json = text && res.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as unknown) : undefined;
  if (opts.status !== undefined && res.status !== opts.status) {
    failures.push({ operationId, status: res.status, errors: [`expected ${opts.status}: ${text.slice(0, 300)}`] });
    return json;
  }
  const flavor = entry.operationId === 'orgs/get-audit-log' ? 'ghec' : 'api.github.com';
  const op = loadOpenApi(flavor).byId.get(entry.operationId ?? '');
  const schema = op ? responseSchema(op, res.status) : undefined;
  if (op && schema && json !== undefined) {
    const check = validators[flavor].check(`${op.operationId} ${res.status}`, schema, json);
    if (!check.valid) {
      failures.push({
        operationId,
        status: res.status,
        errors: check.errors.slice(0, 5).map((x) => `${x.instancePath} ${x.message}`),
      });
    }
  }
  return json;
}

beforeAll(async () => {
  e = await startEmulator({ repos: 20, seed: 3, secondaryLimit: false, validateResponses: true });
});

afterAll(async () => {
  await e.close();
});

describe('conformance of every served route with the OpenAPI response schemas', () => {
  it('answers a sample request of every operation with a response that validates', async () => {
    const repo = [...e.state.repos.values()].find((r) => !r.archived)!;
    const R = `/repos/moko-demo/${repo.name}`;
    const b = repo.default_branch;
    await hit('GET', '/user', { status: 200 });
    await hit('GET', '/users/moko-dev', { status: 200 });
    await hit('GET', '/rate_limit', { status: 200 });
    await hit('GET', '/orgs/moko-demo', { status: 200 });
    await hit('GET', '/orgs/moko-demo/repos?type=all&sort=full_name', { status: 200 });
    await hit('GET', '/orgs/moko-demo/properties/schema', { status: 200 });
    await hit('GET', '/orgs/moko-demo/properties/values', { status: 200 });
    await hit('GET', '/orgs/moko-demo/audit-log?phrase=action:repo', { status: 200 });
    await hit('GET', R, { status: 200 });
    await hit('PATCH', R, { body: { description: 'updated', has_wiki: false }, status: 200 });
    await hit('GET', `${R}/topics`, { status: 200 });
    await hit('PUT', `${R}/topics`, { body: { names: ['platform'] }, status: 200 });
    await hit('GET', `${R}/properties/values`, { status: 200 });
    await hit('GET', `${R}/installation`, { status: 200 });
    await hit('GET', '/installation/repositories', { status: 200 });
    const now = Math.floor(Date.now() / 1000);
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const appJwt = {
      authorization: `Bearer ${part({ alg: 'RS256' })}.${part({ iss: '1', iat: now - 60, exp: now + 500 })}.x`,
    };
    await hit('GET', '/app', { headers: appJwt, status: 200 });
    await hit('GET', '/app/installations', { headers: appJwt, status: 200 });
    await hit('GET', '/orgs/moko-demo/installation', { headers: appJwt, status: 200 });
    await hit('POST', '/app/installations/4242/access_tokens', {
      headers: appJwt,
      body: { repositories: [repo.name] },
      status: 201,
    });
    await hit('GET', `${R}/zipball/${b}`, { status: 302 });
    await hit('GET', '/orgs/moko-demo/teams', { status: 200 });
    await hit('GET', '/orgs/moko-demo/teams/platform', { status: 200 });
    await hit('GET', '/orgs/moko-demo/teams/platform/members', { status: 200 });
    await hit('GET', '/orgs/moko-demo/members', { status: 200 });
    await hit('GET', `${R}/readme`, { status: 200 });
    // git data
    const head = (await hit('GET', `${R}/git/ref/heads/${b}`, { status: 200 })) as { object: { sha: string } };
    await hit('GET', `${R}/git/matching-refs/heads/`, { status: 200 });
    const commit = (await hit('GET', `${R}/git/commits/${head.object.sha}`, { status: 200 })) as {
      tree: { sha: string };
    };
    await hit('GET', `${R}/git/trees/${commit.tree.sha}?recursive=1`, { status: 200 });
    const blob = (await hit('POST', `${R}/git/blobs`, {
      body: { content: 'hello\n', encoding: 'utf-8' },
      status: 201,
    })) as { sha: string };
    await hit('GET', `${R}/git/blobs/${blob.sha}`, { status: 200 });
    const tree = (await hit('POST', `${R}/git/trees`, {
      body: {
        base_tree: commit.tree.sha,
        tree: [{ path: 'docs/hello.md', mode: '100644', type: 'blob', sha: blob.sha }],
      },
      status: 201,
    })) as { sha: string };
    const c2 = (await hit('POST', `${R}/git/commits`, {
      body: { message: 'Add hello', tree: tree.sha, parents: [head.object.sha] },
      status: 201,
    })) as { sha: string };
    await hit('POST', `${R}/git/refs`, { body: { ref: 'refs/heads/feature/hello', sha: c2.sha }, status: 201 });
    await hit('POST', `${R}/git/refs`, { body: { ref: 'refs/heads/tmp', sha: head.object.sha }, status: 201 });
    await hit('PATCH', `${R}/git/refs/heads/tmp`, { body: { sha: c2.sha }, status: 200 });
    await hit('DELETE', `${R}/git/refs/heads/tmp`, { status: 204 });
    const tag = (await hit('POST', `${R}/git/tags`, {
      body: { tag: 'v0.0.1', message: 'tag', object: head.object.sha, type: 'commit' },
      status: 201,
    })) as { sha: string };
    await hit('GET', `${R}/git/tags/${tag.sha}`, { status: 200 });
    await hit('GET', `${R}/commits/${b}`, { status: 200 });
    await hit('GET', `${R}/commits?sha=${b}`, { status: 200 });
    await hit('GET', `${R}/compare/${b}...feature/hello`, { status: 200 });
    await hit('GET', `${R}/compare/${b}...${c2.sha}`, { status: 200 });
    await hit('POST', `${R}/statuses/${c2.sha}`, { body: { state: 'success', context: 'ci/build' }, status: 201 });
    await hit('GET', `${R}/commits/${c2.sha}/status`, { status: 200 });
    await hit('GET', `${R}/commits/${c2.sha}/statuses`, { status: 200 });
    // contents
    await hit('GET', `${R}/contents/README.md`, { status: 200 });
    await hit('GET', `${R}/contents/.github?ref=${b}`, { status: 200 });
    const created = (await hit('PUT', `${R}/contents/docs/new.md`, {
      body: { message: 'new', content: Buffer.from('x\n').toString('base64'), branch: 'feature/hello' },
      status: 201,
    })) as { content: { sha: string } };
    await hit('DELETE', `${R}/contents/docs/new.md`, {
      body: { message: 'rm', sha: created.content.sha, branch: 'feature/hello' },
      status: 200,
    });
    // branches, protection, rulesets
    await hit('GET', `${R}/branches`, { status: 200 });
    await hit('GET', `${R}/branches/feature/hello`, { status: 200 });
    await hit('PUT', `${R}/branches/${b}/protection`, {
      body: {
        required_status_checks: { strict: true, contexts: ['build'] },
        enforce_admins: true,
        required_pull_request_reviews: { required_approving_review_count: 1 },
        restrictions: null,
      },
      status: 200,
    });
    await hit('GET', `${R}/branches/${b}/protection`, { status: 200 });
    await hit('DELETE', `${R}/branches/${b}/protection`, { status: 204 });
    repo.rulesets.push({
      id: 77,
      name: 'r',
      target: 'branch',
      enforcement: 'active',
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
      rules: [{ type: 'deletion' }],
    });
    await hit('GET', `${R}/rulesets`, { status: 200 });
    await hit('GET', `${R}/rulesets/77`, { status: 200 });
    await hit('GET', `${R}/rules/branches/${b}`, { status: 200 });
    // pulls
    const pr = (await hit('POST', `${R}/pulls`, {
      body: { title: 'Hello', head: 'feature/hello', base: b, body: 'adds hello' },
      status: 201,
    })) as { number: number; head: { sha: string } };
    await hit('GET', `${R}/pulls?state=open&head=moko-demo:feature/hello`, { status: 200 });
    await hit('GET', `${R}/pulls/${pr.number}`, { status: 200 });
    await hit('PATCH', `${R}/pulls/${pr.number}`, { body: { title: 'Hello!' }, status: 200 });
    await hit('GET', `${R}/pulls/${pr.number}/files`, { status: 200 });
    await hit('POST', `${R}/pulls/${pr.number}/requested_reviewers`, {
      body: { reviewers: ['octo-reviewer'] },
      status: 201,
    });
    await hit('GET', `${R}/pulls/${pr.number}/requested_reviewers`, { status: 200 });
    await hit('DELETE', `${R}/pulls/${pr.number}/requested_reviewers`, {
      body: { reviewers: ['octo-reviewer'] },
      status: 200,
    });
    await hit('POST', `${R}/pulls/${pr.number}/reviews`, {
      body: { event: 'COMMENT', body: 'looks fine' },
      status: 200,
    });
    await hit('GET', `${R}/pulls/${pr.number}/reviews`, { status: 200 });
    await hit('GET', `${R}/pulls/${pr.number}/merge`, { status: 404 });
    await hit('PUT', `${R}/pulls/${pr.number}/merge`, {
      body: { merge_method: 'squash', sha: pr.head.sha },
      status: 200,
    });
    // issues, labels, comments
    const issue = (await hit('POST', `${R}/issues`, {
      body: { title: 'Bug', body: 'broken', labels: ['bug'] },
      status: 201,
    })) as { number: number };
    await hit('GET', `${R}/issues?state=all`, { status: 200 });
    await hit('GET', `${R}/issues/${issue.number}`, { status: 200 });
    await hit('PATCH', `${R}/issues/${issue.number}`, { body: { state: 'closed' }, status: 200 });
    await hit('POST', `${R}/labels`, {
      body: { name: 'standards', color: '0e8a16', description: 'Managed' },
      status: 201,
    });
    await hit('GET', `${R}/labels`, { status: 200 });
    await hit('GET', `${R}/labels/standards`, { status: 200 });
    await hit('PATCH', `${R}/labels/standards`, { body: { color: '1d76db' }, status: 200 });
    await hit('POST', `${R}/issues/${issue.number}/labels`, { body: { labels: ['standards'] }, status: 200 });
    await hit('PUT', `${R}/issues/${issue.number}/labels`, { body: { labels: ['standards', 'bug'] }, status: 200 });
    await hit('GET', `${R}/issues/${issue.number}/labels`, { status: 200 });
    await hit('DELETE', `${R}/issues/${issue.number}/labels/bug`, { status: 200 });
    await hit('DELETE', `${R}/labels/standards`, { status: 204 });
    const comment = (await hit('POST', `${R}/issues/${issue.number}/comments`, {
      body: { body: 'hi' },
      status: 201,
    })) as { id: number };
    await hit('GET', `${R}/issues/${issue.number}/comments`, { status: 200 });
    await hit('GET', `${R}/issues/comments`, { status: 200 });
    await hit('GET', `${R}/issues/comments/${comment.id}`, { status: 200 });
    await hit('PATCH', `${R}/issues/comments/${comment.id}`, { body: { body: 'edited' }, status: 200 });
    await hit('DELETE', `${R}/issues/comments/${comment.id}`, { status: 204 });
    // releases
    await hit('PUT', `${R}/immutable-releases`, { status: 204 });
    await hit('GET', `${R}/immutable-releases`, { status: 200 });
    const draft = (await hit('POST', `${R}/releases`, {
      body: { tag_name: 'v1.0.0', name: 'v1.0.0', draft: true },
      status: 201,
    })) as { id: number };
    const asset = (await hit('POST', `${R}/releases/${draft.id}/assets?name=dist.tgz`, {
      raw: Buffer.from('bytes'),
      headers: { 'content-type': 'application/octet-stream' },
      status: 201,
    })) as { id: number };
    await hit('GET', `${R}/releases/${draft.id}/assets`, { status: 200 });
    await hit('GET', `${R}/releases/assets/${asset.id}`, { status: 200 });
    await hit('PATCH', `${R}/releases/assets/${asset.id}`, { body: { label: 'Dist' }, status: 200 });
    await hit('PATCH', `${R}/releases/${draft.id}`, { body: { draft: false }, status: 200 });
    await hit('DELETE', `${R}/releases/assets/${asset.id}`, { status: 422 });
    await hit('GET', `${R}/releases`, { status: 200 });
    await hit('GET', `${R}/releases/${draft.id}`, { status: 200 });
    await hit('GET', `${R}/releases/tags/v1.0.0`, { status: 200 });
    await hit('GET', `${R}/releases/latest`, { status: 200 });
    await hit('GET', `${R}/tags`, { status: 200 });
    const other = (await hit('POST', `${R}/releases`, { body: { tag_name: 'v0.9.0', draft: true }, status: 201 })) as {
      id: number;
    };
    await hit('DELETE', `${R}/releases/${other.id}`, { status: 204 });
    await hit('DELETE', `${R}/immutable-releases`, { status: 204 });
    // actions
    const wf = repo.workflows[0]!;
    const run = repo.runs[0]!;
    const job = repo.jobs[0]!;
    await hit('GET', `${R}/actions/workflows`, { status: 200 });
    await hit('GET', `${R}/actions/workflows/ci.yml`, { status: 200 });
    await hit('PUT', `${R}/actions/workflows/${wf.id}/disable`, { status: 204 });
    await hit('PUT', `${R}/actions/workflows/${wf.id}/enable`, { status: 204 });
    await hit('GET', `${R}/actions/permissions/workflow`, { status: 200 });
    await hit('PUT', `${R}/actions/permissions/workflow`, {
      body: { default_workflow_permissions: 'read', can_approve_pull_request_reviews: false },
      status: 204,
    });
    await hit('POST', `${R}/actions/workflows/${wf.id}/dispatches`, { body: { ref: b }, status: 204 });
    await hit('GET', `${R}/actions/workflows/${wf.id}/runs`, { status: 200 });
    await hit('GET', `${R}/actions/runs?branch=${b}`, { status: 200 });
    await hit('GET', `${R}/actions/runs/${run.id}`, { status: 200 });
    await hit('GET', `${R}/actions/runs/${run.id}/jobs`, { status: 200 });
    await hit('GET', `${R}/actions/jobs/${job.id}`, { status: 200 });
    e.state.artifacts.set(999, {
      repo,
      artifact: {
        id: 999,
        node_id: 'MDg',
        name: 'report',
        run_id: run.id,
        size_in_bytes: 3,
        data: Buffer.from('zip'),
        created_at: e.state.now(),
        expires_at: e.state.now(),
        finalized: true,
      },
    });
    await hit('GET', `${R}/actions/artifacts`, { status: 200 });
    await hit('GET', `${R}/actions/runs/${run.id}/artifacts`, { status: 200 });
    await hit('GET', `${R}/actions/artifacts/999`, { status: 200 });
    await hit('GET', `${R}/actions/artifacts/999/zip`, { status: 302 });
    await hit('DELETE', `${R}/actions/artifacts/999`, { status: 204 });
    await hit('POST', '/orgs/moko-demo/repos', {
      body: { name: 'created-by-test', visibility: 'private' },
      status: 201,
    });
    await hit('DELETE', '/repos/moko-demo/created-by-test', { status: 204 });
    // code scanning
    const sarif = gzipSync(
      JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'moko' } }, results: [] }] }),
    ).toString('base64');
    const up = (await hit('POST', `${R}/code-scanning/sarifs`, {
      body: { commit_sha: head.object.sha, ref: `refs/heads/${b}`, sarif },
      status: 202,
    })) as { id: string };
    await hit('GET', `${R}/code-scanning/sarifs/${up.id}`, { status: 200 });

    // deployments and security alerts (records as the history generator makes them)
    const at = e.state.now();
    repo.deployments = [
      {
        id: 7001,
        node_id: 'DE_7001',
        sha: head.object.sha,
        ref: b,
        task: 'deploy',
        environment: 'production',
        creator: 'moko-bot',
        created_at: at,
        updated_at: at,
        statuses: [
          {
            id: 7002,
            node_id: 'DES_7002',
            state: 'success',
            description: 'Deployed',
            creator: 'moko-bot',
            created_at: at,
          },
        ],
      },
    ];
    const closed = { created_at: at, updated_at: at, closed_at: null };
    repo.alerts = {
      dependabot: [
        {
          number: 1,
          state: 'open',
          severity: 'critical',
          package: 'lodash',
          ecosystem: 'npm',
          manifest: 'package-lock.json',
          ghsa: 'GHSA-aaaa-bbbb-cccc',
          ...closed,
        },
      ],
      codeScanning: [
        {
          number: 1,
          state: 'open',
          rule: 'js/sql-injection',
          severity: 'error',
          security_severity: 'high',
          tool: 'CodeQL',
          ...closed,
        },
      ],
      secretScanning: [
        {
          number: 1,
          state: 'open',
          secret_type: 'github_personal_access_token',
          secret_type_display_name: 'GitHub Personal Access Token',
          ...closed,
        },
      ],
    };
    await hit('GET', `${R}/deployments?environment=production`, { status: 200 });
    await hit('GET', `${R}/deployments/7001/statuses`, { status: 200 });
    await hit('GET', `${R}/dependabot/alerts?state=open&per_page=100`, { status: 200 });
    await hit('GET', '/orgs/moko-demo/dependabot/alerts?state=open&per_page=100', { status: 200 });
    await hit('GET', `${R}/code-scanning/alerts?state=open`, { status: 200 });
    await hit('GET', '/orgs/moko-demo/code-scanning/alerts?state=open&per_page=100', { status: 200 });
    await hit('GET', `${R}/secret-scanning/alerts?state=open`, { status: 200 });
    await hit('GET', '/orgs/moko-demo/secret-scanning/alerts?state=open&per_page=100', { status: 200 });
    await hit('GET', `${R}/actions/runs?created=>=2020-01-01T00:00:00Z&per_page=100`, { status: 200 });

    expect(failures).toEqual([]);
    // The emulator's own response check agrees (it runs on every answer with validateResponses).
    expect(e.violations).toEqual([]);
    const missing = Object.keys(allRoutes).filter((id) => !exercised.has(id));
    expect(missing).toEqual([]);
  });
});
