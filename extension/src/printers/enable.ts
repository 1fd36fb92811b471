import { browser } from 'wxt/browser';
import { send } from '../messages.ts';
import { originPattern } from './printer-address.ts';

/**
 * "Enable on this printer" and "Add a printer": ask the browser for the origin (a prompt, unless the
 * extension already holds it, as for 127.0.0.1), then let the service worker add it to its list.
 * Must be called straight from the click: permissions.request needs the user's gesture.
 */
export async function enableOrigin(origin: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
  if (!granted) return false;
  const reply = await send({ type: 'enable-printer', origin });
  return reply.ok && reply.data.enabled;
}
