import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderWebConfigPage } from '@wcoa/test/webconfig-pages';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runGate } from '../src/content/gate.ts';
import { takeWelcome } from '../src/content/handoff.ts';

const NEGATIVE = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/not-webconfig');

/** The gate in a document of this HTML (jsdom's own document, replaced). */
function load(html: string): void {
  document.open();
  document.write(html);
  document.close();
}

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the gate every frame runs', () => {
  it('never wakes the service worker on a page that is not Web Config', () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    for (const name of [
      'brother-email-server.html',
      'lookalike-admin-series.html',
      'epson-product-page.html',
    ]) {
      load(readFileSync(join(NEGATIVE, name), 'utf8'));
      runGate();
    }
    expect(send).not.toHaveBeenCalled();
  });

  it('on a Web Config page, asks for the overlay and hands the answer over to it', async () => {
    const answer = {
      ok: true,
      data: { enabled: true, lang: 'auto', checklist: [], memory: null, table: 'en' },
    };
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(answer);
    load(
      renderWebConfigPage({ page: 'product-status', generation: 'advanced', lang: 'de', model: 'WF-C5790' }),
    );
    runGate();
    // An unframed page hosts the overlay itself.
    expect(send).toHaveBeenCalledWith({ type: 'webconfig-frame', hostsOverlay: true });
    expect(await takeWelcome()).toEqual(answer);
  });

  it('started before the page is parsed (document_start), reads it at DOMContentLoaded', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false });
    const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    load('<html><head></head><body></body></html>');
    runGate();
    expect(send).not.toHaveBeenCalled();
    // The parser reaches the end of a Web Config page: DOMContentLoaded.
    load(
      renderWebConfigPage({ page: 'product-status', generation: 'advanced', lang: 'en', model: 'WF-C5790' }),
    );
    state.mockReturnValue('interactive');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(send).toHaveBeenCalledWith({ type: 'webconfig-frame', hostsOverlay: true });
    // Once: a second event is not a second visit.
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('leaves a frameset document to its frames', () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    load(renderWebConfigPage({ page: 'common-top', generation: 'advanced', lang: 'en', model: 'WF-C5790' }));
    runGate();
    expect(send).not.toHaveBeenCalled();
  });
});
