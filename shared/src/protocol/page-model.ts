/**
 * The PageModel's schema is the protocol's too (page reports, runtime messages, the agent's store);
 * it lives beside the type it defines, in webconfig/page-model-schema.ts.
 */
export {
  NetworkFieldsSchema,
  PAGE_MODEL_LIMITS,
  PageFieldsSchema,
  PageModelSchema,
  RawFieldsSchema,
} from '../webconfig/page-model-schema.ts';
