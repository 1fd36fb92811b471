/**
 * Text helpers shared by the readers. Web Config pads labels with `&nbsp;:` and mixes
 * full-width punctuation into CJK labels, so every comparison goes through `fold`.
 */

/** Visible text of an element with whitespace (including nbsp) collapsed. */
export function textOf(node: Node | null | undefined): string {
  return clean(node?.textContent ?? '');
}

export function clean(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** A label as shown, without the trailing colon Web Config appends. */
export function stripLabel(text: string): string {
  return clean(text).replace(/\s*[:：]\s*$/, '');
}

/**
 * Comparable form of a label or value: lower case, accents and apostrophe variants folded,
 * punctuation turned to spaces. CJK characters pass through unchanged.
 */
const foldCache = new Map<string, string>();

export function fold(text: string): string {
  // Labels repeat across readers and pages; folding is pure, so remember recent results.
  const cached = foldCache.get(text);
  if (cached !== undefined) return cached;
  if (foldCache.size > 5000) foldCache.clear();
  const folded = foldUncached(text);
  foldCache.set(text, folded);
  return folded;
}

function foldUncached(text: string): string {
  return clean(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}'/]+/gu, ' ')
    .trim();
}

/** True when `needle` (already folded) appears in `hay` (already folded) on word boundaries. */
export function containsPhrase(hay: string, needle: string): boolean {
  if (!needle) return false;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(needle)) {
    return hay.includes(needle);
  }
  return ` ${hay} `.includes(` ${needle} `);
}

export const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
export const MAC = /^(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$/;
export const SUBNET_MASK = /^255\.(?:255|254|252|248|240|224|192|128|0)\.\d{1,3}\.\d{1,3}$/;
