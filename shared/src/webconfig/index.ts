export { detect } from './detect.ts';
export { LEXICON, LEXICON_LANGS, type LexiconKey, type LexiconLang } from './lexicon.ts';
export { pageWording, quotePageLabels } from './page-labels.ts';
export * from './page-model.ts';
