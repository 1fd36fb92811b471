import { buildAgent } from '../../scripts/build.mjs';

/**
 * Tests spawn the CLI as it ships (bin/wcoa.js → dist/), so each run builds dist/ from the sources
 * first (esbuild, well under a second): a test never runs a build older than the code it tests.
 */
export default async function setup(): Promise<void> {
  await buildAgent({ quiet: true });
}
