import { defineProject } from 'vitest/config';
// The pinned time zone.
import '../vitest.shared.ts';

// End-to-end: the built extension in a real Chromium, one file at a time (one browser each), long timeouts.
export default defineProject({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['../agent/tests/helpers/build-agent.ts', 'e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
