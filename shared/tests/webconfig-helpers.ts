import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
