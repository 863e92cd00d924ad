import { describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator/index.js';
import { emulatorPerTest } from './github-client-setup.js';

const setup = emulatorPerTest();

const VIEWER = 'query Viewer { viewer { login } }';
const graphqlLog = (e: Emulator) => e.requests.map((r) => `${r.method} ${r.route} ${r.status}`);

describe('shared GitHub client GraphQL against the emulator', () => {
  it('sends GraphQL to the emulator’s GraphQL endpoint, validated against GitHub’s schema', async () => {
    const { emulator, client } = await setup();
    const data = await client.graphql<{ viewer: { login: string } }>(VIEWER);
    expect(data.viewer.login).toBe('moko-bot');
    expect(emulator.requests.map((r) => [r.method, r.route, r.status, r.graphql?.rootFields])).toEqual([
      ['POST', '/graphql', 200, ['viewer']],
    ]);
    expect(emulator.violations).toEqual([]);
  });

  it('waits out the GraphQL primary rate limit and carries on', async () => {
    const { emulator, client, clock } = await setup({ rateLimit: { limit: 2, resetMs: 60_000 } });
    for (let i = 0; i < 3; i++) {
      expect((await client.graphql<{ viewer: { login: string } }>(VIEWER)).viewer.login).toBe('moko-bot');
    }
    expect(graphqlLog(emulator)).toEqual([
      'POST /graphql 200',
      'POST /graphql 200',
      'POST /graphql 403',
      'POST /graphql 200',
    ]);
    expect(clock.slept).toHaveLength(1);
    expect(clock.slept[0]).toBeGreaterThanOrEqual(60_000);
    expect(clock.slept[0]).toBeLessThanOrEqual(62_000);
  });
});
