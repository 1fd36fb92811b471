import { browser } from 'wxt/browser';
import { applyManaged } from '../managed.ts';
import { allSitesItem, printersItem } from '../settings.ts';
import { syncContentScripts } from './content-scripts.ts';
import { handleMessage } from './handler.ts';
import { forgetRemovedPatterns } from './printers.ts';

/** Wire the service worker to the browser: messages, the printers list, permission changes. */
export function startServiceWorker(): void {
  const ctx = {
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    browserName: navigator.userAgent.includes('Firefox') ? 'Firefox' : 'Chromium',
  };

  // Content scripts must not read the pairing token: keep extension storage to extension pages.
  const local = browser.storage.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);

  applyManaged().catch((error) => console.warn('wcoa: could not read the managed policy', error));
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') applyManaged().catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(message, sender, ctx).then(sendResponse);
    return true; // answer asynchronously
  });

  const sync = async () => {
    await syncContentScripts(await printersItem.getValue(), await allSitesItem.getValue()).catch((error) =>
      console.warn('wcoa: could not register the content script', error),
    );
  };
  printersItem.watch(sync);
  allSitesItem.watch(sync);
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onRemoved.addListener(async (removed) => {
    await forgetRemovedPatterns(removed.origins ?? []);
    if ((removed.origins ?? []).some((pattern) => pattern === 'http://*/*' || pattern === 'https://*/*')) {
      await allSitesItem.setValue(false);
    }
  });
}
