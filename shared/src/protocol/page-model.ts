/**
 * The PageModel's schema is the protocol's too (page reports, runtime messages, the agent's store);
 * it lives beside the type it defines, in webconfig/page-model-schema.ts. The agent reads the model
 * and its page kinds from here, not from webconfig's index: that index re-exports the detector, and
 * the agent's bundle then loaded the detector and its folded lexicon (176 KB) at every start.
 */
export { PAGE_KINDS, type PageFields, type PageKind, type PageModel } from '../webconfig/page-model.ts';
export {
  NetworkFieldsSchema,
  PAGE_MODEL_LIMITS,
  PageFieldsSchema,
  PageModelSchema,
  RawFieldsSchema,
} from '../webconfig/page-model-schema.ts';
