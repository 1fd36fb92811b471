import type { ResolvedConfig } from 'vite';

/**
 * Which script a build is: WXT builds each unlisted script (the overlay, the page reporter) on its
 * own, as a library whose entry is that script's file and whose name is its global. The extension's
 * other builds have no library entry.
 */
export function unlistedBuild(config: ResolvedConfig): { entry: string; name: string | undefined } {
  const lib = config.build.lib;
  return lib === false
    ? { entry: '', name: undefined }
    : { entry: String(lib?.entry ?? ''), name: lib?.name };
}
