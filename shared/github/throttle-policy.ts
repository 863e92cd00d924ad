import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import type { Logger } from '../core/logger.js';
import type { Clock } from '../core/clock.js';

/** Bounds on how @octokit/plugin-throttling may wait for GitHub's rate limits. */
export interface ThrottleSettings {
  /** Retries of one request after a primary or secondary limit. Default 3. */
  maxRetries?: number;
  /** Longest single wait; a longer reset or `retry-after` fails the request instead. Default 15 min. */
  maxWaitMs?: number;
  /**
   * Minimum spacing of writes, GraphQL and search calls for this client alone. Unset: the plugin's
   * process-wide groups (1 s between writes, as GitHub asks for mutative requests:
   * https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#pause-between-mutative-requests).
   * Tests set 0.
   */
  writeSpacingMs?: number;
}

type LimitKind = 'primary' | 'secondary';

/**
 * Options for @octokit/plugin-throttling. The plugin detects both limits and computes the wait
 * (primary: until `x-ratelimit-reset` plus one second; secondary: `retry-after`, else 60 s, per
 * https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit
 * and https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#handle-rate-limit-errors-appropriately).
 * We do the waiting ourselves on the injected Clock, so tests never sleep for real, and set the
 * plugin's own delay (`retryAfterBaseValue`) to 0. Repeated secondary limits double the wait, as
 * that page asks ("wait for an exponentially increasing amount of time between retries").
 */
export function throttleOptions(settings: ThrottleSettings, logger: Logger, clock: Clock): ThrottlingOptions {
  const maxRetries = Math.max(0, settings.maxRetries ?? 3);
  const maxWaitMs = Math.max(0, settings.maxWaitMs ?? 15 * 60_000);
  const handler =
    (kind: LimitKind) =>
    async (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const waitMs = retryAfter * 1000 * (kind === 'secondary' ? 2 ** retryCount : 1);
      const what = `GitHub API ${kind} rate limit on ${options.method} ${options.url}`;
      if (retryCount >= maxRetries) {
        logger.warning(`${what}: giving up after ${retryCount} retries.`);
        return false;
      }
      if (waitMs > maxWaitMs) {
        logger.warning(`${what}: the wait of ${Math.ceil(waitMs / 1000)} s exceeds ${maxWaitMs / 1000} s; giving up.`);
        return false;
      }
      logger.warning(`${what}: waiting ${Math.ceil(waitMs / 1000)} s before retry ${retryCount + 1} of ${maxRetries}.`);
      await clock.sleep(waitMs);
      return true;
    };
  const options: ThrottlingOptions = {
    onRateLimit: handler('primary'),
    onSecondaryRateLimit: handler('secondary'),
    retryAfterBaseValue: 0,
  };
  if (settings.writeSpacingMs !== undefined) {
    const group = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: settings.writeSpacingMs });
    options.write = group();
    options.search = group();
    options.notifications = group();
  }
  return options;
}
