import { describe, expect, it } from 'vitest';
import { errorMessage, InputError } from '../core/errors.js';
import { manualClock } from '../core/clock.js';
import { backoffDelay, type RetryInfo, retry } from './retry.js';

function failing(times: number, error: unknown = new Error('flaky')) {
  const calls: number[] = [];
  return {
    calls,
    fn: async (attempt: number) => {
      calls.push(attempt);
      if (calls.length <= times) throw error;
      return 'ok';
    },
  };
}

describe('retry', () => {
  it('returns at once when the first attempt succeeds, without waiting', async () => {
    const clock = manualClock();
    const { fn, calls } = failing(0);
    await expect(retry(fn, { clock })).resolves.toBe('ok');
    expect(calls).toEqual([1]);
    expect(clock.slept).toEqual([]);
  });

  it('waits with exponential full-jitter backoff capped at maxMs', async () => {
    const clock = manualClock();
    const { fn, calls } = failing(5);
    const result = await retry(fn, { retries: 5, baseMs: 100, maxMs: 1000, clock, random: () => 0.5 });
    expect(result).toBe('ok');
    expect(calls).toEqual([1, 2, 3, 4, 5, 6]);
    // ceilings 100, 200, 400, 800, 1000 (capped); half of each
    expect(clock.slept).toEqual([50, 100, 200, 400, 500]);
  });

  it('uses the whole range from 0 to the ceiling (full jitter)', () => {
    const opts = { baseMs: 1000, maxMs: 60_000, factor: 2 };
    expect(backoffDelay(3, opts, () => 0)).toBe(0);
    expect(backoffDelay(3, opts, () => 0.999_999)).toBe(3999);
  });

  it('rethrows the last error unchanged after the retries are spent', async () => {
    const clock = manualClock();
    const error = new Error('still down');
    const { fn, calls } = failing(10, error);
    await expect(retry(fn, { retries: 2, clock, random: () => 1 })).rejects.toBe(error);
    expect(calls).toEqual([1, 2, 3]);
    expect(clock.slept).toEqual([500, 1000]);
  });

  it('does not retry user errors by default', async () => {
    const error = new InputError('count', 'x', 'a whole number');
    const { fn, calls } = failing(1, error);
    await expect(retry(fn, { clock: manualClock() })).rejects.toBe(error);
    expect(calls).toEqual([1]);
  });

  it('asks shouldRetry with the error and attempt, and tells onRetry before each wait', async () => {
    const clock = manualClock();
    const seen: RetryInfo[] = [];
    const asked: Array<[string, number]> = [];
    let n = 0;
    const fn = async () => {
      n++;
      throw new Error(n < 3 ? 'EBUSY' : 'ENOENT');
    };
    await expect(
      retry(fn, {
        clock,
        random: () => 0.5,
        baseMs: 10,
        shouldRetry: (e, attempt) => {
          asked.push([errorMessage(e), attempt]);
          return errorMessage(e) === 'EBUSY';
        },
        onRetry: (info) => seen.push(info),
      }),
    ).rejects.toThrow('ENOENT');
    expect(asked).toEqual([
      ['EBUSY', 1],
      ['EBUSY', 2],
      ['ENOENT', 3],
    ]);
    expect(seen.map((s) => [s.attempt, s.delayMs])).toEqual([
      [1, 5],
      [2, 10],
    ]);
  });

  it('rejects nonsensical options', async () => {
    await expect(retry(async () => 1, { retries: -1 })).rejects.toThrow(RangeError);
    await expect(retry(async () => 1, { factor: 0.5 })).rejects.toThrow(/factor/);
  });
});
