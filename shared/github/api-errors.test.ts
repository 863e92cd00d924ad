import { describe, expect, it } from 'vitest';
import { isUserError } from '../core/errors.js';
import { testClient } from '../../test/support/fakes/test-client.js';
import { acceptedPermissions, GitHubApiError, toGitHubApiError } from './api-errors.js';

const repo = (client: ReturnType<typeof testClient>['client']) =>
  client.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r' }).then(
    () => new Error('expected a failure'),
    (e: unknown) => e as Error,
  );

describe('GitHub refusals as user errors', () => {
  it('401: names the token inputs, keeps the status and the original error', async () => {
    const { client } = testClient([{ status: 401, body: { message: 'Bad credentials' } }]);
    const error = await repo(client);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(isUserError(error)).toBe(true);
    expect(error.message).toBe(
      'GitHub refused the token (401 Bad credentials) for GET /repos/o/r: set the github-token input to a valid token ' +
        '(the default is the workflow token), or app-id and app-private-key to use a GitHub App.',
    );
    expect((error as GitHubApiError).status).toBe(401);
    expect(error.cause).toMatchObject({ status: 401, name: 'HttpError' });
  });

  it('403 with X-Accepted-GitHub-Permissions: the outer net names the permission to grant', async () => {
    const { client } = testClient([
      {
        status: 403,
        headers: { 'x-accepted-github-permissions': 'contents=write', 'x-ratelimit-remaining': '4999' },
        body: { message: 'Resource not accessible by integration' },
      },
    ]);
    const answer = await repo(client);
    expect(answer).not.toBeInstanceOf(GitHubApiError); // callers may handle a 403 themselves
    const error = toGitHubApiError(answer, { answers: true })!;
    expect(error.message).toBe(
      "GitHub refused for GET /repos/o/r (403 Resource not accessible by integration): the token lacks the permission contents: write: grant it in the workflow's permissions: block, or to the GitHub App.",
    );
    expect(error.status).toBe(403);
    expect(error.permissions).toEqual(['contents: write']);
  });

  it('403 without the header still says it is a permission, and points at the table', async () => {
    const { client } = testClient([{ status: 403, body: { message: 'Must have admin rights to Repository.' } }]);
    const error = toGitHubApiError(await repo(client), { answers: true })!;
    expect(error.message).toContain('(403 Must have admin rights to Repository.): the token lacks a permission');
    expect(error.message).toContain('docs/permissions.md');
  });

  it('a 403 rate limit is left to the throttling layer, not called a permission problem', () => {
    const limited = Object.assign(new Error('API rate limit exceeded for installation'), {
      status: 403,
      response: { headers: { 'x-ratelimit-remaining': '0' } },
    });
    const secondary = Object.assign(new Error('You have exceeded a secondary rate limit'), {
      status: 403,
      response: { headers: {} },
    });
    expect(toGitHubApiError(limited, { answers: true })).toBeUndefined();
    expect(toGitHubApiError(secondary, { answers: true })).toBeUndefined();
  });

  it('reads alternative permission sets the way GitHub writes them', () => {
    const error = {
      status: 403,
      response: { headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write,contents=read' } },
    };
    expect(acceptedPermissions(error)).toEqual(['issues: write', 'pull_requests: write and contents: read']);
  });

  it('404: passes through the client unchanged (callers expect it); the outer net names the resource', async () => {
    const { client } = testClient([{ status: 404, body: { message: 'Not Found' } }]);
    const error = await repo(client);
    expect(error).not.toBeInstanceOf(GitHubApiError);
    expect(toGitHubApiError(error)).toBeUndefined();
    const named = toGitHubApiError(error, { answers: true });
    expect(named?.message).toBe(
      'GitHub has nothing at GET /repos/o/r (404 Not Found): check the input that names it, and that the token can see it (GitHub answers 404 for what a token may not read).',
    );
    expect(named?.status).toBe(404);
  });

  it('a network failure names the host and the error code', async () => {
    const { client } = testClient([{ networkError: 'getaddrinfo ENOTFOUND api.test', code: 'ENOTFOUND' }], {
      retries: 0,
    });
    const error = await repo(client);
    expect(error.message).toBe(
      "Could not reach the GitHub API at api.test:443 (ENOTFOUND: host name not found) for GET /repos/o/r: check GITHUB_API_URL and the runner's network or proxy.",
    );
  });

  it('a GitHub 5xx after the retries is GitHub failing, not our bug', async () => {
    const { client } = testClient([{ status: 502, body: { message: 'Bad Gateway' } }], { retries: 0 });
    const error = toGitHubApiError(await repo(client), { answers: true })!;
    expect(isUserError(error)).toBe(true);
    expect(error.message).toMatch(/^GitHub failed for GET \/repos\/o\/r \(502 Bad Gateway\) after retries/);
  });

  it('anything else is not mapped (a bug of ours stays a bug)', () => {
    const answers = { answers: true };
    expect(toGitHubApiError(new TypeError('x is undefined'), answers)).toBeUndefined();
    expect(toGitHubApiError(Object.assign(new Error('Validation Failed'), { status: 422 }), answers)).toBeUndefined();
  });
});
