import { format, LANGS, type PageMessages, pageMessagesFor, pickLang } from '@wcoa/shared/i18n';
import type { RuntimeFailure, RuntimeMessage, RuntimeMessageType, RuntimeReply } from '@wcoa/shared/protocol';
import { browser } from 'wxt/browser';
import { failure } from './failure.ts';

export { failure };

/**
 * Sending a runtime message to the service worker and reading its typed reply. The union and the
 * replies live in shared/protocol; this is the one place that crosses browser.runtime. The service
 * worker validates both (sw/handler.ts): no schema library runs in the page.
 */
export type MessageOf<T extends RuntimeMessageType> = Extract<RuntimeMessage, { type: T }>;

export async function send<T extends RuntimeMessageType>(message: MessageOf<T>): Promise<RuntimeReply<T>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(message);
  } catch (error) {
    return unreachable(error);
  }
  return asReply<T>(raw);
}

/**
 * A reply as the service worker sends it (already checked there), its refusal worded here, or a
 * failure for anything else.
 */
export function asReply<T extends RuntimeMessageType>(raw: unknown): RuntimeReply<T> {
  const ok = (raw as { ok?: unknown } | null)?.ok;
  if (ok === true) return raw as RuntimeReply<T>;
  if (ok === false && typeof (raw as RuntimeFailure).error?.code === 'string')
    return worded(raw as RuntimeFailure);
  return unexpectedReply();
}

/** The one way components reach the service worker: handed in (props), so tests pass their own. */
export type Send = typeof send;

/**
 * The message table in the language this script can tell without storage (an invalidated script
 * can no longer read it): the page's language, else the browser's. None in the page reporter, which
 * is injected without a table and shows nothing.
 */
function words(): PageMessages | undefined {
  const nav = globalThis.navigator;
  const wanted = pickLang(globalThis.document?.documentElement?.lang, ...(nav?.languages ?? [nav?.language]));
  // The injected overlay holds only the table the worker sent, which may be another language.
  for (const lang of [wanted, ...LANGS]) {
    try {
      return pageMessagesFor(lang);
    } catch {}
  }
  return undefined;
}

/**
 * The worker sends its own refusals as ids (it carries no message table): this page words them
 * from its table, in its language, each saying what to do. Without a table (the page reporter,
 * which shows nothing) the message stays empty.
 */
export function worded(reply: RuntimeFailure, m: PageMessages | undefined = words()): RuntimeFailure {
  const refusal = reply.error.refusal;
  if (!refusal || !m) return reply;
  const text = refusal.id === 'notPaired' ? m.agent.errors['not-paired'] : m.ui.worker[refusal.id];
  return { ok: false, error: { ...reply.error, message: format(text, refusal.params) } };
}

/** The worker's reply did not match the protocol (an old page talking to a new worker, or the reverse). */
export function unexpectedReply(): RuntimeFailure {
  return failure('internal', words()?.ui.worker.unexpectedReply ?? '');
}

/**
 * sendMessage threw. The usual reason: the extension was updated or reloaded under this page
 * (Chrome then takes runtime.id away and says "Extension context invalidated"), and only a reload
 * of the page brings the new version in. Anything else: the worker did not answer.
 */
export function unreachable(error: unknown): RuntimeFailure {
  const detail = error instanceof Error ? error.message : String(error);
  const m = words();
  let invalidated = /context invalidated/i.test(detail);
  try {
    invalidated ||= !browser.runtime?.id;
  } catch {
    invalidated = true;
  }
  if (invalidated) return failure('extension-reloaded', m?.agent.errors['extension-reloaded'] ?? detail);
  return failure('internal', m ? format(m.ui.worker.noAnswer, { message: detail.slice(0, 300) }) : detail);
}
