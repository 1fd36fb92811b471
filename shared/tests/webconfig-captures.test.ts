import { describe, expect, it } from 'vitest';
import CAPTURE_NETWORKS from './fixtures/capture-networks.json' with { type: 'json' };
/** What each real capture is (SOURCES.md), written down by hand from reading the files. */
import EXPECTED from './fixtures/capture-pages.json' with { type: 'json' };
import { CAPTURES_DIR, captureNames, capturesPresent, detectHtml, readCapture } from './webconfig-helpers.ts';

if (!capturesPresent) {
  console.warn(
    `SKIP real Web Config captures: ${CAPTURES_DIR} is absent (it lives in ../shared next to the repo)`,
  );
}

describe.skipIf(!capturesPresent)('real Web Config captures', () => {
  it('every capture in the folder has an expectation here', () => {
    expect(captureNames().sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const model = detectHtml(readCapture(file));
    expect(model.vendor).toBe('epson');
    expect(model.page).toBe(expected.page);
    expect(model.model).toBe(expected.model);
    expect(model.lang).toBe(expected.lang);
    expect(model.signals).toContain('meta-author');
  });

  /**
   * The network fields of three captures, read by hand from each file (fixtures/capture-networks.json):
   * the Network Status page (English, skipping the Wi-Fi Direct tab) and basic product status pages in
   * Polish and German (the wired table has no SSID: the Wi-Fi Direct table's must not leak in).
   */
  it.each(Object.entries(CAPTURE_NETWORKS))('reads the network fields of %s', (file, network) => {
    expect(detectHtml(readCapture(file)).fields.network).toEqual(network);
  });

  it('keeps the Network Status page raw, by its own labels, without the connection method', () => {
    const model = detectHtml(readCapture('ET-4950_INFO_NWINFO_TOP.html'));
    expect(model.raw.network?.['IP Address']).toBe('10.0.1.116');
    expect(model.raw.network?.['Connection Method']).toBeUndefined();
  });

  it('reads the serial number where product status shows it (German labels)', () => {
    const model = detectHtml(readCapture('ET-2750_INFO_PRTINFO_TOP_de.html'));
    expect(model.fields.serialNumber).toBe('X95B006435');
    expect(model.fields.network?.macAddress).toBe('E0:BB:9E:CF:82:A4');
    expect(model.raw.network).toEqual({ 'Netzwerk-MAC-Adresse': 'E0:BB:9E:CF:82:A4' });
  });

  it('leaves placeholder values absent but keeps them raw (WF-2510 has XX.XX.XX.XX)', () => {
    const model = detectHtml(readCapture('WF-2510_PRTINFO.html'));
    expect(model.fields.network?.ipAddress).toBeUndefined();
    expect(model.raw.network?.['Indirizzo IP']).toBe('XX.XX.XX.XX');
  });

  it('a capture still reads the same with its URL, and the URL adds a supporting signal only', () => {
    const withUrl = detectHtml(
      readCapture('ET-4950_INFO_NWINFO_TOP.html'),
      'http://192.0.2.10/PRESENTATION/ADVANCED/INFO_NWINFO/TOP',
    );
    const without = detectHtml(readCapture('ET-4950_INFO_NWINFO_TOP.html'));
    expect(withUrl.page).toBe(without.page);
    expect(withUrl.fields).toEqual(without.fields);
    expect(withUrl.signals).toContain('presentation-path');
  });
});
