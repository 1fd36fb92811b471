import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CONTENT_SCRIPT_ID,
  contentScriptMatches,
  syncContentScripts,
} from '../src/printers/content-scripts.ts';
import { enableOrigin } from '../src/printers/enable.ts';
import { forgetRemovedPatterns, revokePrinter, setAllSites } from '../src/printers/printers.ts';
import { allSitesItem, printersItem } from '../src/settings.ts';
import { handleMessage } from '../src/sw/handler.ts';

type Script = { id: string; matches?: string[]; allFrames?: boolean; js?: string[]; runAt?: string };

/** The browser's permission store and script registry, as far as these tests need them. */
function fakePermissions(granted: Set<string>, answer: boolean) {
  fakeBrowser.permissions.request = vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
    if (answer) for (const o of origins) granted.add(o);
    return answer;
  });
  fakeBrowser.permissions.contains = vi.fn(async ({ origins = [] }: { origins?: string[] }) =>
    origins.every((o) => granted.has(o)),
  );
  fakeBrowser.permissions.remove = vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
    for (const o of origins) granted.delete(o);
    return true;
  });
}

function fakeScripting() {
  const registered = new Map<string, Script>();
  fakeBrowser.scripting.getRegisteredContentScripts = vi.fn(async (filter?: { ids?: string[] }) =>
    [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
  ) as never;
  fakeBrowser.scripting.registerContentScripts = vi.fn(async (scripts: Script[]) => {
    for (const s of scripts) registered.set(s.id, s);
  }) as never;
  fakeBrowser.scripting.updateContentScripts = vi.fn(async (scripts: Script[]) => {
    for (const s of scripts) registered.set(s.id, { ...registered.get(s.id), ...s });
  }) as never;
  fakeBrowser.scripting.unregisterContentScripts = vi.fn(async (filter?: { ids?: string[] }) => {
    for (const id of filter?.ids ?? []) registered.delete(id);
  }) as never;
  return registered;
}

beforeEach(() => {
  fakeBrowser.reset();
  // The options page's messages reach the real handler, as the service worker wires it.
  fakeBrowser.runtime.onMessage.addListener((message: unknown, sender: object) =>
    handleMessage(
      message,
      { ...sender, id: 'ext-id', url: 'chrome-extension://ext-id/options.html' },
      {
        extensionId: 'ext-id',
        extensionBaseUrl: 'chrome-extension://ext-id/',
        browserName: 'Chromium',
      },
    ),
  );
});

describe('enabling a printer (popup "Enable on this printer", options "Add a printer")', () => {
  it('asks the browser for that printer’s origin only, then lists it', async () => {
    fakePermissions(new Set(), true);
    expect(await enableOrigin('https://10.0.0.5:8443')).toBe(true);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['https://10.0.0.5/*'] });
    expect(await printersItem.getValue()).toEqual(['https://10.0.0.5:8443']);
  });

  it('lists nothing when the admin declines the prompt', async () => {
    fakePermissions(new Set(), false);
    expect(await enableOrigin('http://10.0.0.5')).toBe(false);
    expect(await printersItem.getValue()).toEqual([]);
  });

  it('needs no new grant for 127.0.0.1, which the extension holds for its agent', async () => {
    fakePermissions(new Set(['http://127.0.0.1/*']), false);
    fakeBrowser.permissions.request = vi.fn(async () => true); // Chromium: already held, no prompt
    expect(await enableOrigin('http://127.0.0.1:5123')).toBe(true);
    expect(await printersItem.getValue()).toEqual(['http://127.0.0.1:5123']);
  });

  it('revoking gives the grant back unless another printer on the host or the manifest needs it', async () => {
    const granted = new Set(['http://10.0.0.5/*', 'http://127.0.0.1/*']);
    fakePermissions(granted, true);
    await printersItem.setValue(['http://10.0.0.5', 'http://10.0.0.5:8080', 'http://127.0.0.1:5123']);
    fakeBrowser.runtime.getManifest = () => ({ host_permissions: ['http://127.0.0.1/*'] }) as never;
    await revokePrinter('http://10.0.0.5:8080');
    expect(granted.has('http://10.0.0.5/*')).toBe(true);
    await revokePrinter('http://10.0.0.5');
    expect(granted.has('http://10.0.0.5/*')).toBe(false);
    await revokePrinter('http://127.0.0.1:5123');
    expect(granted.has('http://127.0.0.1/*')).toBe(true);
    expect(await printersItem.getValue()).toEqual([]);
  });

  it('forgets printers whose permission the browser took back', async () => {
    await printersItem.setValue(['http://10.0.0.5', 'http://10.0.0.6']);
    await forgetRemovedPatterns(['http://10.0.0.6/*']);
    expect(await printersItem.getValue()).toEqual(['http://10.0.0.5']);
  });

  it('the all-sites switch: on only as far as the browser grants, off when the grant goes', async () => {
    const granted = new Set<string>();
    fakePermissions(granted, false);
    await setAllSites(true);
    expect(await allSitesItem.getValue()).toBe(false);
    fakePermissions(granted, true);
    await setAllSites(true);
    expect(await allSitesItem.getValue()).toBe(true);
    await forgetRemovedPatterns(['http://10.0.0.9/*']);
    expect(await allSitesItem.getValue()).toBe(true);
    await forgetRemovedPatterns(['https://*/*']);
    expect(await allSitesItem.getValue()).toBe(false);
  });
});

describe('the content script registration', () => {
  it('one pattern per host, all frames, or every site with the switch', () => {
    expect(
      contentScriptMatches(['http://10.0.0.5:8080', 'http://10.0.0.5', 'https://p.local'], false),
    ).toEqual(['http://10.0.0.5/*', 'https://p.local/*']);
    expect(contentScriptMatches([], true)).toEqual(['http://*/*', 'https://*/*']);
  });

  it('registers, updates and unregisters the one script as the list changes', async () => {
    const registered = fakeScripting();
    await syncContentScripts(['http://10.0.0.5'], false);
    expect(registered.get(CONTENT_SCRIPT_ID)).toMatchObject({
      matches: ['http://10.0.0.5/*'],
      allFrames: true,
      // The gate listens for DOMContentLoaded ahead of the page: the first visit's clock runs from there.
      runAt: 'document_start',
    });
    await syncContentScripts(['http://10.0.0.5', 'http://10.0.0.6'], false);
    expect(registered.get(CONTENT_SCRIPT_ID)?.matches).toEqual(['http://10.0.0.5/*', 'http://10.0.0.6/*']);
    await syncContentScripts([], false);
    expect(registered.size).toBe(0);
  });
});
