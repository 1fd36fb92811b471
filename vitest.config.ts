import { defineConfig } from 'vitest/config';
// The pinned time zone.
import './vitest.shared.ts';

// Each workspace keeps its own vitest config; this file only lists them so `vitest run` runs all.
export default defineConfig({
  test: {
    projects: [
      ...['shared', 'agent', 'test', 'extension'].map((dir) => `${dir}/vitest.config.ts`),
      'test/vitest.e2e.config.ts',
    ],
  },
});
