import type { Lang } from '@wcoa/shared/i18n';
import { browser } from 'wxt/browser';
import { messagesFile, OVERLAY_FILE } from '../content/load.ts';
import { originPattern } from './printer-address.ts';

export const OVERLAY_SCRIPT_ID = 'wcoa-overlay';
const TABLE_SCRIPT_PREFIX = 'wcoa-table-';

interface Preload {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
  runAt: 'document_start';
  persistAcrossSessions: boolean;
}

const preload = (id: string, matches: string[], file: string): Preload => ({
  id,
  matches,
  js: [file],
  allFrames: true,
  // Injected before the page is parsed, a content script costs the frame its parse (the overlay's
  // file only defines its start: content/overlay-start.ts); fetched by the gate at DOMContentLoaded
  // instead, it arrived 60 ms or more later on a first visit (the renderer busy laying out the page).
  runAt: 'document_start',
  persistAcrossSessions: true,
});

/**
 * What the worker has the browser inject into every frame of an enabled printer's host besides the
 * gate: the overlay's file, and the message table the printer's welcome names (the mirror's, so
 * its language: sw/welcome.ts), one registration per language for the hosts whose printers take
 * it. The gate still decides, at DOMContentLoaded, whether the overlay runs; a page in another
 * language loads its table as before. `tables`: each enabled printer's origin and its table.
 */
export function preloadsFor(tables: ReadonlyMap<string, Lang>): Preload[] {
  const byLang = new Map<Lang, Set<string>>();
  for (const [origin, lang] of tables) {
    byLang.set(lang, (byLang.get(lang) ?? new Set()).add(originPattern(origin)));
  }
  const hosts = [...new Set([...tables.keys()].map(originPattern))].sort();
  if (hosts.length === 0) return [];
  return [
    preload(OVERLAY_SCRIPT_ID, hosts, OVERLAY_FILE),
    ...[...byLang]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([lang, patterns]) =>
        preload(`${TABLE_SCRIPT_PREFIX}${lang}`, [...patterns].sort(), messagesFile(lang)),
      ),
  ];
}

const isPreload = (id: string) => id === OVERLAY_SCRIPT_ID || id.startsWith(TABLE_SCRIPT_PREFIX);
/** What decides a registration's effect (registrations persist across sessions, and an update may change any). */
const shape = (s: Partial<Preload>) => JSON.stringify([s.matches, s.js, s.allFrames, s.runAt]);

/** Keeps the browser's preload registrations in step with the printers' tables (changing only what differs). */
export async function syncPreloads(tables: ReadonlyMap<string, Lang>): Promise<void> {
  const wanted = preloadsFor(tables);
  const existing = (await browser.scripting.getRegisteredContentScripts()).filter((s) => isPreload(s.id));
  const stale = existing.filter((s) => !wanted.some((w) => w.id === s.id)).map((s) => s.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  const have = new Map(existing.map((s) => [s.id, s]));
  const changed = wanted.filter((w) => {
    const had = have.get(w.id);
    return had === undefined || shape(had as Partial<Preload>) !== shape(w);
  });
  const updates = changed.filter((w) => have.has(w.id));
  const added = changed.filter((w) => !have.has(w.id));
  if (updates.length > 0) await browser.scripting.updateContentScripts(updates);
  if (added.length > 0) await browser.scripting.registerContentScripts(added);
}
