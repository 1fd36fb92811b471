export type { Leaf, Shape, Tree } from './define.ts';
export { defineMessages, format } from './define.ts';
export type { Lang } from './languages.ts';
export {
  DEFAULT_LANG,
  envLang,
  isLang,
  LANG_NAMES,
  LANGS,
  langOfTag,
  parseLang,
  pickLang,
} from './languages.ts';
export type { PageMessages, Selected, Selection } from './page-table.ts';
export { PAGE_TABLE, selectTable } from './page-table.ts';
export type { Messages } from './tables.ts';
