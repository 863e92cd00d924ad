import type { Clock } from '../../shared/core/clock.js';

/**
 * A clock that runs `factor` times faster than real time: `now()` advances factor ms per real ms and
 * `sleep(ms)` waits ms/factor real ms. The emulator's secondary limiter, the client's retry waits and the
 * pacer all read it, so an hour of GitHub limits passes in 3600/factor real seconds.
 */
export function scaledClock(factor: number): Clock {
  const realStart = Date.now();
  const simStart = Date.UTC(2026, 0, 15);
  return {
    now: () => simStart + (Date.now() - realStart) * factor,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms / factor))),
  };
}
