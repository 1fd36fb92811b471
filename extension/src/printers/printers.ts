import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { allSitesItem, printersItem } from '../settings.ts';
import { ALL_SITES } from './content-scripts.ts';
import { originPattern } from './printer-address.ts';

/**
 * The service worker's own list of enabled printers. A content-script message counts only when its
 * frame's origin is on this list (or the all-sites switch is on), whatever else the browser allows.
 */
export async function isEnabledOrigin(origin: string | null): Promise<boolean> {
  if (!origin || !/^https?:\/\//.test(origin)) return false;
  const [printers, allSites] = await storage.getItems([printersItem, allSitesItem]);
  return isEnabledIn(origin, printers?.value as string[], allSites?.value as boolean);
}

/** The same decision on values already read (the first visit reads everything in one go). */
export function isEnabledIn(origin: string | null, printers: readonly string[], allSites: boolean): boolean {
  if (!origin || !/^https?:\/\//.test(origin)) return false;
  return allSites || printers.includes(origin);
}

/** Add a printer once the browser holds its permission (asked for by the popup or options page). */
export async function enablePrinter(origin: string): Promise<boolean> {
  const granted = await browser.permissions.contains({ origins: [originPattern(origin)] });
  if (!granted) return false;
  const printers = await printersItem.getValue();
  if (!printers.includes(origin)) await printersItem.setValue([...printers, origin].sort());
  return true;
}

/**
 * Forget a printer, and give back its permission unless another enabled printer shares the host
 * (patterns carry no port) or it is the agent's own loopback grant from the manifest.
 */
export async function revokePrinter(origin: string): Promise<void> {
  const remaining = (await printersItem.getValue()).filter((entry) => entry !== origin);
  await printersItem.setValue(remaining);
  const pattern = originPattern(origin);
  const shared = remaining.some((entry) => originPattern(entry) === pattern);
  const required = browser.runtime.getManifest().host_permissions ?? [];
  if (!shared && !required.includes(pattern)) {
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  }
}

/**
 * The browser took a permission back (e.g. from its extensions page): drop the printers it covered,
 * and turn the all-sites switch off when it took that grant.
 */
export async function forgetRemovedPatterns(patterns: readonly string[]): Promise<void> {
  const printers = await printersItem.getValue();
  const kept = printers.filter((origin) => !patterns.includes(originPattern(origin)));
  if (kept.length !== printers.length) await printersItem.setValue(kept);
  if (patterns.some((pattern) => ALL_SITES.includes(pattern))) await allSitesItem.setValue(false);
}

/**
 * The options switch for every http/https site: asks the browser (from the click: a user gesture)
 * and keeps the switch to what it granted; off gives the permission back.
 */
export async function setAllSites(on: boolean): Promise<void> {
  if (on) {
    const granted = await browser.permissions.request({ origins: ALL_SITES });
    await allSitesItem.setValue(granted);
  } else {
    await allSitesItem.setValue(false);
    await browser.permissions.remove({ origins: ALL_SITES }).catch(() => false);
  }
}
