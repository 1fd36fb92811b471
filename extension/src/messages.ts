import {
  type RuntimeFailure,
  RuntimeMessageSchema,
  type RuntimeMessageType,
  type RuntimeReply,
  runtimeReplySchema,
} from '@wcoa/shared/protocol';
import { browser } from 'wxt/browser';

/**
 * Sending a runtime message to the service worker and reading its typed reply. The union and the
 * replies live in shared/protocol; this is the one place that crosses browser.runtime.
 */
export type MessageOf<T extends RuntimeMessageType> = Extract<
  import('@wcoa/shared/protocol').RuntimeMessage,
  { type: T }
>;

export async function send<T extends RuntimeMessageType>(message: MessageOf<T>): Promise<RuntimeReply<T>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(RuntimeMessageSchema.parse(message));
  } catch (error) {
    // The extension was updated or reloaded under this page: its old scripts can no longer talk.
    return failure('internal', error instanceof Error ? error.message : String(error));
  }
  const parsed = runtimeReplySchema(message.type).safeParse(raw);
  if (!parsed.success) return failure('internal', 'unexpected reply from the service worker');
  return parsed.data as RuntimeReply<T>;
}

/** The one way components reach the service worker: handed in (props), so tests pass their own. */
export type Send = typeof send;

export function failure(code: RuntimeFailure['error']['code'], message: string): RuntimeFailure {
  return { ok: false, error: { code, message } };
}
