import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Every test runs in one time zone, whatever the machine's: a test about local time picks its own zone.
process.env.TZ = 'UTC';

// WXT's plugin gives the tests its fake browser (storage, runtime) and the same module resolution as the build.
export default defineProject({
  plugins: [WxtVitest({ root: dirname(fileURLToPath(import.meta.url)) })],
  test: {
    name: 'extension',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'jsdom',
  },
});
