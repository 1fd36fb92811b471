import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderWebConfigPage } from '@wcoa/test/webconfig-pages';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runGate } from '../src/content/gate.ts';
import { takeWelcome } from '../src/content/handoff.ts';
import { MIRROR_ALL, mirrorKey, type Welcome } from '../src/content/mirror.ts';

// What the gate loads into its isolated world (module import() of the extension's files, which
// jsdom cannot fetch): recorded in order.
const loaded = vi.hoisted(() => [] as string[]);
vi.mock('../src/content/load.ts', async (original) => ({
  ...(await original<typeof import('../src/content/load.ts')>()),
  loadFile: async (file: string) => {
    loaded.push(file);
  },
}));

const NEGATIVE = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/not-webconfig');
/** A printer's state as the worker read it, and its welcome with the table the gate should load. */
const STATE = { checklist: ['smtp-auth-enabled'], memory: null, layout: null, expectedEndpoints: [] };
const WELCOME: Welcome = { enabled: true, lang: 'auto', table: 'de', ...STATE };
const webConfig = () =>
  renderWebConfigPage({ page: 'product-status', generation: 'advanced', lang: 'de', model: 'WF-C5790' });

/** The gate in a document of this HTML (jsdom's own document, replaced). */
function load(html: string): void {
  document.open();
  document.write(html);
  document.close();
}

/** jsdom's own DOMContentLoaded of the document written last, which comes a task later, is past. */
const parsed = () => new Promise((r) => setTimeout(r, 0));

/** The mirror as the worker writes it (sw/welcome.ts): this page's origin enabled or not. */
async function mirror(own: Welcome | null, others: Welcome | null = null): Promise<void> {
  await fakeBrowser.storage.session.clear();
  await fakeBrowser.storage.session.set({
    [MIRROR_ALL]: { others },
    ...(own ? { [mirrorKey(location.origin)]: own } : {}),
  });
}

beforeEach(() => {
  loaded.length = 0;
});
afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the gate every frame runs', () => {
  it('never wakes the service worker nor loads anything on a page that is not Web Config', async () => {
    await mirror(WELCOME);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    for (const name of [
      'brother-email-server.html',
      'lookalike-admin-series.html',
      'epson-product-page.html',
    ]) {
      load(readFileSync(join(NEGATIVE, name), 'utf8'));
      runGate();
      expect((await takeWelcome()).ok).toBe(false);
    }
    expect(send).not.toHaveBeenCalled();
    expect(loaded).toEqual([]);
  });

  it("on an enabled printer's Web Config page, loads the table and the overlay itself, without the worker", async () => {
    await mirror(WELCOME);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    load(webConfig());
    runGate();
    // An unframed page hosts the overlay itself; the answer comes once the table is in.
    expect(await takeWelcome()).toEqual({ ok: true, data: WELCOME });
    expect(loaded.sort()).toEqual(['/overlay-messages/de.js', '/overlay.js']);
    expect(send).not.toHaveBeenCalled();
  });

  it('gives a Web Config page of an origin not enabled nothing, and does not wake the worker', async () => {
    await mirror(null);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    load(webConfig());
    runGate();
    expect((await takeWelcome()).ok).toBe(false);
    expect(loaded).toEqual([]);
    expect(send).not.toHaveBeenCalled();
  });

  it('with every site enabled, gives any Web Config page the welcome of a printer not seen before', async () => {
    await mirror(null, { ...WELCOME, checklist: [], table: 'en' });
    load(webConfig());
    runGate();
    expect(await takeWelcome()).toMatchObject({ ok: true, data: { checklist: [], table: 'en' } });
    expect(loaded.sort()).toEqual(['/overlay-messages/en.js', '/overlay.js']);
  });

  it('without a mirror to read, asks the worker and loads what it answers', async () => {
    const answer = { ok: true, data: { ...WELCOME, table: 'ja' } };
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(answer);
    load(webConfig());
    runGate();
    expect(await takeWelcome()).toEqual(answer);
    expect(send).toHaveBeenCalledWith({ type: 'webconfig-frame', hostsOverlay: true });
    expect(loaded.sort()).toEqual(['/overlay-messages/ja.js', '/overlay.js']);
  });

  it('loads nothing when the worker refuses the frame', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: false,
      error: { code: 'printer-not-enabled', message: '' },
    });
    load(webConfig());
    runGate();
    expect((await takeWelcome()).ok).toBe(false);
    expect(loaded).toEqual([]);
  });

  it('started before the page is parsed (document_start), reads it at DOMContentLoaded, once', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false });
    const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    load('<html><head></head><body></body></html>');
    await parsed();
    runGate();
    await new Promise((r) => setTimeout(r, 10));
    expect(send).not.toHaveBeenCalled();
    // The parser reaches the end of a Web Config page: DOMContentLoaded.
    load(webConfig());
    state.mockReturnValue('interactive');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await takeWelcome();
    expect(send).toHaveBeenCalledWith({ type: 'webconfig-frame', hostsOverlay: true });
    // Once: a second event is not a second visit.
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("starts loading the overlay as an enabled printer's page opens its body; detection still decides", async () => {
    await mirror(WELCOME);
    const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    load('<html><head></head><body></body></html>');
    await parsed();
    document.body.remove();
    runGate();
    await new Promise((r) => setTimeout(r, 10));
    expect(loaded).toEqual([]);
    document.documentElement.append(document.createElement('body'));
    await vi.waitFor(() => expect(loaded.sort()).toEqual(['/overlay-messages/de.js', '/overlay.js']));
    // DOMContentLoaded: not Web Config after all, so the overlay (already in) gets nothing to show.
    state.mockReturnValue('interactive');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect((await takeWelcome()).ok).toBe(false);
  });

  it('loads nothing early into a frameset, nor into an origin without an entry of its own', async () => {
    for (const own of [WELCOME, null]) {
      await mirror(own, { ...WELCOME, table: 'en' });
      loaded.length = 0;
      vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
      load('<html><head></head><body></body></html>');
      await parsed();
      document.body.remove();
      runGate();
      document.documentElement.append(document.createElement(own ? 'frameset' : 'body'));
      await new Promise((r) => setTimeout(r, 20));
      expect(loaded).toEqual([]);
    }
  });

  it('leaves a frameset document to its frames', async () => {
    await mirror(WELCOME);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    load(renderWebConfigPage({ page: 'common-top', generation: 'advanced', lang: 'en', model: 'WF-C5790' }));
    runGate();
    expect((await takeWelcome()).ok).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(loaded).toEqual([]);
  });
});
