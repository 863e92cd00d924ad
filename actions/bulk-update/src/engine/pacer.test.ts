import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../../test/support/fakes/recording-logger.js';
import { manualClock } from '../../../../shared/core/clock.js';
import { ContentPacer, pacingFloorMs, rateLimitWait } from './pacer.js';

function secondaryLimit(retryAfter?: number) {
  return Object.assign(new Error('You have exceeded a secondary rate limit.'), {
    status: 403,
    response: { headers: retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) } },
  });
}

describe('ContentPacer', () => {
  it('spaces content-creating requests one every 60s/perMinute on the injected clock', async () => {
    const clock = manualClock(0);
    const pacer = new ContentPacer({ perMinute: 80, perHour: 500, clock, headroom: 1 });
    const at: number[] = [];
    for (let i = 0; i < 5; i++) await pacer.run(async () => at.push(clock.now()));
    expect(at).toEqual([0, 750, 1500, 2250, 3000]);
  });

  it('keeps 5% headroom by default', async () => {
    const pacer = new ContentPacer({ perMinute: 60, perHour: 500, clock: manualClock(0) });
    expect(pacer.intervalMs).toBeCloseTo(1052.6, 1);
  });

  it('keeps any sliding hour under perHour', async () => {
    const clock = manualClock(0);
    const pacer = new ContentPacer({ perMinute: 600, perHour: 3, clock, headroom: 1 });
    const at: number[] = [];
    for (let i = 0; i < 4; i++) await pacer.run(async () => at.push(clock.now()));
    expect(at).toEqual([0, 100, 200, 3_600_000]);
  });

  it('gives concurrent callers distinct slots', async () => {
    const clock = manualClock(0);
    const pacer = new ContentPacer({ perMinute: 60, perHour: 500, clock, headroom: 1 });
    await Promise.all([1, 2, 3].map(() => pacer.run(async () => undefined)));
    // The manual clock moves as each caller sleeps: slots at 0, 1000 and 2000.
    expect(clock.slept).toEqual([1000, 1000]);
    expect(clock.now()).toBe(2000);
  });

  it('on a secondary limit waits retry-after, retries, and slows down', async () => {
    const clock = manualClock(0);
    const logger = recordingLogger();
    const pacer = new ContentPacer({ perMinute: 60, perHour: 500, clock, logger, headroom: 1 });
    let calls = 0;
    const out = await pacer.run(async () => {
      calls++;
      if (calls === 1) throw secondaryLimit(30);
      return clock.now();
    });
    expect(out).toBe(30_000);
    expect(pacer.stats.secondaryLimitHits).toBe(1);
    expect(pacer.intervalMs).toBe(1500);
    expect(logger.lines).toContain(
      'warning: Secondary rate limit: pausing writes for 30s, then resuming at a slower pace.',
    );
  });

  it('gives up after maxRetries and rethrows other errors at once', async () => {
    const clock = manualClock(0);
    const pacer = new ContentPacer({ perMinute: 60, perHour: 500, clock, maxRetries: 1 });
    await expect(pacer.run(async () => Promise.reject(secondaryLimit()))).rejects.toThrow(/secondary rate limit/);
    expect(pacer.stats.secondaryLimitHits).toBe(1);
    const notFound = Object.assign(new Error('Not Found'), { status: 404 });
    await expect(pacer.run(async () => Promise.reject(notFound))).rejects.toBe(notFound);
  });
});

describe('rateLimitWait', () => {
  it('reads retry-after, defaults to 60 s for a secondary limit, ignores other 403s', () => {
    expect(rateLimitWait(secondaryLimit(12))).toBe(12);
    expect(rateLimitWait(secondaryLimit())).toBe(60);
    expect(
      rateLimitWait(Object.assign(new Error('Resource not accessible by integration'), { status: 403 })),
    ).toBeUndefined();
    expect(rateLimitWait(Object.assign(new Error('Too Many Requests'), { status: 429 }))).toBe(60);
  });
});

describe('pacingFloorMs', () => {
  it('is the spacing of n requests, or the hourly budget when that binds', () => {
    expect(pacingFloorMs(1, 80, 500)).toBe(0);
    expect(pacingFloorMs(81, 80, 500)).toBe(60_000);
    expect(pacingFloorMs(501, 600, 500)).toBe(3_600_000);
  });
});
