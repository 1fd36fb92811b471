import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CONTENT_SCRIPT_ID,
  contentScriptMatches,
  syncContentScripts,
} from '../src/printers/content-scripts.ts';
import { enableOrigin } from '../src/printers/enable.ts';
import { OVERLAY_SCRIPT_ID, preloadsFor, syncPreloads } from '../src/printers/preloads.ts';
import { forgetRemovedPatterns, revokePrinter, setAllSites } from '../src/printers/printers.ts';
import { allSitesItem, langItem, printerKeys, printersItem } from '../src/settings.ts';
import { handleMessage } from '../src/sw/handler.ts';
import { publishMirror } from '../src/sw/welcome.ts';
import { fakeScripting } from './fake-scripting.ts';

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

beforeEach(() => {
  fakeBrowser.reset();
  // Every enabling rewrites the mirror, and the preloads after it.
  fakeScripting();
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

describe('the preloads: the overlay and each printer’s table, injected before the page is parsed', () => {
  const tables = (entries: [string, string][]) => new Map(entries) as Parameters<typeof preloadsFor>[0];

  it('one overlay for every printer host, one table per language for the hosts whose printers take it', () => {
    const scripts = preloadsFor(
      tables([
        ['http://10.0.0.5:8080', 'de'],
        ['http://10.0.0.5', 'pt-BR'],
        ['https://p.local', 'de'],
      ]),
    );
    expect(scripts.map(({ id, matches, js }) => ({ id, matches, js }))).toEqual([
      { id: OVERLAY_SCRIPT_ID, matches: ['http://10.0.0.5/*', 'https://p.local/*'], js: ['/overlay.js'] },
      {
        id: 'wcoa-table-de',
        matches: ['http://10.0.0.5/*', 'https://p.local/*'],
        js: ['/overlay-messages/de.js'],
      },
      { id: 'wcoa-table-pt-BR', matches: ['http://10.0.0.5/*'], js: ['/overlay-messages/pt-BR.js'] },
    ]);
    // Every frame (Web Config's content frame is one), before the page's own parse and scripts.
    for (const s of scripts) expect(s).toMatchObject({ allFrames: true, runAt: 'document_start' });
    expect(preloadsFor(tables([]))).toEqual([]);
  });

  it('registers, updates and unregisters only what changed, and leaves the gate’s registration alone', async () => {
    const registered = fakeScripting();
    await syncContentScripts(['http://10.0.0.5'], false);
    await syncPreloads(tables([['http://10.0.0.5', 'en']]));
    expect([...registered.keys()].sort()).toEqual(
      [CONTENT_SCRIPT_ID, OVERLAY_SCRIPT_ID, 'wcoa-table-en'].sort(),
    );
    const calls = () =>
      [
        fakeBrowser.scripting.registerContentScripts,
        fakeBrowser.scripting.updateContentScripts,
        fakeBrowser.scripting.unregisterContentScripts,
      ].map((f) => vi.mocked(f).mock.calls.length);
    const before = calls();
    await syncPreloads(tables([['http://10.0.0.5', 'en']]));
    expect(calls()).toEqual(before);
    await syncPreloads(
      tables([
        ['http://10.0.0.5', 'fr'],
        ['http://10.0.0.6', 'en'],
      ]),
    );
    expect(registered.get(OVERLAY_SCRIPT_ID)?.matches).toEqual(['http://10.0.0.5/*', 'http://10.0.0.6/*']);
    expect(registered.get('wcoa-table-en')?.matches).toEqual(['http://10.0.0.6/*']);
    expect(registered.get('wcoa-table-fr')?.matches).toEqual(['http://10.0.0.5/*']);
    await syncPreloads(tables([]));
    expect([...registered.keys()]).toEqual([CONTENT_SCRIPT_ID]);
  });

  it('brings a registration an earlier version left (they persist across sessions) to this one’s shape', async () => {
    const registered = fakeScripting();
    registered.set(OVERLAY_SCRIPT_ID, {
      id: OVERLAY_SCRIPT_ID,
      matches: ['http://10.0.0.5/*'],
      js: ['/overlay.js'],
      allFrames: true,
      runAt: 'document_idle',
    });
    await syncPreloads(tables([['http://10.0.0.5', 'en']]));
    expect(registered.get(OVERLAY_SCRIPT_ID)?.runAt).toBe('document_start');
  });

  it('follow the mirror: each enabled printer’s table as its welcome names it', async () => {
    const registered = fakeScripting();
    await langItem.setValue('auto');
    await printersItem.setValue(['http://10.0.0.5', 'http://10.0.0.6:8080']);
    // The language 10.0.0.6's pages spoke last time; 10.0.0.5 was never visited: the browser's (jsdom: en-US).
    await fakeBrowser.storage.local.set({ [printerKeys('http://10.0.0.6:8080').overlayLang.slice(6)]: 'ja' });
    await publishMirror();
    expect(registered.get(OVERLAY_SCRIPT_ID)?.matches).toEqual(['http://10.0.0.5/*', 'http://10.0.0.6/*']);
    expect(registered.get('wcoa-table-ja')?.matches).toEqual(['http://10.0.0.6/*']);
    expect(registered.get('wcoa-table-en')?.matches).toEqual(['http://10.0.0.5/*']);
    // The options' language wins over what a printer's pages spoke.
    await langItem.setValue('de');
    await publishMirror();
    expect([...registered.keys()].filter((id) => id.startsWith('wcoa-table-'))).toEqual(['wcoa-table-de']);
    await printersItem.setValue([]);
    await publishMirror();
    expect(registered.size).toBe(0);
  });
});
