import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests, and integration tests that drive real git repositories,
// subprocesses, loopback servers and a real Postgres (started by the tests themselves).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          exclude: ['test/integration/**/*.heavy.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // Load and crash tests (thousands of requests, kill -9): run by .ci/run, not by `npm test`.
          name: 'heavy',
          include: ['test/integration/**/*.heavy.test.ts'],
          testTimeout: 900_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // App data sync against a real Postgres that globalSetup starts (and stops) itself.
          name: 'postgres',
          include: ['test/postgres/**/*.test.ts'],
          globalSetup: ['test/support/postgres-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // The shipped workflows under act (built by .ci/run; not part of `npm test`): `vitest run --project act`.
          name: 'act',
          include: ['test/act/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
