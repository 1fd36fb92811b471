import type { PageFields, PageKind, PageModel } from '@wcoa/shared/webconfig';

/** A PageModel as detect() would give it, for tests of what the overlay does with one. */
export function model(page: PageKind, fields: PageFields = {}, lang: string | null = 'en'): PageModel {
  return { vendor: 'epson', page, model: 'WF-C5790', lang, fields, raw: {}, signals: [] };
}
