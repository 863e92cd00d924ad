import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../test/support/fakes/recording-logger.js';
import { manualClock } from '../core/clock.js';
import { GitHubApiError, toGitHubApiError } from './api-errors.js';
import { CircuitBreaker, CircuitOpenError } from './circuit-breaker.js';
import { Metrics } from '../metrics/metrics.js';
import { sample, TEST_API, testClient } from '../../test/support/fakes/test-client.js';

const REPO = `GET ${TEST_API}/repos/o/r`;
const fail = { status: 500, body: { message: 'Internal Server Error' } };
const ok = { status: 200, body: { full_name: 'o/r' } };
const breaker = { failureThreshold: 2, resetAfterMs: 1_000 };

describe('circuit breaker in the client', () => {
  const get = (client: ReturnType<typeof testClient>['client']) =>
    client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }).catch((e: unknown) => e);

  it('goes closed → open → half-open → closed, failing fast without requests while open', async () => {
    const { client, script, clock, metrics, logger } = testClient([fail, fail, ok], { retries: 0, breaker });
    const state = () => sample(metrics, 'moko_github_circuit_state');
    expect(client.moko.breaker.state).toBe('closed');
    expect(await state()).toBe(0);
    await get(client);
    expect(client.moko.breaker.state).toBe('closed');
    await get(client);
    expect(client.moko.breaker.state).toBe('open');
    expect(await state()).toBe(2);

    const refused = await get(client);
    // The client hands the user a GitHubApiError naming the failure; the breaker's refusal is its cause.
    expect(refused).toBeInstanceOf(GitHubApiError);
    expect((refused as GitHubApiError).cause).toBeInstanceOf(CircuitOpenError);
    expect((refused as GitHubApiError).message).toMatch(
      /the last one: HTTP 500: Internal Server Error; requests fail fast until .*: see https:\/\/www\.githubstatus\.com\.$/,
    );
    expect(script.lines()).toEqual([REPO, REPO]); // the refused call never left the process

    clock.advance(1_000);
    expect(client.moko.breaker.state).toBe('half-open');
    expect(await state()).toBe(1);
    const probe = await get(client);
    expect(probe).toMatchObject({ status: 200 });
    expect(client.moko.breaker.state).toBe('closed');
    expect(await state()).toBe(0);
    expect(script.lines()).toEqual([REPO, REPO, REPO]);
    expect(client.moko.stats().byStatus).toEqual({ '500': 2, circuit_open: 1, '200': 1 });
    expect(logger.lines).toContain(
      'warning: GitHub API circuit breaker closed -> open after 2 consecutive failures; retry in 1000 ms',
    );
  });

  it('re-opens when the half-open probe fails', async () => {
    const { client, script, clock } = testClient([fail, fail, fail], { retries: 0, breaker });
    await get(client);
    await get(client);
    clock.advance(1_000);
    expect(client.moko.breaker.state).toBe('half-open');
    expect(await get(client)).toMatchObject({ status: 500 });
    expect(client.moko.breaker.state).toBe('open');
    expect(((await get(client)) as Error).cause).toBeInstanceOf(CircuitOpenError);
    expect(script.lines()).toEqual([REPO, REPO, REPO]);
    // Each opening is counted, the re-opening after the failed probe too (health-check reports it).
    expect(client.moko.breaker.openings).toBe(2);
  });

  it('counts each opening in moko_github_circuit_openings_total', async () => {
    const metrics = new Metrics();
    const { client, clock } = testClient([fail, fail, fail], { retries: 0, breaker, metrics });
    await get(client);
    await get(client);
    clock.advance(1_000);
    await get(client);
    expect(await metrics.prometheus()).toContain('moko_github_circuit_openings_total 2');
  });

  it('stops retries once open: the retry attempt fails fast instead of reaching GitHub', async () => {
    // resetAfterMs longer than the backoff sleeps, which advance the manual clock.
    const { client, script } = testClient([fail, fail], {
      retries: 3,
      breaker: { failureThreshold: 2, resetAfterMs: 60_000 },
    });
    expect(((await get(client)) as Error).cause).toBeInstanceOf(CircuitOpenError);
    expect(script.lines()).toEqual([REPO, REPO]);
  });

  it('does not count 4xx answers as failures', async () => {
    const notFound = { status: 404, body: { message: 'Not Found' } };
    const { client } = testClient([notFound, notFound, notFound], { retries: 0, breaker });
    for (let i = 0; i < 3; i++) await get(client);
    expect(client.moko.breaker.state).toBe('closed');
    expect(client.moko.breaker.failures).toBe(0);
  });

  it('counts network errors as failures', async () => {
    const reset = { networkError: 'ECONNRESET' };
    const { client } = testClient([reset, reset], { retries: 0, breaker });
    await get(client);
    await get(client);
    expect(client.moko.breaker.state).toBe('open');
  });
});

describe('CircuitBreaker', () => {
  it('lets exactly one probe through while half-open', async () => {
    const clock = manualClock();
    const b = new CircuitBreaker(clock, { failureThreshold: 1, resetAfterMs: 10 }, recordingLogger());
    await b.run(() => Promise.reject(Object.assign(new Error('boom'), { status: 503 }))).catch(() => undefined);
    expect(b.state).toBe('open');
    clock.advance(10);
    let release: (v: string) => void = () => {};
    const probe = b.run(() => new Promise<string>((r) => (release = r)));
    await expect(b.run(async () => 'second')).rejects.toBeInstanceOf(CircuitOpenError);
    release('done');
    expect(await probe).toBe('done');
    expect(b.state).toBe('closed');
  });

  it('says when it will let requests through again', async () => {
    const clock = manualClock(Date.UTC(2026, 0, 1));
    const b = new CircuitBreaker(clock, { failureThreshold: 1, resetAfterMs: 60_000 });
    await b.run(() => Promise.reject(Object.assign(new Error('Bad Gateway'), { status: 502 }))).catch(() => undefined);
    const error = await b.run(async () => 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CircuitOpenError);
    expect((error as CircuitOpenError).message).toBe(
      'GitHub API circuit breaker is open after 1 consecutive failed requests (5xx or network errors), ' +
        'the last one: HTTP 502: Bad Gateway; requests fail fast until 2026-01-01T00:01:00.000Z.',
    );
  });

  it('names the network failure that opened it (host and error code) and keeps it as the cause', async () => {
    const clock = manualClock(Date.UTC(2026, 0, 1));
    const b = new CircuitBreaker(clock, { failureThreshold: 1, resetAfterMs: 60_000 });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8443'), { code: 'ECONNREFUSED' });
    // As @octokit/request reports a failed fetch: status 500, no response, the fetch error as cause.
    const fetchFailed = Object.assign(
      new Error('fetch failed', { cause: new TypeError('fetch failed', { cause: refused }) }),
      {
        status: 500,
        request: { method: 'GET', url: 'https://ghe.example:8443/api/v3/rate_limit' },
      },
    );
    await b.run(() => Promise.reject(fetchFailed)).catch(() => undefined);
    const error = (await b.run(async () => 'x').catch((e: unknown) => e)) as CircuitOpenError;
    expect(error.cause).toBe(fetchFailed);
    expect(error.message).toContain(
      'the last one: could not reach the GitHub API at ghe.example:8443 (ECONNREFUSED: connection refused) for GET /api/v3/rate_limit',
    );
    expect(toGitHubApiError(error)?.message).toMatch(/check GITHUB_API_URL and the runner's network or proxy\.$/);
  });
});
