export { detect } from './detect.ts';
export { looksLikeWebConfig } from './gate.ts';
export { portugueseVariant } from './language.ts';
export { LEXICON, LEXICON_LANGS, type LexiconKey, type LexiconLang, UNVERIFIED_LANGS } from './lexicon.ts';
export { pageWording, quotePageLabels } from './page-labels.ts';
export * from './page-model.ts';
export { MAX_DEPTH, MAX_ELEMENTS } from './shape.ts';
