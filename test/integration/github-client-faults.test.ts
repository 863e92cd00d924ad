import { describe, expect, it } from 'vitest';
import { CircuitOpenError } from '../../shared/github/circuit-breaker.js';
import { type FaultKind, FaultInjector } from '../emulator/faults.js';
import type { Emulator } from '../emulator/index.js';
import { emulatorPerTest } from './github-client-setup.js';

const setup = emulatorPerTest();

/** `METHOD path outcome`, the outcome being the injected fault if any, else the status. */
const outcomes = (e: Emulator) => e.requests.map((r) => `${r.method} ${r.path} ${r.fault ?? r.status}`);

describe('shared GitHub client recovering from injected faults', () => {
  it('retries every seeded 5xx, reset and timeout until each call succeeds', async () => {
    // Seed 32 injects timeout, 503, 500, reset, 502 over these six calls, at most two in a row.
    const faults = { rate: 0.35, seed: 32, kinds: ['500', '502', '503', 'reset', 'timeout'] as FaultKind[] };
    // Default retries (3) and breaker (5 consecutive failures); only the timeout is shortened.
    const { emulator, client, clock } = await setup({ faults }, { timeoutMs: 1_000 });
    const names = [...emulator.state.repos.values()].map((r) => r.name).slice(0, 6);
    for (const name of names) {
      const res = await client.rest.repos.get({ owner: 'moko-demo', repo: name });
      expect(res.data.name).toBe(name);
    }
    // The same seed replayed: each call is retried exactly as long as the emulator injects faults.
    const replay = new FaultInjector(faults);
    const expected: string[] = [];
    for (const name of names) {
      for (;;) {
        const fault = replay.next();
        expected.push(`GET /repos/moko-demo/${name} ${fault ?? 200}`);
        if (!fault) break;
      }
    }
    expect(outcomes(emulator)).toEqual(expected);
    const injected = expected.length - names.length;
    expect(injected).toBe(5);
    expect(client.moko.stats()).toMatchObject({ requests: names.length, attempts: expected.length });
    // Backoff before the n-th retry of a call is n² seconds, on the shared clock.
    expect(clock.slept.every((ms) => [1_000, 4_000, 9_000].includes(ms))).toBe(true);
    expect(clock.slept).toHaveLength(injected);
    expect(client.moko.breaker.state).toBe('closed');
  });

  it('opens the circuit on a failing GitHub, fails fast, and closes after a successful probe', async () => {
    const { emulator, client, clock, metrics } = await setup(
      { faults: { rate: 1, kinds: ['503'] } },
      { breaker: { failureThreshold: 3, resetAfterMs: 30_000 } },
    );
    const get = () => client.rest.orgs.get({ org: 'moko-demo' });
    // Three 503s open the circuit; the retry after the third backoff is refused without a request.
    // The client words the refusal for the user (GitHubApiError); the breaker's own error is its cause.
    await expect(get()).rejects.toHaveProperty('cause', expect.any(CircuitOpenError));
    await expect(get()).rejects.toHaveProperty('cause', expect.any(CircuitOpenError));
    expect(outcomes(emulator)).toEqual([
      'GET /orgs/moko-demo 503',
      'GET /orgs/moko-demo 503',
      'GET /orgs/moko-demo 503',
    ]);
    expect(client.moko.breaker.state).toBe('open');
    expect(await metrics.prometheus()).toContain('moko_github_circuit_state 2');

    emulator.setFaultRate(0);
    clock.advance(30_000);
    expect(client.moko.breaker.state).toBe('half-open');
    expect((await get()).status).toBe(200);
    expect(client.moko.breaker.state).toBe('closed');
    expect(outcomes(emulator)).toEqual([
      'GET /orgs/moko-demo 503',
      'GET /orgs/moko-demo 503',
      'GET /orgs/moko-demo 503',
      'GET /orgs/moko-demo 200',
    ]);
    expect(await metrics.prometheus()).toContain('moko_github_circuit_state 0');
    expect(client.moko.stats().byStatus).toEqual({ circuit_open: 2, '200': 1 });
  });
});
