import { defineConfig } from 'vitest/config';

// The integration suite runs on PGlite always, and on a PostgreSQL server too when TEST_DATABASE_URL is set.
const server = (name: string, engine: 'pglite' | 'postgres') => ({
  test: {
    name,
    include: ['server/**/*.test.ts', 'common/**/*.test.ts', 'bench/**/*.test.ts'],
    env: { DB_ENGINE: engine, NODE_ENV: 'test' },
    globalSetup: ['server/test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      server('server', 'pglite'),
      ...(process.env.TEST_DATABASE_URL ? [server('server-pg', 'postgres')] : []),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          env: { NODE_ENV: 'test' },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
