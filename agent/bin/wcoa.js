#!/usr/bin/env node
// The CLI runs from TypeScript source through tsx, so `npx wcoa` works right after `npm ci`
// with no build step and no stale output.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
