import { defineProject } from 'vitest/config';

// Every test runs in one time zone, whatever the machine's: a test about local time picks its own zone.
process.env.TZ = 'UTC';

export default defineProject({
  test: {
    name: 'test',
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
  },
});
