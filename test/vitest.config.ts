import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'test',
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
  },
});
