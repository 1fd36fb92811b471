import * as z from 'zod';
import { CAUSE_IDS } from '../diagnosis/cause-ids.ts';
import { AuthMethodSchema, PageModelSchema } from '../webconfig/page-model-schema.ts';
import {
  ACCOUNT_REASONS,
  ACCOUNT_STATES,
  AGENT_ERROR_CODES,
  API_ERROR_CODES,
  MAIL_SOURCES,
  PRINTER_OAUTH_STATES,
  PROBE_STAGES,
  SECRET_BACKENDS,
  SHEET_FORMATS,
  TEST_MAIL_STAGES,
} from './api-words.ts';
import { ReportedInstantSchema } from './instant.ts';
import { TenantReportSchema } from './tenant-findings.ts';

/**
 * The agent's HTTP API (DESIGN.md "Agent HTTP API"): every request body and response, as zod
 * schemas with their inferred types. The agent validates requests with these; the extension's
 * service worker validates responses with them. Which method and path carries which of them is in
 * endpoints.ts (ENDPOINTS).
 */

export * from './api-words.ts';

export const AGENT_DEFAULT_PORT = 8765;

export const CauseIdSchema = z.enum(CAUSE_IDS);

/** An ISO 8601 timestamp (UTC). */
const timestamp = z.string();

/** A mailbox address. The agent also rejects CR/LF with its own message (header injection). */
export const EmailAddressSchema = z.email().max(254);

/** A host name or IP literal: no spaces, no scheme, no path. */
export const HostSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.\-:[\]]+$/);
export const PortSchema = z.number().int().min(1).max(65535);

// ── errors ───────────────────────────────────────────────────────────────────

export const AgentErrorCodeSchema = z.enum(AGENT_ERROR_CODES);
export type AgentErrorCode = z.infer<typeof AgentErrorCodeSchema>;

export const ApiErrorCodeSchema = z.enum(API_ERROR_CODES);
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>;

/** Every error response: `{ error: { code, message } }`, message in the caller's Accept-Language. */
export const ApiErrorSchema = z.object({
  error: z.object({ code: AgentErrorCodeSchema, message: z.string() }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

// ── health and status ────────────────────────────────────────────────────────

export const HealthResponseSchema = z.object({ ok: z.literal(true), version: z.string() });
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

export const SecretBackendSchema = z.enum(SECRET_BACKENDS);
export type SecretBackend = z.infer<typeof SecretBackendSchema>;

// ── pairing and clients ──────────────────────────────────────────────────────

/** `XXXX-XXXX` from an alphabet without 0/O, 1/I/L, 2/Z, 5/S, 8/B (typed by hand from a terminal). */
export const PAIRING_CODE_ALPHABET = '3467ACDEFGHJKMNPQRTUVWXY';
/** A code-shaped example the pairing form accepts (its placeholder): letters from the alphabet only. */
export const PAIRING_CODE_EXAMPLE = `${PAIRING_CODE_ALPHABET.slice(6, 10)}-${PAIRING_CODE_ALPHABET.slice(10, 14)}`;
export const PairingCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(new RegExp(`^[${PAIRING_CODE_ALPHABET}]{8}$`)));

export const PairRequestSchema = z.object({
  code: z.string().max(32),
  name: z.string().trim().min(1).max(100),
});
export type PairRequest = z.infer<typeof PairRequestSchema>;

export const PairResponseSchema = z.object({ token: z.string(), origin: z.string() });
export type PairResponse = z.infer<typeof PairResponseSchema>;

/** `POST /v1/pairing-codes` (CLI only): a fresh one-time code. */
export const PairingCodeResponseSchema = z.object({ code: z.string(), expiresAt: timestamp });
export type PairingCodeResponse = z.infer<typeof PairingCodeResponseSchema>;

export const ClientSchema = z.object({
  id: z.string(),
  name: z.string(),
  origin: z.string(),
  createdAt: timestamp,
  lastUsedAt: timestamp.nullable(),
});
export type Client = z.infer<typeof ClientSchema>;
/** `GET /v1/clients` (CLI only). `DELETE /v1/clients/:id` answers `{ ok: true }`. */
export const ClientsResponseSchema = z.array(ClientSchema);

// ── accounts and sign-in ─────────────────────────────────────────────────────

export const AccountStateSchema = z.enum(ACCOUNT_STATES);
export type AccountState = z.infer<typeof AccountStateSchema>;

/** A tenant: a GUID, a domain, or `organizations` / `consumers` (Outlook.com). */
export const TenantSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9.-]+$/);

/**
 * Both optional: a sign-in without an address learns it from the account that enters the code; the
 * tenant defaults to the agent's (config.json).
 */
export const SigninRequestSchema = z.object({ email: EmailAddressSchema, tenant: TenantSchema }).partial();
export type SigninRequest = z.infer<typeof SigninRequestSchema>;

export const DeviceCodeSchema = z.object({
  userCode: z.string(),
  verificationUri: z.string(),
  expiresAt: timestamp,
});
export type DeviceCode = z.infer<typeof DeviceCodeSchema>;

