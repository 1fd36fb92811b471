import * as z from 'zod';
import { PAGE_KINDS, type PageModel } from '../webconfig/page-model.ts';

/**
 * The zod mirror of webconfig/page-model.ts, for checking what crosses a process boundary
 * (content script → service worker → agent). The TypeScript interface stays the one source:
 * the type assertions at the bottom fail to compile when the two drift apart.
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
  authMethod: z.enum(['off', 'smtp-auth', 'pop-before-smtp', 'oauth2']).optional(),
  oauthOffered: z.boolean().optional(),
  emailService: z.enum(['exchange-online', 'outlook-com']).optional(),
  currentStatus: z.enum(['signed-in', 'not-signed-in']).optional(),
  account: short.optional(),
  sender: short.optional(),
  smtpServer: short.optional(),
  smtpPort: z.number().int().optional(),
  secureConnection: z.enum(['none', 'starttls', 'ssl-tls']).optional(),
  certificateValidation: z.boolean().optional(),
  errorCodes: list(z.number().int()).optional(),
  message: list(text).optional(),
  network: NetworkFieldsSchema.optional(),
  serialNumber: short.optional(),
  lastMailAt: short.optional(),
});

const rawValue = stringOrList.optional();
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

// Compile-time drift check: each side must be assignable to the other.
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const pageModelInSync: Mutual<z.infer<typeof PageModelSchema>, PageModel> = true;
void pageModelInSync;
