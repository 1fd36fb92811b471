import type { RuntimeReply } from '@wcoa/shared/protocol';
import { asReply } from '../messages.ts';

/**
 * The gate finds a frame's welcome (content/gate.ts) and loads the overlay into the same frame: both
 * run in the extension's isolated world there, so the gate leaves the answer (a promise) on that
 * world's global for the overlay to take.
 */
const KEY = '__wcoaWelcome';
type Scope = Record<string, Promise<unknown> | undefined>;

export function handOver(answer: Promise<unknown>): void {
  (globalThis as unknown as Scope)[KEY] = answer;
}

export async function takeWelcome(): Promise<RuntimeReply<'webconfig-frame'>> {
  const answer = (globalThis as unknown as Scope)[KEY];
  return asReply<'webconfig-frame'>(await (answer ?? Promise.resolve(null)).catch(() => null));
}
