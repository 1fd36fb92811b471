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

/**
 * Characters where folding texts joined could differ from folding each alone: spaces of every kind,
 * NUL (the joining character itself), combining marks (a text may start with one), final sigma
 * (lower-cased by its neighbours), dotted I, ß, ł, ligatures, apostrophes, full-width forms, CJK and
 * Hangul (NFKD takes syllables apart), surrogate pairs and lone surrogates, the separators.
 */
export const TRICKY = [
  ...' \t\n\r\f\v\u00a0\u1680\u2000\u2028\u3000\ufeff\u0000',
  ..."aZ09:/'`-–>›»_.",
  ...'\u0301\u0308\u0327\u0307\u036f',
  ...'ΣσςΑΟΔ',
  ...'İıßłŁﬁÅé',
  ...'’‘´：',
  ...'メールサーバ漢한국ｶﾞＥ',
  '😀',
  '\ud800',
  '\udc00',
];

/** A seeded list of `count` texts, each up to `length` characters drawn from `alphabet`. */
export function randomTexts(seed: number, count: number, length: number, alphabet: readonly string[]) {
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    // The high bits: an LCG's low bits repeat within a few draws.
    return Math.floor(seed / 2 ** 16);
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: next() % (length + 1) }, () => alphabet[next() % alphabet.length]).join(''),
  );
}
