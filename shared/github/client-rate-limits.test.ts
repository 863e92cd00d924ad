import { describe, expect, it } from 'vitest';
import { errorStatus } from '../core/errors.js';
import { RequestTimeoutError } from './transport.js';
import { TEST_API, testClient } from '../../test/support/fakes/test-client.js';

const REPO = `GET ${TEST_API}/repos/o/r`;
const ok = { status: 200, body: { full_name: 'o/r' } };
const SECONDARY = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

describe('primary rate limit', () => {
  it('waits until x-ratelimit-reset (plus one second) and retries once', async () => {
    const reset = Math.floor(Date.now() / 1000) + 30;
    const { client, script, clock, logger } = testClient([
      {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
        body: { message: 'API rate limit exceeded' },
      },
      ok,
    ]);
    const res = await client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' });
    expect(res.data).toEqual({ full_name: 'o/r' });
    expect(script.lines()).toEqual([REPO, REPO]);
    // 30 s to the reset plus one (the plugin rounds up from Date.now(), so 29.x s reads as 30).
    expect(clock.slept).toHaveLength(1);
    expect([30_000, 31_000]).toContain(clock.slept[0]);
    expect(logger.lines.some((l) => l.startsWith('warning: GitHub API primary rate limit on GET'))).toBe(true);
  });

  it('gives up with the 403 once maxRetries is spent', async () => {
    const limited = {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 5) },
      body: { message: 'API rate limit exceeded' },
    };
    const { client, script } = testClient([limited, limited], { throttle: { maxRetries: 1, writeSpacingMs: 0 } });
    const error = await client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }).catch((e) => e);
    expect(errorStatus(error)).toBe(403);
    expect(script.lines()).toEqual([REPO, REPO]);
  });

  it('does not wait longer than maxWaitMs', async () => {
    const { client, script, clock } = testClient(
      [
        {
          status: 403,
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) },
          body: { message: 'API rate limit exceeded' },
        },
      ],
      { throttle: { maxWaitMs: 60_000, writeSpacingMs: 0 } },
    );
    const error = await client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }).catch((e) => e);
    expect(errorStatus(error)).toBe(403);
    expect(script.lines()).toEqual([REPO]);
    expect(clock.slept).toEqual([]);
  });
});

describe('GraphQL rate limit', () => {
  it('retries a RATE_LIMITED GraphQL answer after the reset, also on a GHES /api/v3 base', async () => {
    const reset = Math.floor(Date.now() / 1000) + 10;
    const { client, script, clock } = testClient(
      [
        {
          status: 200,
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
          body: { data: null, errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded' }] },
        },
        { status: 200, body: { data: { viewer: { login: 'octocat' } } } },
      ],
      { apiUrl: 'https://ghe.example/api/v3' },
    );
    const data = await client.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    expect(data.viewer.login).toBe('octocat');
    expect(script.lines()).toEqual(['POST https://ghe.example/api/graphql', 'POST https://ghe.example/api/graphql']);
    expect([10_000, 11_000]).toContain(clock.slept[0]);
  });
});

describe('secondary rate limit', () => {
  const create = `POST ${TEST_API}/repos/o/r/issues`;
  const createIssue = (client: ReturnType<typeof testClient>['client']) =>
    client.request('POST /repos/{owner}/{repo}/issues', { owner: 'o', repo: 'r', title: 't' });

  it('waits the retry-after seconds of a 403 and retries', async () => {
    const { client, script, clock } = testClient([
      { status: 403, headers: { 'retry-after': '7' }, body: { message: SECONDARY } },
      { status: 201, body: { number: 1 } },
    ]);
    expect((await createIssue(client)).status).toBe(201);
    expect(script.lines()).toEqual([create, create]);
    expect(clock.slept).toEqual([7_000]);
  });

  it('waits the retry-after seconds of a 429 and retries (plugin-retry leaves 429 alone)', async () => {
    const { client, script, clock } = testClient([
      { status: 429, headers: { 'retry-after': '3' }, body: { message: SECONDARY } },
      { status: 201, body: { number: 1 } },
    ]);
    expect((await createIssue(client)).status).toBe(201);
    expect(script.lines()).toEqual([create, create]);
    expect(clock.slept).toEqual([3_000]);
  });

  it('doubles the wait when the limit is hit again, and waits 60 s without retry-after', async () => {
    const { client, script, clock } = testClient([
      { status: 403, headers: { 'retry-after': '2' }, body: { message: SECONDARY } },
      { status: 403, headers: { 'retry-after': '2' }, body: { message: SECONDARY } },
      { status: 403, body: { message: SECONDARY } },
      { status: 201, body: { number: 1 } },
    ]);
    expect((await createIssue(client)).status).toBe(201);
    expect(script.lines()).toEqual([create, create, create, create]);
    expect(clock.slept).toEqual([2_000, 4_000, 240_000]);
  });
});

describe('5xx and network errors', () => {
  it('retries 502 twice then succeeds, backing off 1 s then 4 s on the clock', async () => {
    const { client, script, clock } = testClient([
      { status: 502, body: { message: 'Bad Gateway' } },
      { status: 502, body: { message: 'Bad Gateway' } },
      ok,
    ]);
    const res = await client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' });
    expect(res.status).toBe(200);
    expect(script.lines()).toEqual([REPO, REPO, REPO]);
    expect(clock.slept).toEqual([1_000, 4_000]);
    expect(client.moko.stats()).toMatchObject({ requests: 1, attempts: 3, byStatus: { '200': 1 } });
  });

  it('retries a connection reset', async () => {
    const { client, script } = testClient([{ networkError: 'ECONNRESET' }, ok]);
    expect((await client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' })).status).toBe(200);
    expect(script.lines()).toEqual([REPO, REPO]);
  });

  it('fails after `retries` retries with the last 5xx', async () => {
    const bad = { status: 503, body: { message: 'Service Unavailable' } };
    const { client, script } = testClient([bad, bad, bad], { retries: 2 });
    const error = await client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }).catch((e) => e);
    expect(errorStatus(error)).toBe(503);
    expect(script.lines()).toEqual([REPO, REPO, REPO]);
  });

  it('does not retry 4xx user errors', async () => {
    const { client, script, clock } = testClient([{ status: 404, body: { message: 'Not Found' } }]);
    const error = await client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }).catch((e) => e);
    expect(errorStatus(error)).toBe(404);
    expect(script.lines()).toEqual([REPO]);
    expect(clock.slept).toEqual([]);
  });

  it('turns a silent connection into a retried RequestTimeoutError', async () => {
    const { client, script } = testClient([{ hang: true }, { hang: true }], { retries: 1, timeoutMs: 20 });
    const error = await client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }).catch((e) => e);
    expect(error.cause).toBeInstanceOf(RequestTimeoutError);
    expect(error.message).toMatch(
      /^Could not reach the GitHub API at api\.test:443 \(TIMEOUT: no answer within the timeout\)/,
    );
    expect(script.lines()).toEqual([REPO, REPO]);
  });

  it('takes a per-call timeout from request.timeoutMs', async () => {
    const { client, script } = testClient([{ hang: true }], { retries: 0, timeoutMs: 60_000 });
    const error = await client
      .request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r', request: { timeoutMs: 20 } })
      .catch((e) => e);
    expect(error.cause).toBeInstanceOf(RequestTimeoutError);
    expect((error.cause as RequestTimeoutError).message).toBe(
      'GitHub API GET /repos/{owner}/{repo} got no answer within 20 ms.',
    );
    expect(script.lines()).toEqual([REPO]);
  });
});
