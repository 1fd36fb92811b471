import { describe, expect, it } from 'vitest';
import { byTags } from '../src/webconfig/elements.ts';
import { parse } from './webconfig-helpers.ts';

/** Nested and interleaved: dt in tables, tables in dl, headings between and inside them. */
const PAGE = `<!DOCTYPE html><html><body>
  <h2>a</h2><dl><dt>1</dt><dd><table><tr><td><dl><dt>2</dt><dd>x</dd></dl></td></tr></table></dd>
  <dt>3</dt><dd><h1>b</h1></dd></dl>
  <table><thead><tr><th>h</th></tr></thead><tbody><tr><td><h3>c</h3></td></tr>
  <tr><td><table><tr><td>inner</td></tr></table></td></tr></tbody></table>
  <svg><a href="#s"><text>svg link</text></a></svg><div class="warning"><a href="#h">html link</a></div>
  <h2>d</h2><dt>4</dt><h1>e</h1>
</body></html>`;

describe('elements by tag in document order (the selector list, without its cost)', () => {
  const doc = parse(PAGE);

  it.each([['dt', 'tr'], ['h1', 'h2', 'h3'], ['tr', 'dt'], ['legend'], ['a', 'td', 'th']])(
    'byTags(%s) is what the selector list finds, in its order',
    (...tags) => {
      expect(byTags(doc, tags)).toEqual(Array.from(doc.querySelectorAll(tags.join(', '))));
      const table = doc.querySelector('table')!;
      expect(byTags(table, tags)).toEqual(Array.from(table.querySelectorAll(tags.join(', '))));
    },
  );

  it('byTags stops at max: the first elements of the list, in order', () => {
    const all = Array.from(doc.querySelectorAll('h1, h2, h3, dt'));
    for (const max of [0, 1, 3, 5, all.length, all.length + 3]) {
      expect(byTags(doc, ['h1', 'h2', 'h3', 'dt'], max)).toEqual(all.slice(0, max));
    }
  });
});
