import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'actions/*/src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Installs the Prometheus tools and git when missing; a private TMPDIR removed after the run.
    globalSetup: ['test/support/global-setup.ts'],
    // End-to-end tests start emulators and child processes: give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // @actions/workflow-parser imports its JSON schema without `with { type: 'json' }`, which Node
    // refuses: pre-bundle it (esbuild) instead of loading it natively.
    deps: { optimizer: { ssr: { enabled: true, include: ['@actions/workflow-parser'] } } },
    // CI reads the counts from the JSON report to print its closing "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.moko/vitest-report.json' }]] : ['default'],
  },
});
