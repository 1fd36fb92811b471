// Every test runs in one time zone, whatever the machine's: a test about local time picks its own
// zone. Set here, in the main process, before any worker starts; every config imports this file.
process.env.TZ = 'UTC';

/**
 * What each workspace's own project shares: its tests/ and the tests beside its sources, in Node,
 * in one worker that keeps its modules between files. On 2 cores Vitest runs one file at a time
 * anyway, and a fresh module graph per file (jsdom, the lexicon, the agent's modules) cost about a
 * third of these projects' time. No file here mocks a module; the extension's project, which does,
 * keeps isolating its files.
 */
export const workspaceTests: { include: string[]; environment: 'node'; isolate: false } = {
  include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
  environment: 'node',
  isolate: false,
};
