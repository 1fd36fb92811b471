import { documentOf, isDocument, type Scope, WRAP_PLACE } from './scope.ts';

/**
 * How big and how deep a page is. Real Web Config pages have a few thousand elements nested a few
 * dozen deep (a long job history: about ten thousand); the limits are well above that and bound
 * every reader's cost (jsdom answers each selector query in time linear in the page).
 *
 * Measured by the browser, not by walking every element in JavaScript (a 1 MB page has some 25,000,
 * and a walk visiting each from script costs milliseconds in Chromium): the element count is asked of
 * the scope's own collection (the content's, scope.ts, or the document's), the depth by one relative
 * selector (tooDeep).
 * The collection is asked whether it has an element at an index, not its length: Chromium answers a
 * length by storing every element of the page in the collection's cache (1.9 ms on a fresh 1 MB page
 * of 27,000 elements), an index by walking to it (0.4 ms there), and stops at the bound on a larger page.
 */
export const MAX_ELEMENTS = 30_000;
export const MAX_DEPTH = 256;

/** Without `:has()`: deeper than most pages' deepest element, so that little lies below it to walk. */
const SCAN_DEPTH = 16;
const below = (levels: number) => ' > *'.repeat(levels);

export interface PageShape {
  readable: boolean;
}

/** The bounds of what detect reads: a document, or the content's wrap that contentScope (scope.ts) gives. */
export function pageShape(scope: Scope): PageShape {
  // A document's elements are its root element's subtree (a document has one root); an element's,
  // its descendants.
  const all = scope.getElementsByTagName('*');
  if (all.item(MAX_ELEMENTS) !== null) return { readable: false };
  // Each level of nesting is an element: a page of at most MAX_DEPTH elements (most Web Config pages)
  // is no deeper than that, and needs no look at its depth.
  if (all.item(MAX_DEPTH) === null) return { readable: true };
  return { readable: !tooDeep(scope) };
}

/**
 * An element more than MAX_DEPTH levels below the root element, as a relative selector of the
 * levels below the root element (a document) or below the wrap (WRAP_PLACE.depth lower down).
 */
const TOO_DEEP = {
  document: `:has(${below(MAX_DEPTH + 1)})`,
  wrap: `:has(${below(MAX_DEPTH + 1 - WRAP_PLACE.depth)})`,
};

/**
 * Whether any element lies more than MAX_DEPTH levels below the document's root element. Where the
 * browser has `:has()`, one relative selector of child combinators asks it (TOO_DEEP): Chromium walks
 * the scope once, at most that deep (0.2-0.4 ms on the 1 MB job history in Chromium 150, where the
 * chain of SCAN_DEPTH child combinators below took 3.8-4.2 ms: it matched each element against its
 * ancestors, right to left; 156 takes 0.2-0.3 ms for either; Firefox's cost is not measured here, and
 * is bounded by MAX_ELEMENTS either way). Elsewhere (jsdom, whose `:has()` matches in script: 68-112 ms
 * on a page of 3,000 rows) the elements at SCAN_DEPTH are found and their subtrees walked.
 */
function tooDeep(scope: Scope): boolean {
  if (hasNativeHas(documentOf(scope))) {
    const root = isDocument(scope) ? scope.documentElement : scope;
    return root?.matches(isDocument(scope) ? TOO_DEEP.document : TOO_DEEP.wrap) ?? false;
  }
  // Anything deeper than SCAN_DEPTH lies in the subtree of an element at SCAN_DEPTH; those subtrees
  // are disjoint, so walking them all visits each deep element once.
  for (const top of Array.from(atScanDepth(scope))) {
    if (SCAN_DEPTH + subtreeDepth(top, MAX_DEPTH - SCAN_DEPTH) > MAX_DEPTH) return true;
  }
  return false;
}

/** The document's browser answers `:has()` itself: its window has CSS.supports (jsdom's has none). */
function hasNativeHas(doc: Document): boolean {
  const css = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS;
  return typeof css?.supports === 'function' && css.supports('selector(:has(*))');
}

/**
 * The scope's elements exactly SCAN_DEPTH below the root element (where the browser has no `:has()`).
 * An element scope is the wrap that contentScope gives: its deep elements are found by a selector
 * naming its place by tag and class (WRAP_PLACE), so that the selector finds only the wrap's.
 */
function atScanDepth(scope: Scope): ArrayLike<Element> {
  if (isDocument(scope)) {
    return scope.documentElement ? scope.querySelectorAll(`:root${below(SCAN_DEPTH)}`) : [];
  }
  return scope.querySelectorAll(`${WRAP_PLACE.selector}${below(SCAN_DEPTH - WRAP_PLACE.depth)}`);
}

/** How far below `root` its deepest element lies, without recursion; stops once past `limit`. */
function subtreeDepth(root: Element, limit: number): number {
  let depth = 0;
  let maxDepth = 0;
  let node: Element | null = root;
  while (node) {
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      if (depth > maxDepth) maxDepth = depth;
      if (maxDepth > limit) return maxDepth;
      continue;
    }
    while (node && node !== root && node.nextElementSibling === null) {
      node = node.parentElement;
      depth--;
    }
    if (!node || node === root) break;
    node = node.nextElementSibling;
  }
  return maxDepth;
}

/** A frameset document: the parser makes the frameset the document's body, and puts it nowhere else. */
export function isFramesetPage(doc: Document): boolean {
  return doc.body?.localName === 'frameset';
}
