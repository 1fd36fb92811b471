import type * as z from 'zod';
import type {
  AuthMethodSchema,
  CurrentStatusSchema,
  EmailServiceSchema,
  NetworkFieldsSchema,
  PageFieldsSchema,
  PageModelSchema,
  RawFieldsSchema,
  SecureConnectionSchema,
} from './page-model-schema.ts';
import { CONFIRM_SIGNAL } from './page-signals.ts';

/**
 * PageModel: what detect() reads off a page. DESIGN.md defines it; the content script, the CLI,
 * the agent's printer store and the guide all consume it, so keep it stable. Its zod schema (the one
 * source of these types) is in page-model-schema.ts: whoever checks a PageModel crossing a process
 * boundary imports it; the scripts injected into a printer's page read the types only and ship no
 * schema library.
 */
export const PAGE_KINDS = [
  'email-server-basic',
  'email-server-connection-test',
  'fax-server-email',
  'job-history',
  'network-status',
  'product-status',
  'login',
  'print-admin-serverless',
  'webconfig-other',
  'not-webconfig',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export type AuthMethod = z.infer<typeof AuthMethodSchema>;
export type EmailService = z.infer<typeof EmailServiceSchema>;
export type CurrentStatus = z.infer<typeof CurrentStatusSchema>;
export type SecureConnection = z.infer<typeof SecureConnectionSchema>;
export type NetworkFields = z.infer<typeof NetworkFieldsSchema>;
export type PageFields = z.infer<typeof PageFieldsSchema>;
export type RawFields = z.infer<typeof RawFieldsSchema>;
export type PageModel = z.infer<typeof PageModelSchema>;

export { CONFIRM_SIGNAL };

export function isConfirmPage(model: PageModel): boolean {
  return model.signals.includes(CONFIRM_SIGNAL);
}
