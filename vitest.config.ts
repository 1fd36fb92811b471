import { defineConfig } from 'vitest/config';

// Every test runs in one time zone, whatever the machine's: a test about local time picks its own zone.
process.env.TZ = 'UTC';

// Each workspace keeps its own vitest config; this file only lists them so `vitest run` runs all.
export default defineConfig({
  test: {
    projects: [
      ...['shared', 'agent', 'test', 'extension'].map((dir) => `${dir}/vitest.config.ts`),
      'test/vitest.e2e.config.ts',
    ],
  },
});
