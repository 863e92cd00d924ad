import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordingLogger } from '../support/fakes/recording-logger.js';
import { bulkApiOf } from '../../actions/bulk-update/src/engine/api.js';
import { parseBulkConfig } from '../../actions/bulk-update/src/engine/config.js';
import { runBulk } from '../../actions/bulk-update/src/engine/run-bulk.js';
import type { Clock } from '../../shared/core/clock.js';
import { createGitHubClient } from '../../shared/github/client.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { ORG, ourPulls, targetNames } from './bulk-update-helpers.js';

// Simulated time 300x faster than real time, shared by the emulator's limiter, the client and the pacer,
// so a one-minute retry-after passes in 0.2 s.
function fastClock(factor = 300): Clock {
  const start = Date.now();
  return {
    now: () => start + (Date.now() - start) * factor,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms / factor)),
  };
}

let em: Emulator | undefined;
afterAll(async () => {
  await em?.close();
});

describe('bulk-update under the secondary rate limit (engine against the emulator)', () => {
  it('configured faster than GitHub allows, it waits out retry-after and still updates every repository', async () => {
    const clock = fastClock();
    em = await startEmulator({ repos: 8, seed: 3, clock, secondaryLimit: { perMinute: 6, perHour: 500 } });
    const names = targetNames(em, 5);
    const ws = mkdtempSync(join(tmpdir(), 'bulk-limits-'));
    writeFileSync(join(ws, 'SECURITY.md'), '# Security\n');
    const config = parseBulkConfig({
      selection: { names },
      operations: [{ type: 'files', files: [{ source: 'SECURITY.md' }] }],
      pacing: { perMinute: 600, perHour: 5000, concurrency: 3 },
    });
    const logger = recordingLogger();
    const client = createGitHubClient({
      token: 'ghs_emulator',
      apiUrl: em.url,
      graphqlUrl: em.graphqlUrl,
      logger,
      clock,
      throttle: { writeSpacingMs: 0, maxRetries: 10 },
    });
    const report = await runBulk({
      api: bulkApiOf(client),
      config,
      org: ORG,
      workspace: ws,
      shard: { index: 1, count: 1 },
      dryRun: false,
      runId: '1',
      runAttempt: 1,
      clock,
      logger,
    });
    expect(em.secondaryLimitHits()).toBeGreaterThan(0);
    expect(report.counts).toEqual({ updated: 5, unchanged: 0, skipped: 0, failed: 0 });
    for (const n of names) expect(ourPulls(em, n)).toHaveLength(1);
  });
});
