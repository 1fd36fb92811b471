// Every test runs in one time zone, whatever the machine's: a test about local time picks its own
// zone. Set here, in the main process, before any worker starts; every config imports this file.
process.env.TZ = 'UTC';

/** What each workspace's own project shares: its tests/ and the tests beside its sources, in Node. */
export const workspaceTests: { include: string[]; environment: 'node' } = {
  include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
  environment: 'node',
};
