/**
 * Finding elements by tag in document order without a selector list: Chromium answers one tag
 * (querySelectorAll) by a tight walk of the page, but matches a list ('dt, tr', 'h1, h2, h3')
 * against every element, some milliseconds on a 1 MB page even when the caller wants the first few.
 * A tag's live collection (getElementsByTagName) stops at what is read, but walks several times
 * slower, and a tag with fewer elements than wanted (the usual case) is walked to the page's end
 * either way (1 MB page: about 0.4 ms for a collection, 0.1 for querySelectorAll).
 */

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * The elements below `root` whose tag is one of `tags`, in document order, at most `max`: each tag's
 * elements, merged two at a time by document position, each merge stopping at `max`.
 */
export function byTags(
  root: Document | Element,
  tags: readonly string[],
  max = Number.POSITIVE_INFINITY,
): Element[] {
  let merged: Element[] = [];
  for (const tag of tags) {
    const list = root.querySelectorAll(tag);
    if (list.length === 0) continue;
    const next: Element[] = [];
    let i = 0;
    let j = 0;
    while (next.length < max) {
      const a = merged[i];
      const b = list[j];
      if (!a && !b) break;
      if (a && (!b || a.compareDocumentPosition(b) & FOLLOWING)) {
        next.push(a);
        i++;
      } else if (b) {
        next.push(b);
        j++;
      }
    }
    merged = next;
  }
  return merged;
}

/**
 * A table row's first `max` cells (td and th), in order: an HTML tr's own collection of them (`cells`),
 * taken by the array builtin rather than walked in script (the 1 MB Job History's first call runs
 * 207.8k characters of detect's code so against 236.8k with the walk, V8's block coverage; first-call
 * timings put the two within the bench's spread); a tr outside HTML's namespace has none and is
 * walked sibling by sibling.
 */
export function rowCells(tr: Element, max: number): Element[] {
  const own = (tr as Partial<HTMLTableRowElement>).cells;
  if (own !== undefined) return Array.prototype.slice.call(own, 0, max) as Element[];
  const cells: Element[] = [];
  for (let c = tr.firstElementChild; c && cells.length < max; c = c.nextElementSibling) {
    if (c.tagName === 'TD' || c.tagName === 'TH') cells.push(c);
  }
  return cells;
}
