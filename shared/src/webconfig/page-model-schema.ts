import * as z from 'zod';
import { PAGE_KINDS } from './page-model.ts';

export const AuthMethodSchema = z.enum(['off', 'smtp-auth', 'pop-before-smtp', 'oauth2']);
export const EmailServiceSchema = z.enum(['exchange-online', 'outlook-com']);
export const CurrentStatusSchema = z.enum(['signed-in', 'not-signed-in']);
export const SecureConnectionSchema = z.enum(['none', 'starttls', 'ssl-tls']);

/**
 * The PageModel as a zod schema, the one source of its TypeScript types (inferred in page-model.ts): what
 * detect() builds, and what is checked wherever it crosses a process boundary (content script →
 * service worker → agent) or comes back from the agent's store.
 *
 * Bounds on what a page may report: generous for any real Web Config page, small enough that a
 * hostile page cannot fill the store or a sheet. A report over them is refused whole (400).
 */
export const PAGE_MODEL_LIMITS = { text: 2000, short: 256, list: 500 } as const;
const text = z.string().max(PAGE_MODEL_LIMITS.text);
const short = z.string().max(PAGE_MODEL_LIMITS.short);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(PAGE_MODEL_LIMITS.list);
const stringOrList = z.union([text, list(text)]);

export const NetworkFieldsSchema = z
  .object({
    deviceName: short.optional(),
    connection: short.optional(),
    ipAddress: short.optional(),
    subnetMask: short.optional(),
    gateway: short.optional(),
    dns: list(short).optional(),
    ipv6: list(short).optional(),
    macAddress: short.optional(),
  })
  .catchall(stringOrList.optional())
  .refine((v) => Object.keys(v).length <= PAGE_MODEL_LIMITS.list);

export const PageFieldsSchema = z.object({
  authMethod: AuthMethodSchema.optional(),
  oauthOffered: z.boolean().optional(),
  emailService: EmailServiceSchema.optional(),
  currentStatus: CurrentStatusSchema.optional(),
  account: short.optional(),
  sender: short.optional(),
  smtpServer: short.optional(),
  smtpPort: z.number().int().optional(),
  secureConnection: SecureConnectionSchema.optional(),
  certificateValidation: z.boolean().optional(),
  /**
   * Job history: the three-digit codes in the Result column, in page order, of the table's first
   * 100 jobs (job-history.ts MAX_JOBS); a longer table's later rows are not read, and the model then
   * carries the signal `job-table-truncated`.
   */
  errorCodes: list(z.number().int()).optional(),
  message: list(text).optional(),
  network: NetworkFieldsSchema.optional(),
  /** Serial number where a page shows it (product status); part of a printer's identity. */
  serialNumber: short.optional(),
  /**
   * Job history: when the newest successful mail job ran, as `YYYY-MM-DDTHH:MM:SS` with no zone
   * (the page gives the printer's clock, which is local time). Absent when any such date is
   * ambiguous, and when the table is longer than the jobs read (a later row might be newer).
   */
  lastMailAt: short.optional(),
});

const rawValue = stringOrList.optional();
/** The same fields as the page shows them (localised text), for display. */
export const RawFieldsSchema = z.object({
  authMethod: rawValue,
  oauthOffered: rawValue,
  emailService: rawValue,
  currentStatus: rawValue,
  account: rawValue,
  sender: rawValue,
  smtpServer: rawValue,
  smtpPort: rawValue,
  secureConnection: rawValue,
  certificateValidation: rawValue,
  errorCodes: rawValue,
  message: rawValue,
  network: z.record(short, text).optional(),
  serialNumber: rawValue,
  lastMailAt: rawValue,
});

export const PageModelSchema = z.object({
  vendor: z.literal('epson').nullable(),
  page: z.enum(PAGE_KINDS),
  model: short.nullable(),
  lang: short.nullable(),
  fields: PageFieldsSchema,
  raw: RawFieldsSchema,
  signals: list(short),
});
