import type { RuntimeMessage, RuntimeReply } from '@wcoa/shared/protocol';
import { browser } from 'wxt/browser';
import { asReply, unexpectedReply, unreachable } from '../../messages.ts';

/**
 * The printers the agent has seen, through the service worker. Read once: the worker has already
 * validated the agent's list against the protocol (agent-client.ts), so the page checks only the
 * reply's envelope instead of walking every printer of a 10,000-printer fleet through zod again.
 */
export async function loadPrinters(): Promise<RuntimeReply<'printers'>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ type: 'printers' } satisfies RuntimeMessage);
  } catch (error) {
    return unreachable(error);
  }
  const reply = raw as { ok?: unknown; data?: unknown } | null;
  if (reply?.ok === true && Array.isArray(reply.data)) return raw as RuntimeReply<'printers'>;
  // A failure is worded here (the worker sends its refusals as ids).
  if (reply?.ok === false) return asReply<'printers'>(raw);
  return unexpectedReply();
}
