import { browser } from 'wxt/browser';
import { originPattern } from './printer-address.ts';

export const CONTENT_SCRIPT_ID = 'wcoa-webconfig';
/** WXT writes the `content` entrypoint here (runtime registration, not in the manifest). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
export const ALL_SITES = ['http://*/*', 'https://*/*'];

/** The match patterns for the enabled printers (ports are not part of a pattern). */
export function contentScriptMatches(printers: readonly string[], allSites: boolean): string[] {
  if (allSites) return ALL_SITES;
  return [...new Set(printers.map(originPattern))].sort();
}

/**
 * Keep the one registered content script in step with the enabled printers. Runs in all frames:
 * Web Config shows its pages inside COMMON/TOP's frames.
 */
export async function syncContentScripts(printers: readonly string[], allSites: boolean): Promise<string[]> {
  const matches = contentScriptMatches(printers, allSites);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    return matches;
  }
  const script = {
    id: CONTENT_SCRIPT_ID,
    matches,
    js: [CONTENT_SCRIPT_FILE],
    allFrames: true,
    // Before the page's scripts, so that the gate's DOMContentLoaded listener comes first
    // (content/gate.ts): the first visit's clock runs from DOMContentLoaded to the overlay.
    runAt: 'document_start' as const,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}
