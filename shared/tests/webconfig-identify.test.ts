import { RENDER_LANGS, renderWebConfigPage } from '@wcoa/test/webconfig-pages';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detect, isWebConfig, MAX_DEPTH, MAX_ELEMENTS } from '../src/webconfig/index.ts';
import { captureNames, negativePages, readCapture } from './webconfig-helpers.ts';

/**
 * isWebConfig is what the extension's gate runs in every frame: it must give detect()'s verdict
 * (Web Config or not) on every page, from the same evidence, without reading the page further.
 */
const URLS = [undefined, 'http://192.0.2.7/PRESENTATION/ADVANCED/COMMON/TOP', 'https://example.org/'];
const PAGES = [
  'email-server-basic',
  'fax-server-email',
  'email-server-connection-test',
  'job-history',
  'network-status',
  'product-status',
  'login',
  'print-admin-serverless',
  'common-top',
  'menu',
] as const;

function agrees(html: string, urls: readonly (string | undefined)[] = URLS) {
  for (const url of urls) {
    const doc = new JSDOM(html, url ? { url } : {}).window.document;
    const verdict = detect(doc, url).page !== 'not-webconfig';
    expect(isWebConfig(doc, url), url ?? 'no url').toBe(verdict);
  }
}

describe("the gate's question (isWebConfig) gives detect()'s verdict", () => {
  it.each(negativePages().map((p) => [p.name, p.html] as const))('%s (not Web Config)', (_n, html) => {
    agrees(html);
    expect(isWebConfig(new JSDOM(html).window.document)).toBe(false);
  });

  it.each(captureNames())('capture %s', (name) => {
    const html = readCapture(name);
    agrees(html);
    expect(isWebConfig(new JSDOM(html).window.document)).toBe(true);
  });

  it('every synthetic page, both generations, every language', { timeout: 300_000 }, () => {
    for (const lang of RENDER_LANGS) {
      for (const generation of ['advanced', 'basic'] as const) {
        for (const page of lang === 'en' ? PAGES : (['product-status', 'menu'] as const)) {
          const html = renderWebConfigPage({ page, generation, lang, model: 'WF-C5790' });
          agrees(html, lang === 'en' ? URLS : [URLS[1]]);
        }
      }
    }
  });

  it('pages too large to read: the head marks alone, as detect() reads them', { timeout: 120_000 }, () => {
    const head = '<!DOCTYPE html><html><head><meta name="Author" content="SEIKO EPSON">';
    const deep = `${head}<title>WF-C5790 Series</title></head><body>${'<div>'.repeat(MAX_DEPTH + 5)}x</body></html>`;
    const wide = `${head}</head><body><input name="INPUTT_SETUPTOKEN">${'<i></i>'.repeat(MAX_ELEMENTS)}</body></html>`;
    for (const html of [deep, wide, deep.replace('SEIKO EPSON', 'ACME')]) agrees(html, [URLS[1]]);
  });
});
