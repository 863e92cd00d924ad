import { recordingLogger } from './recording-logger.js';
import { manualClock } from '../../../shared/core/clock.js';
import { Metrics } from '../../../shared/metrics/metrics.js';
import { createGitHubClient, type GitHubClientOptions } from '../../../shared/github/client.js';
import { type ScriptedStep, scriptedFetch } from './scripted-fetch.js';

/** The REST base URL unit tests use. */
export const TEST_API = 'https://api.test';

/**
 * A client over a scripted fetch, for tests: manual clock starting at the real time (the throttling
 * plugin reads `Date.now()` for `x-ratelimit-reset`), a recording logger, its own metrics registry,
 * and per-client write queues without spacing.
 */
export function testClient(steps: ScriptedStep[], overrides: Partial<GitHubClientOptions> = {}) {
  const script = scriptedFetch(steps);
  const clock = manualClock(Date.now());
  const logger = recordingLogger();
  const metrics = new Metrics();
  const client = createGitHubClient({
    token: 'ghs_unit_test_token',
    apiUrl: TEST_API,
    logger,
    clock,
    metrics,
    fetch: script.fetch,
    env: {},
    throttle: { writeSpacingMs: 0 },
    ...overrides,
  });
  return { script, clock, logger, metrics, client };
}

/** The value of one sample in Prometheus text, or undefined. */
export async function sample(metrics: Metrics, line: string): Promise<number | undefined> {
  const text = await metrics.prometheus();
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}
