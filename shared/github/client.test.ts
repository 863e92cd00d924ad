import { describe, expect, it } from 'vitest';
import { ConfigError } from '../core/errors.js';
import { graphqlUrlFor } from './endpoints.js';
import { sample, TEST_API, testClient } from '../../test/support/fakes/test-client.js';

const page = (n: number, last = 3) => ({
  status: 200,
  headers: {
    link: [
      n < last ? `<${TEST_API}/repos/o/r/issues?per_page=2&page=${n + 1}>; rel="next"` : '',
      `<${TEST_API}/repos/o/r/issues?per_page=2&page=${last}>; rel="last"`,
    ]
      .filter(Boolean)
      .join(', '),
  },
  body: [{ number: 2 * n - 1 }, { number: 2 * n }],
});

describe('createGitHubClient', () => {
  it('follows Link headers page by page with .paginate', async () => {
    const { client, script } = testClient([page(1), page(2), page(3)]);
    const issues = await client.paginate('GET /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r', per_page: 2 });
    expect(issues.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(script.lines()).toEqual([
      `GET ${TEST_API}/repos/o/r/issues?per_page=2`,
      `GET ${TEST_API}/repos/o/r/issues?per_page=2&page=2`,
      `GET ${TEST_API}/repos/o/r/issues?per_page=2&page=3`,
    ]);
  });

  it('counts calls by route template and status, and tracks x-ratelimit-remaining', async () => {
    const { client, metrics } = testClient([
      { status: 200, headers: { 'x-ratelimit-remaining': '4321', 'x-ratelimit-resource': 'core' }, body: {} },
      { status: 404, headers: { 'x-ratelimit-remaining': '4320', 'x-ratelimit-resource': 'core' }, body: {} },
    ]);
    await client.rest.repos.get({ owner: 'o', repo: 'r' });
    await client.rest.repos.get({ owner: 'o', repo: 'missing' }).catch(() => undefined);
    const route = 'route="GET /repos/{owner}/{repo}"';
    expect(await sample(metrics, `moko_github_requests_total{${route},status="200"}`)).toBe(1);
    expect(await sample(metrics, `moko_github_requests_total{${route},status="404"}`)).toBe(1);
    expect(await sample(metrics, `moko_github_request_duration_seconds_count{${route}}`)).toBe(2);
    expect(await sample(metrics, 'moko_github_rate_limit_remaining{resource="core"}')).toBe(4320);
    expect(client.moko.stats()).toEqual({
      requests: 2,
      attempts: 2,
      byStatus: { '200': 1, '404': 1 },
      cacheHits: 0,
      rateLimitRemaining: 4320,
    });
  });

  it('labels pagination pages by path with numeric segments folded', async () => {
    const { client, metrics } = testClient([
      { status: 200, headers: { link: `<${TEST_API}/repositories/42/issues?page=2>; rel="next"` }, body: [] },
      { status: 200, body: [] },
    ]);
    await client.paginate('GET /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r' });
    expect(
      await sample(metrics, 'moko_github_requests_total{route="GET /repositories/{id}/issues",status="200"}'),
    ).toBe(1);
  });

  it('sends REST to GITHUB_API_URL and GraphQL to GITHUB_GRAPHQL_URL (GitHub Enterprise Server)', async () => {
    const { client, script } = testClient(
      [
        { status: 200, body: { full_name: 'o/r' } },
        { status: 200, body: { data: { viewer: { login: 'octocat' } } } },
      ],
      {
        apiUrl: undefined,
        env: { GITHUB_API_URL: 'https://ghe.example/api/v3', GITHUB_GRAPHQL_URL: 'https://ghe.example/custom/graphql' },
      },
    );
    await client.rest.repos.get({ owner: 'o', repo: 'r' });
    const data = await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    expect(data.viewer.login).toBe('octocat');
    expect(script.lines()).toEqual([
      'GET https://ghe.example/api/v3/repos/o/r',
      'POST https://ghe.example/custom/graphql',
    ]);
    expect(JSON.parse(script.log[1]?.body ?? '{}')).toEqual({ query: 'query { viewer { login } }' });
  });

  it('derives the GraphQL endpoint from an explicit apiUrl, ignoring the environment', async () => {
    const { client, script } = testClient([{ status: 200, body: { data: {} } }], {
      apiUrl: 'https://ghe.example/api/v3/',
      env: { GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql' },
    });
    await client.graphql('query { viewer { login } }');
    expect(script.lines()).toEqual(['POST https://ghe.example/api/graphql']);
  });

  it('defaults to api.github.com', async () => {
    const { client, script } = testClient([{ status: 200, body: {} }], { apiUrl: undefined, env: {} });
    await client.request('GET /rate_limit');
    expect(script.lines()).toEqual(['GET https://api.github.com/rate_limit']);
    expect(script.log[0]?.headers.authorization).toBe('token ghs_unit_test_token');
  });

  it('refuses an empty token with a ConfigError', () => {
    expect(() => testClient([], { token: '' })).toThrow(ConfigError);
  });

  it('maps REST bases to GraphQL endpoints', () => {
    expect(graphqlUrlFor('https://api.github.com')).toBe('https://api.github.com/graphql');
    expect(graphqlUrlFor('https://ghe.example/api/v3')).toBe('https://ghe.example/api/graphql');
    expect(graphqlUrlFor('http://127.0.0.1:4000/')).toBe('http://127.0.0.1:4000/graphql');
  });
});
