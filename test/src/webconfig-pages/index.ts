/**
 * Synthetic Epson Web Config pages for tests and the Web Config simulator. These are NOT real
 * captures (those live read-only in ../shared/reference/webconfig-captures): they model the pages
 * the captures lack, in both UI generations and in every language of LABELS.
 */

export { intoContent } from './content.ts';
export { OAUTH_SIGNED_IN, renderPage, SYNTHETIC_MODEL } from './defaults.ts';
export { EN_SECOND_WORDING, LABELS, type Labels, RENDER_LANGS, type RenderLang } from './labels.ts';
export { renderWebConfigPage } from './render.ts';
export {
  type Generation,
  type JobSpec,
  type NetworkSpec,
  type PageSpec,
  type PageState,
  SYNTHETIC_PAGES,
  type SyntheticPage,
} from './spec.ts';
