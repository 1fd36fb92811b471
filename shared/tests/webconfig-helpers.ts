import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type PageSpec, renderWebConfigPage } from '@wcoa/test/webconfig-pages';
import { JSDOM } from 'jsdom';
import { PageModelSchema } from '../src/protocol/page-model.ts';
import { detect, type PageModel } from '../src/webconfig/index.ts';

/** Parse HTML as a browser would and detect; the result is also checked against the wire schema. */
export function detectHtml(html: string, url?: string): PageModel {
  const dom = new JSDOM(html, url ? { url } : {});
  const model = detect(dom.window.document, url);
  PageModelSchema.parse(model);
  return model;
}

/** The printer model a synthetic page names unless a test says another. */
export const SYNTHETIC_MODEL = 'WF-C5790';

/**
 * A synthetic page naming only what a test is about: by default the Email Server page of the
 * advanced generation, in English, on SYNTHETIC_MODEL.
 */
export function renderPage(spec: Partial<PageSpec> = {}): string {
  return renderWebConfigPage({
    page: 'email-server-basic',
    generation: 'advanced',
    lang: 'en',
    model: SYNTHETIC_MODEL,
    ...spec,
  });
}

export function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

/** The real captures live outside the repo (../shared relative to the repo root) and may be absent. */
export const CAPTURES_DIR = fileURLToPath(
  new URL('../../../shared/reference/webconfig-captures/', import.meta.url),
);
export const capturesPresent = existsSync(CAPTURES_DIR);

export function readCapture(name: string): string {
  return readFileSync(`${CAPTURES_DIR}${name}`, 'utf8');
}

export function captureNames(): string[] {
  return capturesPresent ? readdirSync(CAPTURES_DIR).filter((f) => f.endsWith('.html')) : [];
}

export const NEGATIVE_DIR = fileURLToPath(new URL('../../test/fixtures/not-webconfig/', import.meta.url));

export function negativePages(): Array<{ name: string; html: string }> {
  return readdirSync(NEGATIVE_DIR)
    .filter((f) => f.endsWith('.html'))
    .map((name) => ({ name, html: readFileSync(`${NEGATIVE_DIR}${name}`, 'utf8') }));
}
