import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'actions/*/src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // End-to-end tests start emulators and child processes: give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
