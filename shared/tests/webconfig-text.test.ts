import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { boundedText } from '../src/webconfig/text.ts';

/** What boundedText promises, written plainly: the text nodes below root in order, not below a skipped tag. */
function reference(root: Node, max: number, skip?: ReadonlySet<string>, separator = ''): string {
  if (root.nodeType === 3 || root.nodeType === 4) return (root.nodeValue ?? '').slice(0, max);
  const texts: string[] = [];
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3 || child.nodeType === 4) texts.push((child.nodeValue ?? '').slice(0, max));
      else if (child.nodeType === 1 && !skip?.has((child as Element).tagName)) visit(child);
    }
  };
  visit(root);
  let out = '';
  for (const value of texts) {
    out = out && separator ? out + separator + value : out + value;
    if (out.length >= max) return out.slice(0, max);
  }
  return out;
}

describe('boundedText', () => {
  it('reads what the plain definition reads, on random trees, bounds and skips', () => {
    const doc = new JSDOM('<!DOCTYPE html><body></body>').window.document;
    let seed = 3;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      // The high bits: an LCG's low bits repeat within a few draws.
      return Math.floor(seed / 2 ** 16) % n;
    };
    const tags = ['div', 'span', 'b', 'script', 'style', 'select'];
    const words = ['', ' ', 'a', 'Status', '\u00a0:', 'IP Address', 'x'.repeat(30)];
    const grow = (parent: Element, depth: number) => {
      const children = next(4);
      for (let i = 0; i < children; i++) {
        const kind = next(5);
        if (kind < 2 || depth > 4) parent.append(doc.createTextNode(words[next(words.length)]!));
        else if (kind === 2) parent.append(doc.createComment('c'));
        else {
          const el = doc.createElement(tags[next(tags.length)]!);
          parent.append(el);
          grow(el, depth + 1);
        }
      }
    };
    const skip = new Set(['SCRIPT', 'STYLE', 'SELECT']);
    for (let n = 0; n < 3000; n++) {
      const root = doc.createElement(tags[next(3)]!);
      grow(root, 0);
      // Inside a page, text around it: a walk that left root would read it.
      const around = doc.createElement('div');
      around.append('before', root, 'after', doc.createElement('p'));
      doc.body.replaceChildren(around);
      const max = [1, 5, 40, 2000][next(4)]!;
      for (const [s, sep] of [
        [undefined, ''],
        [skip, ' '],
      ] as const) {
        expect(boundedText(root, max, s, sep), root.outerHTML).toBe(reference(root, max, s, sep));
      }
    }
  });
});
