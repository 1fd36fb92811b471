/**
 * How big and how deep a page is, measured in one iterative pass that stops as soon as a limit is
 * passed. Real Web Config pages have a few thousand elements nested a few dozen deep (a long job
 * history: about ten thousand); the limits are well above that and bound every reader's cost (jsdom answers each selector query in time linear in the page).
 */
export const MAX_ELEMENTS = 30_000;
export const MAX_DEPTH = 256;

export interface PageShape {
  readable: boolean;
  elements: number;
  depth: number;
}

export function pageShape(doc: Document): PageShape {
  const root = doc.documentElement;
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  let node: Element | null = root;
  while (node) {
    elements++;
    if (elements > MAX_ELEMENTS) return { readable: false, elements, depth: maxDepth };
    const child: Element | null = node.firstElementChild;
    if (child) {
      node = child;
      depth++;
      if (depth > maxDepth) maxDepth = depth;
      if (maxDepth > MAX_DEPTH) return { readable: false, elements, depth: maxDepth };
      continue;
    }
    while (node && node !== root && node.nextElementSibling === null) {
      node = node.parentElement;
      depth--;
    }
    if (!node || node === root) break;
    node = node.nextElementSibling;
  }
  return { readable: true, elements, depth: maxDepth };
}
