import { existsSync, readFileSync } from 'node:fs';
import {
  MICROSOFT_GRAPH_URL,
  MICROSOFT_LOGIN_URL,
  MICROSOFT_SMTP,
  MICROSOFT_SMTP_HOSTS,
} from '@wcoa/shared/diagnosis';
import type { Lang } from '@wcoa/shared/i18n';
import { EmailAddressSchema, HostSchema, PortSchema, TenantSchema } from '@wcoa/shared/protocol';
import * as z from 'zod';
import { zodErrors } from './zod-locale.ts';

/**
 * config.json in the home (README "Configuration"), then env overrides. Validated here, once;
 * everything downstream reads the parsed object.
 */
export const ConfigSchema = z
  .object({
    /** The admin's own Entra app registration (public client flows on, delegated SMTP.Send). */
    clientId: z.string().trim().min(1).optional(),
    /** A tenant id or domain; `organizations` for any work account, `consumers` for Outlook.com. */
    tenant: TenantSchema.default('organizations'),
    authorityHost: z
      .url({ protocol: /^https$/ })
      .default(MICROSOFT_LOGIN_URL)
      .transform((u) => u.replace(/\/+$/, '')),
    /** Microsoft Graph, for `wcoa setup` (a national cloud's, or the emulator's). */
    graphUrl: z
      .url({ protocol: /^https$/ })
      .default(MICROSOFT_GRAPH_URL)
      .transform((u) => u.replace(/\/+$/, '')),
    smtp: z
      .object({
        host: HostSchema.default(MICROSOFT_SMTP.host),
        port: PortSchema.default(MICROSOFT_SMTP.port),
      })
      .strict()
      .default({ ...MICROSOFT_SMTP }),
    tls: z
      .object({
        /** Extra CA (PEM) to trust besides the system's: corporate TLS inspection, or the emulators. */
        caFile: z.string().min(1).optional(),
      })
      .strict()
      .default({}),
    testMail: z
      .object({
        allowedRecipients: z.array(EmailAddressSchema).default([]),
        /** Test mails a minute per account (each is a real message through the tenant). */
        ratePerMinute: z.number().int().min(1).max(1000).default(10),
        /** SMTP hosts besides Microsoft's and smtp.host that may receive the account's token. */
        allowedSmtpHosts: z.array(HostSchema).default([]),
      })
      .strict()
      .default({ allowedRecipients: [], ratePerMinute: 10, allowedSmtpHosts: [] }),
    /** Where the store's key lives: `auto` tries the OS keyring first. */
    secretBackend: z.enum(['auto', 'keyring', 'file']).default('auto'),
  })
  .strict();
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(
    readonly where: string,
    readonly problems: string[],
  ) {
    super(`${where}: ${problems.join('; ')}`);
  }
}

function describe(error: z.ZodError): string[] {
  return error.issues.map((issue) =>
    issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  );
}

/** A comma-separated variable's items, trimmed, empty ones dropped. */
const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** Environment variables that override config.json, and where each lands. */
const ENV: Array<[string, (raw: Record<string, unknown>, value: string) => void]> = [
  ['WCOA_CLIENT_ID', (c, v) => (c.clientId = v)],
  ['WCOA_TENANT', (c, v) => (c.tenant = v)],
  ['WCOA_AUTHORITY_HOST', (c, v) => (c.authorityHost = v)],
  ['WCOA_GRAPH_URL', (c, v) => (c.graphUrl = v)],
  ['WCOA_CA_FILE', (c, v) => (c.tls = { ...(c.tls as object), caFile: v })],
  ['WCOA_SMTP_HOST', (c, v) => (c.smtp = { ...(c.smtp as object), host: v })],
  ['WCOA_SMTP_PORT', (c, v) => (c.smtp = { ...(c.smtp as object), port: Number(v) })],
  [
    'WCOA_ALLOWED_RECIPIENTS',
    (c, v) => (c.testMail = { ...(c.testMail as object), allowedRecipients: list(v) }),
  ],
  [
    'WCOA_ALLOWED_SMTP_HOSTS',
    (c, v) => (c.testMail = { ...(c.testMail as object), allowedSmtpHosts: list(v) }),
  ],
  ['WCOA_TEST_MAIL_RATE', (c, v) => (c.testMail = { ...(c.testMail as object), ratePerMinute: Number(v) })],
  ['WCOA_SECRET_BACKEND', (c, v) => (c.secretBackend = v)],
];

export function loadConfig(path: string, env: NodeJS.ProcessEnv = process.env, lang: Lang = 'en'): Config {
  let raw: Record<string, unknown> = {};
  if (existsSync(path)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new ConfigError(path, [error instanceof Error ? error.message : String(error)]);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new ConfigError(path, ['expected a JSON object']);
    }
    const fromFile = ConfigSchema.safeParse(parsed, zodErrors(lang));
    if (!fromFile.success) throw new ConfigError(path, describe(fromFile.error));
    raw = parsed as Record<string, unknown>;
  }
  const used: string[] = [];
  for (const [name, apply] of ENV) {
    const value = env[name];
    if (value !== undefined && value !== '') {
      apply(raw, value);
      used.push(name);
    }
  }
  const result = ConfigSchema.safeParse(raw, zodErrors(lang));
  if (!result.success) throw new ConfigError(used.length ? used.join(', ') : path, describe(result.error));
  if (result.data.tls.caFile && !existsSync(result.data.tls.caFile)) {
    throw new ConfigError('tls.caFile', [`no such file: ${result.data.tls.caFile}`]);
  }
  return result.data;
}

/**
 * Where a test mail may go: XOAUTH2 hands the server a bearer token for the account, so only to
 * Microsoft's endpoints, the configured one, and hosts the admin listed.
 */
export function smtpHostsAllowed(config: Config): string[] {
  return [...new Set([...MICROSOFT_SMTP_HOSTS, ...adminAllowedHosts(config)])];
}

/**
 * The hosts the admin trusted explicitly, besides Microsoft's: the configured SMTP host and
 * `testMail.allowedSmtpHosts`. They may receive the account's token, so their device-code links
 * (an emulator, a sovereign proxy) may be offered too; nothing else is ever trusted by default.
 */
export function adminAllowedHosts(config: Config): string[] {
  const microsoft = new Set(MICROSOFT_SMTP_HOSTS);
  return [
    ...new Set([config.smtp.host, ...config.testMail.allowedSmtpHosts].map((h) => h.toLowerCase())),
  ].filter((h) => !microsoft.has(h));
}

/** The extra CA's PEM, if configured. */
export function readExtraCa(config: Config): string | undefined {
  return config.tls.caFile ? readFileSync(config.tls.caFile, 'utf8') : undefined;
}
