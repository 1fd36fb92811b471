export { detect } from './detect.ts';
export {
  englishLabel,
  fillLabels,
  fillLabelTree,
  LABEL_TOKEN,
  labelWording,
  verifiedWording,
} from './guide-labels.ts';
export { isWebConfig } from './identify.ts';
export { portugueseVariant } from './language.ts';
export {
  GUIDE_LEXICON_LANGS,
  LEXICON,
  LEXICON_LANGS,
  type LexiconKey,
  type LexiconLang,
  SOURCES,
  UNVERIFIED_LANGS,
  WORDING_SOURCES,
} from './lexicon.ts';
export * from './page-kinds.ts';
export { pageLabels, pageTextOf, pageWording, quotePageLabels } from './page-labels.ts';
export * from './page-model.ts';
export * from './page-model-schema.ts';
export { MAX_DEPTH, MAX_ELEMENTS } from './shape.ts';
