import { manualClock } from '../../../../shared/core/clock.js';
import { CircuitBreaker, CircuitOpenError, type CircuitState } from '../../../../shared/github/circuit-breaker.js';

/** One verified step of the self-test. */
export interface SelfTestStep {
  step: string;
  expected: CircuitState;
  actual: CircuitState;
  ok: boolean;
}

/** The outcome of {@link breakerSelfTest}. */
export interface SelfTestResult {
  ok: boolean;
  steps: SelfTestStep[];
  /** The first step that did not behave, when one did not. */
  failedAt?: string;
}

/** Threshold and reset of the breaker under test: small, so the test is short and the timing exact. */
const THRESHOLD = 3;
const RESET_MS = 1000;

/**
 * Drives a fresh {@link CircuitBreaker} (the class the GitHub client uses) through
 * closed → open → half-open → open → half-open → closed against a probe that fails on command, on a
 * controlled clock: no network, no sleeping. Each transition and its timing is checked: the circuit
 * opens at the threshold and not before, fails fast without calling the probe while open, stays open
 * one millisecond short of the reset, lets exactly one probe through when half-open, re-opens on a
 * failed probe and closes on a good one.
 */
export async function breakerSelfTest(): Promise<SelfTestResult> {
  const clock = manualClock(0);
  const breaker = new CircuitBreaker(clock, { failureThreshold: THRESHOLD, resetAfterMs: RESET_MS });
  let failing = true;
  let calls = 0;
  const probe = async () => {
    calls++;
    if (failing) throw Object.assign(new Error('probe failure (HTTP 503)'), { status: 503 });
    return 'ok';
  };
  const attempt = async (): Promise<'ok' | 'failed' | 'fast-fail'> => {
    try {
      await breaker.run(probe);
      return 'ok';
    } catch (error) {
      return error instanceof CircuitOpenError ? 'fast-fail' : 'failed';
    }
  };
  const steps: SelfTestStep[] = [];
  const check = (step: string, expected: CircuitState, extra = true) => {
    const actual = breaker.state;
    steps.push({ step, expected, actual, ok: actual === expected && extra });
  };

  check('a new breaker is closed', 'closed');
  for (let i = 1; i < THRESHOLD; i++) await attempt();
  check(`${THRESHOLD - 1} failures keep it closed`, 'closed');
  await attempt();
  check(`failure ${THRESHOLD} opens it`, 'open', breaker.openings === 1);
  const before = calls;
  const fast = await attempt();
  check('open: a call fails fast without reaching the probe', 'open', fast === 'fast-fail' && calls === before);
  clock.advance(RESET_MS - 1);
  check(`still open ${RESET_MS - 1} ms after opening`, 'open');
  clock.advance(1);
  check(`half-open ${RESET_MS} ms after opening`, 'half-open');
  const reprobe = await attempt();
  check('a failed half-open probe re-opens it', 'open', reprobe === 'failed' && breaker.openings === 2);
  clock.advance(RESET_MS);
  check('half-open again after another reset period', 'half-open');
  failing = false;
  const good = await attempt();
  check('a good half-open probe closes it', 'closed', good === 'ok' && breaker.failures === 0);
  const failed = steps.find((s) => !s.ok);
  return { ok: failed === undefined, steps, ...(failed ? { failedAt: failed.step } : {}) };
}
