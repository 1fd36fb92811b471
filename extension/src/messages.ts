import type { RuntimeFailure, RuntimeMessage, RuntimeMessageType, RuntimeReply } from '@wcoa/shared/protocol';
import { browser } from 'wxt/browser';

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
    // The extension was updated or reloaded under this page: its old scripts can no longer talk.
    return failure('internal', error instanceof Error ? error.message : String(error));
  }
  return asReply<T>(raw);
}

/** A reply as the service worker sends it (already checked there), or a failure for anything else. */
export function asReply<T extends RuntimeMessageType>(raw: unknown): RuntimeReply<T> {
  const ok = (raw as { ok?: unknown } | null)?.ok;
  if (ok === true || (ok === false && typeof (raw as RuntimeFailure).error?.code === 'string')) {
    return raw as RuntimeReply<T>;
  }
  return failure('internal', 'unexpected reply from the service worker');
}

export function failure(code: RuntimeFailure['error']['code'], message: string): RuntimeFailure {
  return { ok: false, error: { code, message } };
}
