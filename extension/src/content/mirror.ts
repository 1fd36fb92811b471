import type { RuntimeReply } from '@wcoa/shared/protocol';
import { browser } from 'wxt/browser';

/**
 * What a Web Config frame starts from (the `webconfig-frame` answer's data), kept by the service
 * worker in session storage, the one area content scripts may read (local, which holds the pairing
 * token, is the worker's and the extension pages' alone): the gate reads it there without waking the
 * worker. The worker is its only writer (sw/welcome.ts, from local storage, on every change); what a
 * content script might write there decides nothing, since the worker never reads it.
 */
export type Welcome = Extract<RuntimeReply<'webconfig-frame'>, { ok: true }>['data'];

/** One entry per enabled printer origin; `*` says the mirror is written, and what any other origin gets. */
export const MIRROR_PREFIX = 'welcome:';
export const MIRROR_ALL = `${MIRROR_PREFIX}*`;
export const mirrorKey = (origin: string) => `${MIRROR_PREFIX}${origin}`;

/** `*`: the welcome of an origin without an entry of its own (every site: the options switch), else null. */
export interface MirrorAll {
  others: Welcome | null;
}

/** What the mirror holds for one origin: an entry of its own (an enabled printer), else what any origin gets. */
export interface Mirrored {
  own: Welcome | undefined;
  welcome: Welcome | null;
}

/**
 * This origin's welcome (null: not an enabled printer), or undefined when there is no mirror to
 * read (not written yet since the browser started, or a browser whose content scripts cannot read
 * session storage): then the worker answers instead.
 */
export async function readMirror(origin: string): Promise<Mirrored | undefined> {
  let got: Record<string, unknown>;
  try {
    got = await browser.storage.session.get([mirrorKey(origin), MIRROR_ALL]);
  } catch {
    return undefined;
  }
  const all = got[MIRROR_ALL] as MirrorAll | undefined;
  if (!all) return undefined;
  const own = got[mirrorKey(origin)] as Welcome | undefined;
  return { own, welcome: own ?? all.others };
}
