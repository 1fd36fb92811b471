/**
 * Where detect reads a page's content. Web Config lays all of a page's content in one div.wrap, a
 * child of the body, in both UIs (every capture in ../shared/reference/webconfig-captures); what
 * else the body holds is not Web Config's: other extensions add their elements there (three of the
 * seventeen captures carry such). The readers (and the bounds, shape.ts) look inside the wrap, so what
 * lies after it is neither read nor walked; a page without exactly one such wrap (a frameset, its menu,
 * a look-alike) is read whole.
 */
export type Scope = Document | Element;

/** A Web Config skeleton's level holds a handful of elements; a hostile page's thousands are not looked at. */
const MAX_SKELETON_CHILDREN = 100;

export const hasClass = (el: Element | null | undefined, tag: string, cls: string) =>
  el?.tagName === tag && el.classList.contains(cls);

/** `parent`'s children that are `tag.cls`, among its first MAX_SKELETON_CHILDREN. */
export function childrenWith(parent: Element, tag: string, cls: string): Element[] {
  const out: Element[] = [];
  let n = 0;
  for (let c = parent.firstElementChild; c && n < MAX_SKELETON_CHILDREN; c = c.nextElementSibling, n++) {
    if (hasClass(c, tag, cls)) out.push(c);
  }
  return out;
}

/**
 * Where contentScope finds the wrap, as a selector, and how many levels below the root element it is
 * (a document's body is its root element's child).
 */
export const WRAP_PLACE = { selector: 'body > div.wrap', depth: 2 } as const;

/** The body's one div.wrap child, else the whole document. */
export function contentScope(doc: Document): Scope {
  const body = doc.body;
  if (body?.tagName !== 'BODY') return doc;
  const wraps = childrenWith(body, 'DIV', 'wrap');
  return wraps.length === 1 ? wraps[0]! : doc;
}

/** Whether the scope is the whole document (a page without the wrap), not the wrap. */
export const isDocument = (scope: Scope): scope is Document => scope.nodeType === 9; // DOCUMENT_NODE

/** The document a scope lies in. */
export function documentOf(scope: Scope): Document {
  return isDocument(scope) ? scope : scope.ownerDocument;
}

/** Where a scope's text nodes are walked from: an element itself, a document's body. */
export function textRoot(scope: Scope): Element | null {
  return isDocument(scope) ? scope.body : scope;
}
