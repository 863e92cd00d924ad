import type { RetryOptions } from '@octokit/plugin-retry';
import { errorStatus } from '../core/errors.js';
import type { Clock } from '../core/clock.js';
import type { ClientPlugin, RequestOptions } from './request-hook.js';

/**
 * Statuses @octokit/plugin-retry leaves alone: its own list (client errors that a retry cannot fix)
 * plus 429, which is a rate limit and belongs to the throttling layer and its `retry-after`.
 */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

/**
 * Options for @octokit/plugin-retry: it decides whether to retry (5xx and network errors, which
 * Octokit reports as status 500) and how often; the wait itself is done by {@link backoffPlugin}
 * on the injected Clock, so the plugin's own delay is 0.
 */
export function retryOptions(retries: number): RetryOptions {
  return { retries: Math.max(0, retries), doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: 0 };
}

/** True when @octokit/plugin-retry will try this error again. */
function retriable(error: unknown): boolean {
  const status = errorStatus(error);
  return status !== undefined && status >= 400 && !DO_NOT_RETRY.includes(status);
}

/**
 * Sleeps before each retry that follows a retriable failure, `baseMs × n²` before the n-th retry
 * (1 s, 4 s, 9 s by default, plugin-retry's own schedule). Sits just inside the retry plugin, which
 * re-enters with the same options object and `request.retryCount` set to the attempt number.
 */
export function backoffPlugin(clock: Clock, baseMs: number): ClientPlugin {
  const failed = new WeakSet<RequestOptions>();
  return (octokit) => {
    octokit.hook.wrap('request', async (request, options) => {
      const attempt = Number(options.request?.retryCount ?? 0);
      if (attempt > 0 && failed.has(options)) {
        failed.delete(options);
        await clock.sleep(baseMs * attempt * attempt);
      }
      try {
        return await request(options);
      } catch (error) {
        if (retriable(error)) failed.add(options);
        throw error;
      }
    });
  };
}
