import { afterEach } from 'vitest';
import { recordingLogger } from '../support/fakes/recording-logger.js';
import { manualClock } from '../../shared/core/clock.js';
import { createGitHubClient, type GitHubClientOptions } from '../../shared/github/client.js';
import { Metrics } from '../../shared/metrics/metrics.js';
import { DEFAULT_TOKEN, type Emulator, type EmulatorOptions, startEmulator } from '../emulator/index.js';

/**
 * An emulator and a client sharing one manual clock (starting at the real time, which the
 * throttling plugin reads for `x-ratelimit-reset`): when the client waits out a limit, the
 * emulator's window moves on by the same amount, and no test sleeps for real.
 */
export async function emulatorAndClient(
  emulatorOpts: EmulatorOptions = {},
  clientOpts: Partial<GitHubClientOptions> = {},
) {
  const clock = manualClock(Date.now());
  const { faults } = emulatorOpts;
  const emulator = await startEmulator({
    repos: 7,
    clock,
    ...emulatorOpts,
    ...(faults ? { faults: { ...faults, rate: 0 } } : {}),
  });
  // The emulator loads GitHub's OpenAPI description on its first REST request, which can outlast a
  // short client timeout; warm it up with no faults (rate 0 draws nothing from the seeded injector),
  // then clear the log and switch the faults on.
  await fetch(`${emulator.url}/rate_limit`, { headers: { authorization: `token ${DEFAULT_TOKEN}` } });
  emulator.reset();
  if (faults) emulator.setFaultRate(faults.rate);
  const logger = recordingLogger();
  const metrics = new Metrics();
  const client = createGitHubClient({
    token: DEFAULT_TOKEN,
    apiUrl: emulator.url,
    graphqlUrl: emulator.graphqlUrl,
    logger,
    metrics,
    clock,
    env: {},
    throttle: { writeSpacingMs: 0 },
    timeoutMs: 5_000,
    ...clientOpts,
  });
  return { emulator, client, clock, logger, metrics };
}

/** The emulator's log as `METHOD path status` lines, the shape the tests compare. */
export function logLines(emulator: Emulator): string[] {
  return emulator.requests.map((r) => `${r.method} ${r.path} ${r.status}`);
}

/**
 * For a test file: returns `setup`, which starts an emulator and a client for one test, and closes
 * that emulator after each test.
 */
export function emulatorPerTest(): typeof emulatorAndClient {
  let emulator: Emulator | undefined;
  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });
  return async (...args) => {
    const s = await emulatorAndClient(...args);
    emulator = s.emulator;
    return s;
  };
}
