import { afterAll, describe, expect, it } from 'vitest';
import { cleanup } from '../harness/index.js';
import { type ChaosConfig, runRound } from './round.js';

// The CI configuration of `npm run chaos`: two seeded rounds on a small organization. The full run
// (20 rounds, 200 repositories, timeouts included) is `npm run chaos`; its figures are in the
// closing note of issue 15.

const cfg: ChaosConfig = {
  repos: 12,
  targets: 3,
  faultRate: 0.1,
  // A `timeout` fault costs the client's 30 s timeout; the full run includes it, CI does not.
  kinds: ['500', '502', '503', 'reset'],
  killChance: 0.5,
  maxAttempts: 4,
  secondaryLimit: { perMinute: 300, perHour: 5000 },
};

/**
 * Violations measured and reported to the action's helper, matched here so CI stays green without
 * calling them passing: each is printed on every run that meets it.
 */
const KNOWN_VIOLATIONS: RegExp[] = [];

afterAll(async () => {
  await cleanup();
});

describe('chaos (small configuration)', () => {
  it.each([1, 2])(
    'round with seed %i: no invariant violated, every action succeeds once re-run',
    async (seed) => {
      const r = await runRound(seed, cfg);
      const known = r.violations.filter((v) => KNOWN_VIOLATIONS.some((k) => k.test(v)));
      for (const v of known) console.warn(`known violation (seed ${seed}): ${v}`);
      expect(r.violations.filter((v) => !known.includes(v))).toEqual([]);
      expect(r.failures).toEqual([]);
      expect(r.succeeded).toBe(r.runs);
      expect(r.faults).toBeGreaterThan(0);
    },
    240_000,
  );
});