/** Answered at once; the agent polls the token endpoint in the background (watch GET /v1/accounts). */
export const SigninResponseSchema = DeviceCodeSchema.extend({ id: z.string() });
export type SigninResponse = z.infer<typeof SigninResponseSchema>;

export const AccountReasonSchema = z.enum(ACCOUNT_REASONS);
export type AccountReason = z.infer<typeof AccountReasonSchema>;

export const AccountSchema = z.object({
  /** Stable id: the sign-in's id while the address is not yet known, then the address. */
  id: z.string(),
  /** null only while a sign-in started without an address is still pending. */
  email: z.string().nullable(),
  tenant: z.string(),
  state: AccountStateSchema,
  cause: CauseIdSchema.optional(),
  /** The agent's own reason, besides the cause (see ACCOUNT_REASONS). */
  reason: AccountReasonSchema.optional(),
  /** While signing in: the code to enter and where. */
  signin: DeviceCodeSchema.optional(),
  updatedAt: timestamp,
});
export type Account = z.infer<typeof AccountSchema>;
export const AccountsResponseSchema = z.array(AccountSchema);

// ── test mail ────────────────────────────────────────────────────────────────

export const SmtpEndpointSchema = z.object({ host: HostSchema, port: PortSchema });
export type SmtpEndpoint = z.infer<typeof SmtpEndpointSchema>;

export const TestMailRequestSchema = z.object({
  account: EmailAddressSchema,
  /** The printer's Sender's Email Address, so the test meets the same send-as rule. */
  from: EmailAddressSchema.optional(),
  /** The account itself unless one of config.json's testMail.allowedRecipients. */
  to: EmailAddressSchema.optional(),
  smtp: SmtpEndpointSchema.optional(),
  printerId: z.string().max(200).optional(),
});
export type TestMailRequest = z.infer<typeof TestMailRequestSchema>;

export const TestMailStageSchema = z.enum(TEST_MAIL_STAGES);
export type TestMailStage = z.infer<typeof TestMailStageSchema>;

/** Milliseconds each stage took; null for a stage not reached. */
export const TestMailTimingsSchema = z.object({
  dns: z.number().nullable(),
  connect: z.number().nullable(),
  tls: z.number().nullable(),
  auth: z.number().nullable(),
  send: z.number().nullable(),
});
export type TestMailTimings = z.infer<typeof TestMailTimingsSchema>;

export const TestMailResponseSchema = z.object({
  ok: z.boolean(),
  /** `ok` on success, else the stage that failed. */
  stage: TestMailStageSchema,
  /** The server's (or token endpoint's) last reply, redacted. */
  reply: z.string().nullable(),
  /** The SMTP dialogue, one line each (`S: …`, `C: …`), with tokens and XOAUTH2 blobs removed. */
  transcript: z.array(z.string()),
  timings: TestMailTimingsSchema,
  /** Best first; titles and remedies come from the message table (`causes.<id>`). */
  causes: z.array(CauseIdSchema),
  from: z.string(),
  to: z.string(),
  smtp: SmtpEndpointSchema,
  at: timestamp,
});
export type TestMailResponse = z.infer<typeof TestMailResponseSchema>;

// A module without schemas, so the overlay reads a result without bundling zod.
export { isAgentSignInFailure } from './test-mail-outcome.ts';

// ── probe ────────────────────────────────────────────────────────────────────

export const ProbeRequestSchema = z.object({ host: HostSchema, port: PortSchema.default(587) });
export type ProbeRequest = z.input<typeof ProbeRequestSchema>;

export const ProbeStageSchema = z.enum(PROBE_STAGES);
export type ProbeStage = z.infer<typeof ProbeStageSchema>;

export const ProbeStageResultSchema = z.object({
  stage: ProbeStageSchema,
  ok: z.boolean(),
  ms: z.number(),
  /** What was seen (an address, a reply line, a TLS version) or what went wrong. */
  detail: z.string().nullable(),
});
export type ProbeStageResult = z.infer<typeof ProbeStageResultSchema>;

export const CertificateSummarySchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  validFrom: timestamp,
  validTo: timestamp,
  daysLeft: z.number(),
  altNames: z.array(z.string()),
  nameMatch: z.boolean(),
  fingerprint256: z.string(),
});
export type CertificateSummary = z.infer<typeof CertificateSummarySchema>;

export const ProbeResponseSchema = z.object({
  ok: z.boolean(),
  host: z.string(),
  port: z.number(),
  /** In the order run; stops at the first failure. */
  stages: z.array(ProbeStageResultSchema),
  addresses: z.array(z.string()),
  banner: z.string().nullable(),
  /** EHLO keywords before STARTTLS. */
  extensions: z.array(z.string()),
  starttls: z.boolean(),
  tls: z
    .object({
      version: z.string(),
      cipher: z.string(),
      /** Whether the chain verified against the system CAs plus the configured extra CA. */
      authorized: z.boolean(),
      authorizationError: z.string().nullable(),
      certificate: CertificateSummarySchema.nullable(),
    })
    .nullable(),
  /** AUTH mechanisms offered after STARTTLS. */
  authMechanisms: z.array(z.string()),
  xoauth2: z.boolean(),
  causes: z.array(CauseIdSchema),
  at: timestamp,
});
export type ProbeResponse = z.infer<typeof ProbeResponseSchema>;

