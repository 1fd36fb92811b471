import { defineProject } from 'vitest/config';
import { workspaceTests } from '../vitest.shared.ts';

export default defineProject({
  test: {
    name: 'agent',
    ...workspaceTests,
    globalSetup: ['tests/helpers/build-agent.ts'],
    // These tests spawn the real agent and CLI; on a loaded 2-core machine a spawn alone can take
    // seconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
