/**
 * Where the extension shows a printer's status sheet: entrypoints/sheet (sheet.html), named by
 * the agent's printer id or by the printer's Web Config origin (the overlay and popup know only that).
 */
export const SHEET_PAGE = 'sheet.html';

export type SheetTarget = { id: string } | { origin: string };

/** The query naming the printer (an origin string stands for `{ origin }`). */
export function sheetQuery(target: SheetTarget | string): string {
  const t = typeof target === 'string' ? { origin: target } : target;
  return 'id' in t ? `id=${encodeURIComponent(t.id)}` : `origin=${encodeURIComponent(t.origin)}`;
}

/** The page and query, relative to the extension's base URL. */
export function sheetPageQuery(target: SheetTarget | string): string {
  return `${SHEET_PAGE}?${sheetQuery(target)}`;
}

/** What the sheet page was asked to show, from its own URL's query. */
export function readSheetTarget(search: string): SheetTarget | null {
  const params = new URLSearchParams(search);
  const id = params.get('id');
  if (id) return { id };
  const origin = params.get('origin');
  return origin ? { origin } : null;
}
