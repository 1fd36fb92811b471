import { parseMemory } from '@wcoa/shared/guide';
import type { Lang } from '@wcoa/shared/i18n';
import type { RuntimeMessage, RuntimeReply } from '@wcoa/shared/protocol';
import { httpOrigin } from '@wcoa/shared/protocol';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { MIRROR_ALL, MIRROR_PREFIX, type MirrorAll, mirrorKey, type Welcome } from '../content/mirror.ts';
import { refuse } from '../failure.ts';
import { syncPreloads } from '../printers/preloads.ts';
import { isEnabledIn } from '../printers/printers.ts';
import {
  allSitesItem,
  expectedEndpointsItem,
  langItem,
  printerKeys,
  printersItem,
  readLangSetting,
} from '../settings.ts';
import { uiLang } from '../ui/lang.ts';

type Message<T extends RuntimeMessage['type']> = Extract<RuntimeMessage, { type: T }>;

export interface FrameSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface WelcomeContext {
  extensionId: string;
  extensionBaseUrl: string;
}

/** The settings every printer's welcome reads, and each printer's own keys (settings.ts's fallbacks). */
const SHARED_ITEMS = [printersItem, allSitesItem, langItem, expectedEndpointsItem];
function ownItems(origin: string) {
  const keys = printerKeys(origin);
  return [
    { key: keys.checklist, options: { fallback: [] } },
    { key: keys.guide, options: { fallback: null } },
    { key: keys.layout, options: { fallback: null } },
    { key: keys.overlayLang, options: { fallback: null } },
  ];
}
type Values = { value: unknown }[];

/**
 * What a Web Config frame of an enabled printer starts from, out of the values read for SHARED_ITEMS
 * then ownItems (none yet: a printer never visited). The table: the options choice, else the
 * language this printer's pages spoke last time, else the browser's; the overlay loads its page's
 * language's table when the guess was wrong.
 */
function welcomeOf(shared: Values, own?: Values): Welcome & { table: Lang } {
  const [, , lang, expectedEndpoints] = shared.map((v) => v.value);
  const [checklist, memory, layout, lastLang] = own?.map((v) => v.value) ?? [[], null, null, null];
  const setting = readLangSetting(lang as string);
  return {
    enabled: true,
    lang: setting,
    checklist: checklist as string[],
    // Read back here, so the page needs no schema library: anything unreadable starts afresh.
    memory: parseMemory(memory),
    layout: layout as Welcome['layout'],
    expectedEndpoints: expectedEndpoints as string[],
    table: uiLang(setting, lastLang as string | null),
  };
}

const enabledIn = (origin: string, shared: Values) =>
  isEnabledIn(origin, shared[0]!.value as string[], shared[1]!.value as boolean);

/** One printer's welcome, from one storage read (null: the origin is not enabled). */
export async function readWelcome(origin: string): Promise<Welcome | null> {
  const values = await storage.getItems([...SHARED_ITEMS, ...ownItems(origin)]);
  const shared = values.slice(0, SHARED_ITEMS.length);
  return enabledIn(origin, shared) ? welcomeOf(shared, values.slice(SHARED_ITEMS.length)) : null;
}

/** Origins with something of their own in storage (with every site enabled, those not listed too). */
async function storedOrigins(): Promise<string[]> {
  const keys = Object.keys(await storage.snapshot('local'));
  const prefixes = Object.values(printerKeys('')).map((k) => k.slice('local:'.length));
  return keys.flatMap((key) => prefixes.filter((p) => key.startsWith(p)).map((p) => key.slice(p.length)));
}

/**
 * Writes the mirror the gate reads (content/mirror.ts): every enabled printer's welcome, and what
 * any other origin gets (nothing, unless every site is enabled), from local storage as it is now;
 * then the preloads (printers/preloads.ts) that follow the same welcomes.
 */
async function writeMirror(): Promise<void> {
  const shared = await storage.getItems(SHARED_ITEMS);
  const [printers, allSites] = shared.map((v) => v.value) as [string[], boolean];
  const origins = [...new Set([...printers, ...(allSites ? await storedOrigins() : [])])].filter((o) =>
    enabledIn(o, shared),
  );
  const perOrigin = ownItems('').length;
  const own = await storage.getItems(origins.flatMap(ownItems));
  const welcomes = origins.map((origin, i) => ({
    origin,
    welcome: welcomeOf(shared, own.slice(i * perOrigin, (i + 1) * perOrigin)),
  }));
  const next: Record<string, Welcome | MirrorAll> = {
    [MIRROR_ALL]: { others: allSites ? welcomeOf(shared) : null },
  };
  for (const { origin, welcome } of welcomes) next[mirrorKey(origin)] = welcome;
  const session = browser.storage.session;
  const stale = Object.keys(await session.get(null)).filter(
    (k) => k.startsWith(MIRROR_PREFIX) && !(k in next),
  );
  await session.set(next);
  if (stale.length > 0) await session.remove(stale);
  // The overlay and each printer's table, injected before its pages are parsed; when the browser
  // refuses, the gate fetches them at DOMContentLoaded as it would on any other host.
  const tables = new Map(welcomes.map(({ origin, welcome }) => [origin, welcome.table]));
  await syncPreloads(tables).catch((error) => console.warn('wcoa: could not register the preloads', error));
}

let publishing: Promise<void> = Promise.resolve();
/** A rewrite asked for and not yet begun: it reads storage when it begins, so it serves later asks too. */
let queued: Promise<void> | null = null;
/**
 * Rewrites the mirror after whatever write is already under way (one at a time, in order). A
 * printer page's save asks twice (its handler, which answers once the mirror holds it, and the
 * storage listener): one rewrite serves both.
 */
export function publishMirror(): Promise<void> {
  if (queued) return queued;
  queued = publishing
    .then(() => {
      queued = null;
      return writeMirror();
    })
    .catch((error) => console.warn('wcoa: could not write the first-visit mirror', error));
  publishing = queued;
  return queued;
}

function printerFrame(sender: FrameSender, ctx: WelcomeContext): string | null {
  if (sender.id !== ctx.extensionId || sender.url?.startsWith(ctx.extensionBaseUrl)) return null;
  return sender.tab?.id === undefined ? null : httpOrigin(sender.url);
}

const notEnabled = () => refuse('printer-not-enabled', 'notEnabled');

/** The handlers here answer a Web Config frame, and only when it is an enabled printer's. */
type FrameHandler<T extends RuntimeMessage['type']> = (
  message: Message<T>,
  sender: FrameSender,
  ctx: WelcomeContext,
) => Promise<RuntimeReply<T>>;

/**
 * A frame the gate found to be Web Config, where it could not read the mirror (not written since
 * the browser started, or a browser whose content scripts cannot read session storage): one storage
 * read answers with what the mirror would have held, and the mirror is written for the next visit.
 * A frame of an origin not enabled gets nothing.
 */
export const welcomeFrame: FrameHandler<'webconfig-frame'> = async (message, sender, ctx) => {
  const origin = printerFrame(sender, ctx);
  const welcome = origin ? await readWelcome(origin) : null;
  if (!welcome) return notEnabled();
  void publishMirror();
  return { ok: true, data: { ...welcome, table: message.hostsOverlay ? welcome.table : null } };
};

/** The overlay found its page in another language than the table it got: the next visit guesses it. */
export const rememberLang: FrameHandler<'overlay-messages'> = async (message, sender, ctx) => {
  const origin = printerFrame(sender, ctx);
  if (!origin) return notEnabled();
  await storage.setItem(printerKeys(origin).overlayLang, message.lang);
  return { ok: true, data: { loaded: true } };
};
