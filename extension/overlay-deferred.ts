import type { Plugin } from 'vite';
import { OVERLAY_START } from './src/content/overlay-start.ts';
import { unlistedBuild } from './unlisted-build.ts';

/**
 * In the overlay's build only: the bundle (WXT's IIFE, which runs the overlay as it is evaluated)
 * becomes the body of a function left on the isolated world's global (content/overlay-start.ts),
 * so that the file can be injected at document_start into every frame of an enabled printer's host
 * and cost each only its parse; the gate calls it in the one frame that shows the overlay. The whole
 * chunk is wrapped (still valid JavaScript), so it does not matter which plugin minifies it.
 */
export function overlayDeferredPlugin(entry = '/entrypoints/overlay.ts'): Plugin {
  let globalName: string | null = null;
  return {
    name: 'wcoa-overlay-deferred',
    configResolved(config) {
      const built = unlistedBuild(config);
      globalName = built.entry.endsWith(entry) ? (built.name ?? null) : null;
    },
    renderChunk(code, chunk) {
      if (globalName === null || !chunk.isEntry) return null;
      // WXT ends the file with the IIFE's global name (the script's result for executeScript), which
      // now lives inside the function: declared outside as well, it stays a name, undefined.
      return { code: `var ${globalName};globalThis.${OVERLAY_START}=function(){${code}\n};\n`, map: null };
    },
  };
}
