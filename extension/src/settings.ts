import { type Lang, parseLang } from '@wcoa/shared/i18n';
import { AGENT_DEFAULT_PORT, type OverlayLayout } from '@wcoa/shared/protocol';
import { storage } from 'wxt/utils/storage';

/** What the extension remembers, all in extension storage (never in the page). */
export type LangSetting = 'auto' | Lang;

export interface Pairing {
  port: number;
  token: string;
}

/** Origins (scheme://host:port) of printers the admin enabled. */
export const printersItem = storage.defineItem<string[]>('local:printers', { fallback: [] });
/** The options switch: every http/https site (for admins of many printers). */
export const allSitesItem = storage.defineItem<boolean>('local:allSites', { fallback: false });
export const pairingItem = storage.defineItem<Pairing | null>('local:pairing', { fallback: null });
/** Agent port the admin typed, kept even before pairing succeeds. */
export const agentPortItem = storage.defineItem<number>('local:agentPort', {
  fallback: AGENT_DEFAULT_PORT,
});
export const langItem = storage.defineItem<LangSetting>('local:lang', { fallback: 'auto' });

/** The stored language choice, read so that an older version's `pt` still means Portuguese (pt-PT). */
export async function langSetting(): Promise<LangSetting> {
  return readLangSetting(await langItem.getValue());
}

export function readLangSetting(stored: string): LangSetting {
  if (stored === 'auto') return 'auto';
  return parseLang(stored) ?? 'auto';
}

/**
 * What is kept per printer origin, by key: read several at once (storage.getItems) without defining
 * items, since WXT reads an item's key as soon as it is defined.
 */
export function printerKeys(origin: string) {
  return {
    checklist: `local:checklist:${origin}`,
    guide: `local:guide:${origin}`,
    layout: `local:layout:${origin}`,
    /** The language the overlay last asked a table for on this printer: the worker's next guess. */
    overlayLang: `local:overlayLang:${origin}`,
  } as const;
}

/** The prerequisites checklist, per printer origin: ids of the items ticked. */
export function checklistItem(origin: string) {
  return storage.defineItem<string[]>(printerKeys(origin).checklist, { fallback: [] });
}

/** The guide's memory of one printer (shared/guide GuideMemory): JSON, no secret. */
export function guideMemoryItem(origin: string) {
  return storage.defineItem<unknown>(printerKeys(origin).guide, { fallback: null });
}

/** Where the overlay's panel sits on one printer, and whether it is folded: the admin's choice. */
export function overlayLayoutItem(origin: string) {
  return storage.defineItem<OverlayLayout | null>(printerKeys(origin).layout, { fallback: null });
}

/**
 * Mail endpoints the admin declares right besides Microsoft's ("host" or "host:port"): a relay
 * the organisation runs, or the emulator of a test setup. Lint does not flag them.
 */
export const expectedEndpointsItem = storage.defineItem<string[]>('local:expectedEndpoints', {
  fallback: [],
});

/** Whether the first-run tour of the options page was seen. */
export const tourSeenItem = storage.defineItem<boolean>('local:tourSeen', { fallback: false });
