import { describe, expect, it } from 'vitest';
import { readLean } from '../bench/lean-reader.ts';
import { detect } from '../src/webconfig/index.ts';
import { captureNames, capturesPresent, parse, readCapture } from './webconfig-helpers.ts';

/**
 * The bench's lean reader is only an estimate of a rewrite if it returns what detect returns: detect's
 * PageModel on the pages it reads, null wherever detect would have more to read or another verdict.
 */

/** The basic UI's Product Status page, as the captures lay it out (WF-7840_PRTINFO, trimmed). */
const page = ({ row = '', extra = '' } = {}) => `<!DOCTYPE html><html><head>
<meta name="author" content="SEIKO EPSON CORPORATION"><title>WF-1234 Series</title></head>
<body><div class="wrap"><div class="header"><h1><span class="header">WF-1234 Series</span></h1></div>
<div class="section"><h2>Product Status</h2>
<form><select name="SEL_LANG"><option value="0" selected>English</option><option value="1">Deutsch</option></select></form>
<ul class="inksection"><li class="tank">BK</li></ul>
<table><tr><td class="item-key">Device Name :</td><td class="item-value">EPSON4AADB5</td></tr>
<tr><td class="item-key">IP Address :</td><td class="item-value">192.168.0.10</td></tr>
<tr><td class="item-key">Subnet Mask :</td><td class="item-value">255.255.255.0</td></tr>
<tr><td class="item-key">MAC Address :</td><td class="item-value">00:26:AB:4A:AD:B5</td></tr>
<tr><td class="item-key">Serial Number :</td><td class="item-value">X3RT012345</td></tr>${row}</table>${extra}
</div></div></body></html>`;

describe("the bench's lean reader", () => {
  it("gives detect's PageModel on the basic UI's Product Status named by its selector", () => {
    const doc = parse(page());
    const model = detect(doc);
    expect(model.page).toBe('product-status');
    expect(model.fields.network?.ipAddress).toBe('192.168.0.10');
    expect(readLean(doc)).toEqual(model);
  });

  it.each([
    ['a login form', { extra: '<form><input type="password" name="PSWD"></form>' }],
    ['a job table', { extra: '<table><tr><th>Date</th><th>Result</th></tr></table>' }],
    [
      'a row with a control',
      { row: '<tr><td>Mode</td><td><select name="SEL_X"><option>A</option></select></td></tr>' },
    ],
    ['a mail setting', { row: '<tr><td>SMTP Server Address</td><td>smtp.example.com</td></tr>' }],
    ['a warning', { extra: '<div class="warning">Paper jam</div>' }],
  ])('leaves a page with %s to detect (null)', (_what, parts) => {
    expect(readLean(parse(page(parts)))).toBeNull();
  });

  it('reads no page without the basic UI or a language selector', () => {
    expect(readLean(parse(page().replace('name="SEL_LANG"', 'name="SEL_OTHER"')))).toBeNull();
    expect(readLean(parse(page().replace('<div class="section">', '<div class="other">')))).toBeNull();
  });

  it.skipIf(!capturesPresent)(
    "gives detect's PageModel on every capture it reads, and reads each such capture",
    () => {
      let read = 0;
      for (const name of captureNames()) {
        const doc = parse(readCapture(name));
        const model = detect(doc);
        const lean = readLean(doc);
        const itsKind =
          model.page === 'product-status' &&
          model.signals.includes('basic-skeleton') &&
          model.signals.includes('lang-selector');
        expect(lean, name).toEqual(itsKind ? model : null);
        if (lean) read++;
      }
      expect(read).toBeGreaterThan(0);
    },
  );
});
