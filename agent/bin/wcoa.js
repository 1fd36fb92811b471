#!/usr/bin/env node
// The CLI runs from built JavaScript (dist/, made by `npm run build -w agent`, which `prepare` runs
// at `npm ci` and `npm pack`): no TypeScript is compiled at start.
await import('../dist/cli.js');
