import { defineProject } from 'vitest/config';
import { workspaceTests } from '../vitest.shared.ts';

export default defineProject({
  test: {
    name: 'shared',
    ...workspaceTests,
  },
});
