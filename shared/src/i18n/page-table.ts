import type { Messages } from './tables.ts';

/** A part of a message table: `true` takes a subtree (or a message) whole. */
export type Selection<T> = true | { readonly [K in keyof T]?: Selection<T[K]> };

/** The type of the part of `T` that `S` selects. */
export type Selected<T, S> = S extends true ? T : { [K in keyof S & keyof T]: Selected<T[K], S[K]> };

/**
 * What a printer's page shows of the table: the words of the overlay the service worker injects
 * (the guide, the cause catalog, its own panel, the test mail, the worker's and the agent's
 * refusals it may show, the checklist's tenant item, the button to the sheet). The agent's CLI,
 * the sheet, the install text, the tenant check, the popup and the options stay out: a page
 * gets only this part of its language's table (extension/overlay-messages.ts writes one file
 * per language), and the code a page runs reads words through pageMessagesFor, typed by this
 * selection, so a word outside it does not compile.
 */
export const PAGE_TABLE = {
  causes: { cause: true, jobCode: true },
  // The checklist's items; the rest of the guide a page words from its template against the
  // page itself (guideOnPage), which the table file carries whole.
  guide: { prerequisites: true },
  ui: {
    product: true,
    pages: true,
    overlay: true,
    deviceCode: true,
    testMail: true,
    agent: true,
    worker: true,
  },
  tenant: { checklistItem: true, found: true, clean: true, openCheck: true },
  sheet: { view: { sheet: true } },
  agent: { errors: true },
} as const satisfies Selection<Messages>;

/** The page's part of one language's table. */
export type PageMessages = Selected<Messages, typeof PAGE_TABLE>;

/** The part of `table` that `selection` selects (a fresh object; the leaves are shared). */
export function selectTable<T, const S extends Selection<T>>(table: T, selection: S): Selected<T, S> {
  if (selection === true) return table as Selected<T, S>;
  const out: Record<string, unknown> = {};
  for (const [key, part] of Object.entries(selection as Record<string, Selection<unknown>>)) {
    const value = (table as Record<string, unknown>)[key];
    if (value === undefined) throw new Error(`wcoa: the table has no "${key}"`);
    out[key] = selectTable(value, part);
  }
  return out as Selected<T, S>;
}
