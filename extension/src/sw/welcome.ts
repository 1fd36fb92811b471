import { parseMemory } from '@wcoa/shared/guide';
import type { RuntimeMessage, RuntimeReply } from '@wcoa/shared/protocol';
import { httpOrigin } from '@wcoa/shared/protocol';
import { storage } from 'wxt/utils/storage';
import { refuse } from '../failure.ts';
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
import { type Inject, injectFiles, messagesFile, OVERLAY_FILE, PAGE_REPORT_FILE } from './inject.ts';

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
  inject?: Inject;
}

function printerFrame(sender: FrameSender, ctx: WelcomeContext) {
  if (sender.id !== ctx.extensionId || sender.url?.startsWith(ctx.extensionBaseUrl)) return null;
  const origin = httpOrigin(sender.url);
  const tabId = sender.tab?.id;
  if (!origin || tabId === undefined) return null;
  return { origin, target: { tabId, frameId: sender.frameId ?? 0 } };
}

const notEnabled = () => refuse('printer-not-enabled', 'notEnabled');

/** The handlers here answer a Web Config frame, and only when it is an enabled printer's. */
type FrameHandler<T extends RuntimeMessage['type']> = (
  message: Message<T>,
  sender: FrameSender,
  ctx: WelcomeContext,
) => Promise<RuntimeReply<T>>;

/**
 * The first visit: a frame the gate found to be Web Config. One storage read decides whether its
 * origin is an enabled printer and answers with everything the overlay starts from; the overlay
 * (with the one message table it will most likely need) or, in the frames that do not host it, the
 * page reporter is injected meanwhile. A frame of an origin not enabled gets nothing.
 */
export const welcomeFrame: FrameHandler<'webconfig-frame'> = async (message, sender, ctx) => {
  const frame = printerFrame(sender, ctx);
  if (!frame) return notEnabled();
  const { origin, target } = frame;
  const keys = printerKeys(origin);
  // One storage.local.get for all eight (the printer's own keys by name, with settings.ts's fallbacks).
  const values = await storage.getItems([
    printersItem,
    allSitesItem,
    langItem,
    { key: keys.checklist, options: { fallback: [] } },
    { key: keys.guide, options: { fallback: null } },
    { key: keys.layout, options: { fallback: null } },
    { key: keys.overlayLang, options: { fallback: null } },
    expectedEndpointsItem,
  ]);
  const [printers, allSites, lang, checklist, memory, layout, lastLang, expectedEndpoints] = values.map(
    (v) => v.value,
  );
  if (!isEnabledIn(origin, printers, allSites)) return notEnabled();
  const setting = readLangSetting(lang);
  // The options choice, else the language this printer's pages spoke last time, else the browser's:
  // the overlay asks for its page's language's table (overlay-messages) when the guess was wrong.
  const table = message.hostsOverlay ? uiLang(setting, lastLang) : null;
  const files = table ? [messagesFile(table), OVERLAY_FILE] : [PAGE_REPORT_FILE];
  // Not awaited: the overlay starts while this answer travels back to the gate, which hands it over.
  (ctx.inject ?? injectFiles)(target, files).catch((error) =>
    console.warn('wcoa: could not inject into the Web Config frame', error),
  );
  return {
    ok: true,
    data: {
      enabled: true,
      lang: setting,
      checklist,
      // Read back here, so the page needs no schema library: anything unreadable starts afresh.
      memory: parseMemory(memory),
      layout,
      expectedEndpoints,
      table,
    },
  };
};

/** The overlay found the page in another language than the table it got: inject that one too. */
export const loadMessages: FrameHandler<'overlay-messages'> = async (message, sender, ctx) => {
  const frame = printerFrame(sender, ctx);
  if (!frame) return notEnabled();
  await (ctx.inject ?? injectFiles)(frame.target, [messagesFile(message.lang)]);
  await storage.setItem(printerKeys(frame.origin).overlayLang, message.lang);
  return { ok: true, data: { loaded: true } };
};
