import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
// The pinned time zone.
import '../vitest.shared.ts';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// WXT's plugin gives the tests its fake browser (storage, runtime) and the same module resolution as the build.
export default defineProject({
  plugins: [WxtVitest({ root: dirname(fileURLToPath(import.meta.url)) })],
  test: {
    name: 'extension',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'jsdom',
  },
});
