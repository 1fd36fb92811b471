import { z } from 'zod';
import { PAGE_KINDS, type PageModel } from '../webconfig/page-model.ts';

/**
 * The zod mirror of webconfig/page-model.ts, for checking what crosses a process boundary
 * (content script → service worker → agent). The TypeScript interface stays the one source:
 * the type assertions at the bottom fail to compile when the two drift apart.
 */
const stringOrList = z.union([z.string(), z.array(z.string())]);

export const NetworkFieldsSchema = z
  .object({
    deviceName: z.string().optional(),
    connection: z.string().optional(),
    ipAddress: z.string().optional(),
    subnetMask: z.string().optional(),
    gateway: z.string().optional(),
    dns: z.array(z.string()).optional(),
    ipv6: z.array(z.string()).optional(),
    macAddress: z.string().optional(),
  })
  .catchall(stringOrList.optional());

export const PageFieldsSchema = z.object({
  authMethod: z.enum(['off', 'smtp-auth', 'pop-before-smtp', 'oauth2']).optional(),
  oauthOffered: z.boolean().optional(),
  emailService: z.enum(['exchange-online', 'outlook-com']).optional(),
  currentStatus: z.enum(['signed-in', 'not-signed-in']).optional(),
  account: z.string().optional(),
  sender: z.string().optional(),
  smtpServer: z.string().optional(),
  smtpPort: z.number().int().optional(),
  secureConnection: z.enum(['none', 'starttls', 'ssl-tls']).optional(),
  certificateValidation: z.boolean().optional(),
  errorCodes: z.array(z.number().int()).optional(),
  message: z.array(z.string()).optional(),
  network: NetworkFieldsSchema.optional(),
  serialNumber: z.string().optional(),
  lastMailAt: z.string().optional(),
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
  network: z.record(z.string(), z.string()).optional(),
  serialNumber: rawValue,
  lastMailAt: rawValue,
});

export const PageModelSchema = z.object({
  vendor: z.literal('epson').nullable(),
  page: z.enum(PAGE_KINDS),
  model: z.string().nullable(),
  lang: z.string().nullable(),
  fields: PageFieldsSchema,
  raw: RawFieldsSchema,
  signals: z.array(z.string()),
});

// Compile-time drift check: each side must be assignable to the other.
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const pageModelInSync: Mutual<z.infer<typeof PageModelSchema>, PageModel> = true;
void pageModelInSync;
