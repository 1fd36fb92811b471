import { browser } from 'wxt/browser';
import { config as zodConfig } from 'zod';
import { readManaged } from '../managed.ts';
import { syncContentScripts } from '../printers/content-scripts.ts';
import { forgetRemovedPatterns } from '../printers/printers.ts';
import { agentPortItem, allSitesItem, printersItem } from '../settings.ts';
import { tenantConfigItem } from '../tenant/settings.ts';
import { handleMessage } from './handler.ts';
import { publishMirror } from './welcome.ts';

/**
 * Policy wins: its port and tenant settings replace the local ones when the extension is installed
 * or updated, when the browser starts and when the policy changes (managed.ts reads and checks
 * them; the tenant check reads where its client id came from). Not at every worker start: a first
 * visit wakes the worker and waits on it.
 */
async function applyManaged(): Promise<void> {
  const managed = await readManaged();
  if (managed.agentPort !== undefined) await agentPortItem.setValue(managed.agentPort);
  if (managed.tenant !== undefined || managed.clientId !== undefined) {
    const current = await tenantConfigItem.getValue();
    const authorityHost = new URL(current.authority).origin;
    await tenantConfigItem.setValue({
      ...current,
      ...(managed.tenant !== undefined ? { authority: `${authorityHost}/${managed.tenant}` } : {}),
      ...(managed.clientId !== undefined ? { clientId: managed.clientId, source: 'policy' as const } : {}),
    });
  }
}

/** Wire the service worker to the browser: messages, the printers list, permission changes. */
export function startServiceWorker(): void {
  // The worker's CSP forbids eval: zod would probe for it (new Function) at the first parse, which
  // fails and is reported as a CSP violation; its interpreter is what runs either way.
  zodConfig({ jitless: true });
  const ctx = {
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    browserName: navigator.userAgent.includes('Firefox') ? 'Firefox' : 'Chromium',
  };

  // Content scripts must not read the pairing token: keep local storage to extension pages. They
  // read session storage, which holds only the first-visit mirror the worker writes (sw/welcome.ts).
  type Area = { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  (browser.storage.local as Area)
    .setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
    .catch(() => undefined);
  (browser.storage.session as Area)
    .setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' })
    .catch(() => undefined);

  const policy = () =>
    applyManaged().catch((error) => console.warn('wcoa: could not read the managed policy', error));
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void policy();
    // The mirror follows local storage: every write there (printers, settings, a printer's memory).
    if (area === 'local') void publishMirror();
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
  // Session storage (the mirror) starts empty with the browser and with each version.
  const settle = () => Promise.all([policy(), sync(), publishMirror()]);
  browser.runtime.onInstalled.addListener(settle);
  browser.runtime.onStartup.addListener(settle);
  browser.permissions.onRemoved.addListener((removed) => forgetRemovedPatterns(removed.origins ?? []));
}
