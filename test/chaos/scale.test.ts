import { afterAll, describe, expect, it } from 'vitest';
import { runScaleBench } from '../../bench/scale/scale.js';
import { scaleTable } from '../../bench/scale/table.js';
import { cleanup } from '../harness/index.js';

// The CI configuration of `npm run bench:scale`: 1,000 repositories, 40 shard jobs two at a time
// under GitHub's secondary limits per token, then metrics-collect and health-check. About four
// minutes on two cores; the 10,000-repository run is `npm run bench:scale`.

afterAll(async () => {
  await cleanup();
});

describe('scale (1,000 repositories)', () => {
  it('plan, 40 shards, merge: every job succeeds, no secondary-limit hit, each changed repository updated', async () => {
    const f = await runScaleBench({
      repos: 1000,
      shards: 40,
      parallel: 2,
      limits: { perMinute: 80, perHour: 500 },
      staleEvery: 10,
    });
    console.log(scaleTable(f));
    for (const p of f.phases) expect(p.ok, p.phase).toMatch(/^(\d+)\/\1$/);
    expect(f.secondaryHits).toBe(0);
    expect(f.violations).toBe(0);
    expect(Number(f.merged.updated)).toBe(f.changed);
    expect(f.merged.failed).toBe('0');
    // Reads stay batched: a few requests per repository at most, whatever the size.
    // health-check reads each repository's compliance (files, protection, settings): a few requests each.
    for (const p of f.phases) expect(p.requests / f.repos, p.phase).toBeLessThan(p.phase === 'health-check' ? 5 : 1);
  }, 900_000);
});
