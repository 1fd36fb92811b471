/**
 * How deep a page's elements nest, estimated from its markup in one linear scan, before any
 * parser sees it. jsdom's cost grows with the square of the nesting (a page 5,000 levels deep
 * took 18 s to parse, 100,000 levels overflow its stack), while Web Config pages nest a few dozen
 * deep; `wcoa detect` refuses a file deeper than its limit instead of parsing it.
 *
 * The estimate follows HTML where it matters for depth: void and self-closed elements do not
 * nest, a new li/option/p/dt/dd/tr/td/th closes an open sibling of its kind, raw-text elements
 * (script, style, textarea, title) are skipped whole, comments too. End tags close the nearest
 * open element of their name among the last few; a stray one is ignored.
 */

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);
/** A start tag of the key closes an open element of these names first (HTML's implied end tags). */
const CLOSES: Record<string, readonly string[]> = {
  li: ['li'],
  option: ['option'],
  optgroup: ['optgroup', 'option'],
  p: ['p'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['td', 'th', 'tr'],
  td: ['td', 'th'],
  th: ['td', 'th'],
};
/** How far down the open elements an end tag looks for its start. */
const END_TAG_REACH = 16;

const TAG = /(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y;

/** The deepest nesting seen, counting stops once it passes `limit` (so the scan is cheap either way). */
export function markupDepth(html: string, limit: number): number {
  const open: string[] = [];
  let deepest = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    TAG.lastIndex = lt + 1;
    const m = TAG.exec(html);
    if (!m) {
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', TAG.lastIndex);
    if (gt < 0) break;
    i = gt + 1;
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      // End tag: close the nearest open element of that name, if it is near the top.
      for (let k = open.length - 1; k >= 0 && k >= open.length - END_TAG_REACH; k--) {
        if (open[k] === name) {
          open.length = k;
          break;
        }
      }
      continue;
    }
    const closes = CLOSES[name];
    while (closes && open.length > 0 && closes.includes(open[open.length - 1]!)) open.pop();
    if (VOID.has(name) || html[gt - 1] === '/') continue;
    if (RAW_TEXT.has(name)) {
      const end = endTagOf(html, name, i);
      if (end < 0) break;
      i = end;
      continue;
    }
    open.push(name);
    if (open.length > deepest) {
      deepest = open.length;
      if (deepest > limit) return deepest;
    }
  }
  return deepest;
}

/**
 * Where `</name` starts at or after `from`, any letter case. Not by lowercasing the whole page: a
 * copy of a large page made up front once left V8 scanning it far slower than linear (500,000 end
 * tags: 40 s instead of 30 ms), and the positions must be the page's own.
 */
function endTagOf(html: string, name: string, from: number): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
  }
  return -1;
}