// ── status (CLI and extension) ───────────────────────────────────────────────

/** Where the agent signs accounts in: its authority host and tenant (config.json, `wcoa setup`). */
export const SigninAuthoritySchema = z.object({ authorityHost: z.string(), tenant: z.string() });

/**
 * GET /v1/app-registration: the app registration the agent is configured with (`wcoa setup` writes
 * it), so a paired extension's tenant check signs in with the same app: no second registration.
 */
export const AppRegistrationResponseSchema = SigninAuthoritySchema.extend({
  clientId: z.string().nullable(),
});
export type AppRegistrationResponse = z.infer<typeof AppRegistrationResponseSchema>;

export const StatusResponseSchema = z.object({
  version: z.string(),
  pid: z.number(),
  port: z.number(),
  /** Every address the agent listens on, as URLs. */
  listening: z.array(z.string()),
  home: z.string(),
  secretBackend: SecretBackendSchema,
  startedAt: timestamp,
  /** Where it signs in, and whether an app registration (client id) is configured to. */
  signin: SigninAuthoritySchema.extend({ configured: z.boolean() }),
  accounts: AccountsResponseSchema,
  clients: z.number(),
  /**
   * Hosts besides Microsoft's whose device-code links the extension may offer to open: the hosts
   * the admin allowed test mails to use (`testMail.allowedSmtpHosts`, a non-Microsoft `smtp.host`),
   * where an emulator or a sovereign proxy lives. One setting, so one decision to trust a host.
   */
  deviceLinkHosts: z.array(z.string()),
});
export type StatusResponse = z.infer<typeof StatusResponseSchema>;

// ── printers (the extension reports each Web Config page it reads) ───────────

export const PrinterSeenRequestSchema = z.object({
  /** The page's origin, e.g. `http://192.168.1.20`. */
  origin: z.string().max(300),
  pageModel: PageModelSchema,
  /**
   * The newest mail job the printer's job history lists as sent, when the page shows its date
   * (ISO 8601). Optional: the sheet says "not seen yet" rather than guess one.
   */
  lastMailAt: ReportedInstantSchema.optional(),
  /** The extension's last "Check my tenant" findings (no token), for the status sheet. */
  tenantFindings: TenantReportSchema.optional(),
});
export type PrinterSeenRequest = z.infer<typeof PrinterSeenRequestSchema>;

export const OkResponseSchema = z.object({ ok: z.literal(true) });

/** `POST /v1/printers/seen` → the printer the page belongs to (same MAC or serial = same printer). */
export const PrinterSeenResponseSchema = z.object({ ok: z.literal(true), printerId: z.string() });
export type PrinterSeenResponse = z.infer<typeof PrinterSeenResponseSchema>;

export const PrinterOAuthStateSchema = z.enum(PRINTER_OAUTH_STATES);
export type PrinterOAuthState = z.infer<typeof PrinterOAuthStateSchema>;

/** Where "last mail" comes from (MAIL_SOURCES). */
export const MailSourceSchema = z.enum(MAIL_SOURCES);
export type MailSource = z.infer<typeof MailSourceSchema>;

export const PrinterSummarySchema = z.object({
  id: z.string(),
  /** Where its Web Config answered last (one click opens it). */
  origin: z.string(),
  model: z.string().nullable(),
  deviceName: z.string().nullable(),
  macAddress: z.string().nullable(),
  serialNumber: z.string().nullable(),
  firstSeenAt: timestamp,
  lastSeenAt: timestamp,
  oauth: PrinterOAuthStateSchema,
  /** The Authentication Method the Email Server page showed (`other-method` says which), or null. */
  authMethod: AuthMethodSchema.nullable().optional(),
  account: z.string().nullable(),
  lastMail: z.object({ at: timestamp, source: MailSourceSchema }).nullable(),
  /**
   * Its Email Server page sends through Exchange Online or Outlook.com with a password (lint's
   * basic-auth-retiring): off by default from the end of December 2026. Absent from older agents.
   */
  basicAuthRetiring: z.boolean().optional(),
  /** Whole days from lastMail.at to the agent's clock; null without a last mail. */
  daysSinceMail: z.number().nullable(),
  /**
   * The agent's last successful test mail for this printer: the agent's own sign-in and clock,
   * never counted toward the printer's 90 days (lastMail is the printer's own mail only).
   */
  lastTestMail: z.object({ at: timestamp }).nullable().optional(),
  /** The job history's error codes as last seen (page order). */
  errorCodes: z.array(z.number()),
});
export type PrinterSummary = z.infer<typeof PrinterSummarySchema>;
/** `GET /v1/printers`: newest seen first. */
export const PrintersResponseSchema = z.array(PrinterSummarySchema);

export const SheetFormatSchema = z.enum(SHEET_FORMATS);
export type SheetFormat = z.infer<typeof SheetFormatSchema>;
