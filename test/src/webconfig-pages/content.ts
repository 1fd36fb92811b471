/**
 * `extra` added at the end of a Web Config page's content: inside the body's div.wrap, where Web
 * Config puts everything a page shows (detect reads there, shared/src/webconfig/scope.ts). The wrap
 * closes with the last </div> before </body>, on the rendered pages and on every capture. `outside`
 * puts it after the wrap instead, where other extensions add their elements.
 */
export function intoContent(html: string, extra: string, { outside = false } = {}): string {
  const end = html.search(/<\/body>/i);
  if (end < 0) throw new Error('intoContent: the page has no </body>');
  const at = outside ? end : html.lastIndexOf('</div>', end);
  if (at < 0) throw new Error('intoContent: the page has no div to close');
  return html.slice(0, at) + extra + html.slice(at);
}
