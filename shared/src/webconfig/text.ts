/**
 * Text helpers shared by the readers. Web Config pads labels with `&nbsp;:` and mixes
 * full-width punctuation into CJK labels, so every comparison goes through `fold`.
 *
 * Every text a reader looks at is bounded: a label, a value or a title is short on a real page,
 * and a hostile page (a 100,000-letter title, megabytes inside one cell, nesting 100,000 deep)
 * must cost no more than a real one. Text is read by walking the tree without recursion.
 */

/** Longest text any reader keeps from one element; Web Config's longest notices are far shorter. */
export const MAX_TEXT = 2000;
/** A page title names a model or a page: a few dozen characters. */
const MAX_TITLE = 300;

const TEXT_NODE = 3;
const CDATA_NODE = 4;
const ELEMENT_NODE = 1;

/**
 * The text inside `root` (its text nodes in document order, as textContent), at most `max`
 * characters. Iterative (firstChild / nextSibling / parentNode), so nesting depth costs nothing;
 * stops as soon as it has `max` characters. Elements whose tag is in `skip` are not entered;
 * `separator` goes between text nodes.
 */
export function boundedText(
  root: Node | null | undefined,
  max = MAX_TEXT,
  skip?: ReadonlySet<string>,
  separator = '',
): string {
  if (!root) return '';
  if (root.nodeType === TEXT_NODE || root.nodeType === CDATA_NODE)
    return (root.nodeValue ?? '').slice(0, max);
  let node: Node | null = root.firstChild;
  // Most elements read (a label, a value, a title) hold one text node and nothing else: its text is
  // the walk's whole result, without the walk (on a cold first call every step of it costs).
  if (
    node !== null &&
    node === root.lastChild &&
    (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE)
  )
    return (node.nodeValue ?? '').slice(0, max);
  // Each node's type, text or first child, and next sibling are asked once each.
  let out = '';
  while (node !== null) {
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      const value = (node.nodeValue ?? '').slice(0, max);
      out = out && separator ? out + separator + value : out + value;
      if (out.length >= max) return out.slice(0, max);
    } else if (type === ELEMENT_NODE && !skip?.has((node as Element).tagName)) {
      const child: Node | null = node.firstChild;
      if (child !== null) {
        node = child;
        continue;
      }
    }
    // Next sibling, else climb until an ancestor below root has one.
    let next: Node | null = node.nextSibling;
    while (next === null) {
      node = node.parentNode;
      if (node === null || node === root) return out;
      next = node.nextSibling;
    }
    node = next;
  }
  return out;
}

/** Visible text of an element with whitespace (including nbsp) collapsed, bounded. */
export function textOf(node: Node | null | undefined, max = MAX_TEXT): string {
  return clean(boundedText(node, max));
}

/** The document's title, bounded (document.title itself is linear; what we do with it must be too). */
export function titleOf(doc: Document): string {
  return clean((doc.title ?? '').slice(0, MAX_TITLE));
}

/** A run of white space, no-break and ideographic spaces included: what clean makes one space. */
export const SPACES = /[\s\u00a0\u3000]+/g;

export function clean(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

/** A label as shown, without the trailing colon Web Config appends. */
export function stripLabel(text: string): string {
  const c = clean(text);
  // A plain suffix check, not /\s*[:：]\s*$/ (which backtracks over every run of spaces).
  const last = c.at(-1);
  return last === ':' || last === '：' ? c.slice(0, -1).trimEnd() : c;
}

/**
 * Comparable form of a label or value: lower case, accents and apostrophe variants folded,
 * punctuation turned to spaces. CJK characters pass through unchanged.
 */
const foldCache = new Map<string, string>();
/** Only short texts (labels, options) repeat; caching long ones would only hold memory. */
const CACHE_LIMIT = 200;

export function fold(text: string): string {
  if (text.length > CACHE_LIMIT) return foldUncached(text);
  // Labels repeat across readers and pages; folding is pure, so remember recent results.
  const cached = foldCache.get(text);
  if (cached !== undefined) return cached;
  if (foldCache.size > 5000) foldCache.clear();
  const folded = foldUncached(text);
  foldCache.set(text, folded);
  return folded;
}

/** Only ASCII: nothing for NFKD or the accent and script rules below to change. */
const ASCII = /^[\x20-\x7e]*$/;

function foldUncached(text: string): string {
  const cleaned = clean(text);
  // Most labels are plain ASCII (English, and every token: SMTP, IPv4, OAuth2). For those foldByRule's
  // steps reduce to lower case, the backquote as an apostrophe and ASCII letters and digits; this
  // spares every such text (and pages with no other) the Unicode-property pattern's cost.
  if (ASCII.test(cleaned)) {
    return cleaned
      .toLowerCase()
      .replace(/`/g, "'")
      .replace(/[^a-z0-9'/]+/g, ' ')
      .trim();
  }
  return foldByRule(cleaned);
}

/**
 * The one folding rule for every cleaned text: accents off, lower case, apostrophes as one, and
 * anything but letters, digits, apostrophes and slashes as a space. fold's ASCII shortcut must
 * give what this gives (a test holds it to that).
 */
export function foldByRule(cleaned: string): string {
  const lowered = lowerByRule(cleaned);
  // Accented Latin ("Método", "Einstellungen für") is ASCII once its accents are gone: the ASCII
  // rule then keeps what the Unicode-property pattern keeps, without that pattern's cost.
  if (ASCII.test(lowered)) return lowered.replace(/[^a-z0-9'/]+/g, ' ').trim();
  return lowered.replace(/[^\p{L}\p{N}'/]+/gu, ' ').trim();
}

/**
 * What joins texts that are cleaned or folded together: NUL, which the HTML parser never leaves in a
 * text node (a page's script may put one there: such texts are then taken one by one).
 */
export const JOIN = '\u0000';

/** Whether `texts` can be joined by JOIN and split back into themselves. */
export const joinable = (texts: readonly string[]) => !texts.join('').includes(JOIN);

/**
 * fold() of each text, equal to texts.map(fold) (a test holds it), in one pass of each of the rule's
 * patterns over the texts joined by JOIN instead of a dozen pattern calls for each: on a first call
 * in a page every call costs, and the language reading folds a page's hundred-odd short texts. Each
 * step acts on single characters or on runs that a NUL ends (it is no space, letter, digit, mark or
 * cased letter), so each text folds as it would alone; the general rule is fold's ASCII shortcut's
 * equal on ASCII texts.
 */
export function foldEach(texts: readonly string[]): string[] {
  if (texts.length === 0) return [];
  if (!joinable(texts)) return texts.map(fold);
  return lowerByRule(texts.join(JOIN).replace(SPACES, ' '))
    .replace(/[^\p{L}\p{N}'/\0]+/gu, ' ')
    .replace(/ ?\0 ?/g, JOIN)
    .trim()
    .split(JOIN);
}

/** The rule's steps that act on single characters: accents off, lower case, apostrophes as one. */
function lowerByRule(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
}

export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
export const MAC = /^(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$/;
export const SUBNET_MASK = /^255\.(?:255|254|252|248|240|224|192|128|0)\.\d{1,3}\.\d{1,3}$/;
