import { errorMessage, errorStatus, UserError } from '../core/errors.js';
import { CircuitOpenError } from './circuit-breaker.js';
import { describeNetworkFailure, networkFailure, requestTarget } from './network-failure.js';
import { type ClientPlugin, headersOf } from './request-hook.js';

/** How to fix a token GitHub refuses: the inputs that set it. */
const TOKEN_FIX =
  'set the github-token input to a valid token (the default is the workflow token), or app-id and app-private-key to use a GitHub App';

/** What to check when the API cannot be reached. */
const NETWORK_FIX = "check GITHUB_API_URL and the runner's network or proxy";

/**
 * A refusal or failure of the GitHub API that is not a bug of ours (a bad token, a missing permission,
 * an unknown resource, an unreachable or failing API), as a user error that keeps what callers test:
 * the HTTP `status`, the `response` and `request`, and the original error as `cause`
 * (as release-please's GitHubAPIError keeps its cause and status).
 */
export class GitHubApiError extends UserError {
  override name = 'GitHubApiError';
  readonly status: number | undefined;
  readonly response?: unknown;
  readonly request?: unknown;
  /** The permissions GitHub says would have been accepted (`contents=write`), for a 403. */
  readonly permissions?: string[];

  constructor(message: string, original: unknown, permissions?: string[]) {
    super(message, { cause: original });
    this.status = errorStatus(original);
    if (typeof original === 'object' && original !== null) {
      if ('response' in original) this.response = original.response;
      if ('request' in original) this.request = original.request;
    }
    if (permissions) this.permissions = permissions;
  }
}

/** GitHub's message without the documentation link it appends (`Bad credentials - https://docs…`). */
function githubMessage(error: unknown): string {
  return (errorMessage(error).split('\n')[0] ?? '').replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}

/** True for a 403 or 429 that is a primary or secondary rate limit rather than a missing permission. */
export function isRateLimit(error: unknown): boolean {
  const status = errorStatus(error);
  if (status === 429) return true;
  if (status !== 403) return false;
  const headers = headersOf(error);
  if (String(headers['x-ratelimit-remaining']) === '0' || headers['retry-after'] !== undefined) return true;
  return /rate limit/i.test(errorMessage(error));
}

/**
 * The permission sets GitHub would have accepted, from its X-Accepted-GitHub-Permissions header
 * (`contents=read; pull_requests=write,issues=write`: sets separated by `;`, any one set suffices),
 * rendered as `contents: read`, `pull_requests: write and issues: write`.
 */
export function acceptedPermissions(error: unknown): string[] {
  const raw = headersOf(error)['x-accepted-github-permissions'];
  if (typeof raw !== 'string' || raw.trim() === '') return [];
  return raw
    .split(';')
    .map((set) =>
      set
        .split(',')
        .map((p) => p.trim().replace('=', ': '))
        .filter(Boolean)
        .join(' and '),
    )
    .filter(Boolean);
}

/**
 * The user-facing form of a GitHub failure, or undefined for anything else (left to the caller):
 * 401 names the token inputs, a network failure names the host and the error code, an open circuit
 * breaker names the failure that opened it. With `answers` (the framework's outer net, where nobody
 * handles them any more) also GitHub's answers that callers often handle themselves: a permission 403
 * names the permission, a 404 the resource, and a 5xx after the retries says GitHub is failing.
 */
export function toGitHubApiError(error: unknown, opts: { answers?: boolean } = {}): GitHubApiError | undefined {
  if (error instanceof GitHubApiError) return error;
  if (error instanceof CircuitOpenError) {
    // Its message already names the failure that opened it; add what to check.
    const hint = networkFailure(error.lastFailure) ? NETWORK_FIX : 'see https://www.githubstatus.com';
    return new GitHubApiError(`${error.message.replace(/\.$/, '')}: ${hint}.`, error);
  }
  const status = errorStatus(error);
  const { request } = requestTarget(error);
  const call = request ? ` for ${request}` : '';
  if (status === 401)
    return new GitHubApiError(`GitHub refused the token (401 ${githubMessage(error)})${call}: ${TOKEN_FIX}.`, error);
  if (status === 403 && opts.answers && !isRateLimit(error)) {
    const accepted = acceptedPermissions(error);
    const need = accepted.length
      ? `the token lacks the permission ${accepted.join(', or ')}: grant it in the workflow's permissions: block, or to the GitHub App`
      : 'the token lacks a permission this call needs (docs/permissions.md lists what each action needs)';
    return new GitHubApiError(
      `GitHub refused${call || ' the call'} (403 ${githubMessage(error)}): ${need}.`,
      error,
      accepted,
    );
  }
  if (status === 404 && opts.answers && request)
    return new GitHubApiError(
      `GitHub has nothing at ${request} (404 ${githubMessage(error)}): check the input that names it, and that the token can see it (GitHub answers 404 for what a token may not read).`,
      error,
    );
  const network = networkFailure(error);
  if (network) return new GitHubApiError(`${capitalize(describeNetworkFailure(network))}: ${NETWORK_FIX}.`, error);
  const answered = typeof error === 'object' && error !== null && 'response' in error && error.response;
  if (status !== undefined && status >= 500 && answered && opts.answers)
    return new GitHubApiError(
      `GitHub failed${call} (${status} ${githubMessage(error)}) after retries: see https://www.githubstatus.com and re-run later.`,
      error,
    );
  return undefined;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Outermost client layer: a call that ends in a bad token or an unreachable API (nothing else of the
 * run can work either) rejects with a GitHubApiError (status, response and cause kept), so every action
 * and every per-item report words it the same way. Other answers (403, 404, 5xx) pass unchanged to the
 * callers that handle them; the framework's outer net words whatever escapes.
 */
export function apiErrorsPlugin(): ClientPlugin {
  return (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      try {
        return await request(options);
      } catch (error) {
        throw toGitHubApiError(error) ?? error;
      }
    });
  };
}
