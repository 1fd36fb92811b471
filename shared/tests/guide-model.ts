import type { PageFields, PageKind, PageModel } from '../src/webconfig/page-model.ts';

/** A PageModel as detect() would give it: the guide engine's input, built by hand. */
export function pageModel(page: PageKind, fields: PageFields = {}, lang = 'en'): PageModel {
  return {
    vendor: page === 'not-webconfig' ? null : 'epson',
    page,
    model: page === 'not-webconfig' ? null : 'WF-C5790',
    lang: page === 'not-webconfig' ? null : lang,
    fields,
    raw: {},
    signals: [],
  };
}
