import { defineProject } from 'vitest/config';

// Every test runs in one time zone, whatever the machine's: a test about local time picks its own zone.
process.env.TZ = 'UTC';

export default defineProject({
  test: {
    name: 'agent',
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/helpers/build-agent.ts'],
    // These tests spawn the real agent and CLI; on a loaded 2-core machine a spawn alone can take
    // seconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
