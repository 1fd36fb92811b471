import type { PageFields, PageModel } from '../webconfig/page-model.ts';
import type { CauseId } from './cause-ids.ts';
import { MICROSOFT_SMTP_BY_SERVICE, MICROSOFT_SMTP_HOSTS, SMTP_SUBMISSION_PORT } from './microsoft.ts';

/** What a page's settings get wrong, and the field concerned (the overlay outlines it). */
export interface LintFinding {
  id: CauseId;
  field: keyof PageFields;
}

/**
 * The signal detect() puts in PageModel.signals when a page shows the printer using an additional
 * network (models with more than one network interface). PageModel has no field for it; this is the
 * contract between detection and lint.
 */
export const ADDITIONAL_NETWORK_SIGNAL = 'additional-network-in-use';

/**
 * A mail endpoint the admin declared as the right one for these printers, besides Microsoft's
 * (a test setup's emulator, a relay the organisation runs): a setting, never a rule of lint's own.
 * `port` absent: any port on that host.
 */
export interface ExpectedEndpoint {
  host: string;
  port?: number;
}

export interface LintOptions {
  expectedEndpoints?: readonly ExpectedEndpoint[];
}

/** "host", "host:port" or "[v6]:port" as typed in a setting; null when it is not one. */
export function parseEndpoint(text: string): ExpectedEndpoint | null {
  const trimmed = text.trim().slice(0, 300);
  const match = /^(?:\[([0-9a-f:.]+)\]|([a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?))(?::(\d{1,5}))?$/i.exec(
    trimmed,
  );
  if (!match) return null;
  const host = (match[1] ?? match[2] ?? '').toLowerCase();
  const port = match[3] === undefined ? undefined : Number(match[3]);
  if (port !== undefined && (port < 1 || port > 65535)) return null;
  return port === undefined ? { host } : { host, port };
}

function isMicrosoftServer(normalisedHost: string): boolean {
  return MICROSOFT_SMTP_HOSTS.includes(normalisedHost);
}

/**
 * The Email Server fields send to Microsoft with a password (lint's basic-auth-retiring): what the
 * fleet list flags for each printer without linting the whole page. `microsoftServer`: lint's own
 * reading, which also counts the admin's declared endpoints.
 */
export function sendsPasswordToMicrosoft(
  fields: Pick<PageFields, 'authMethod' | 'smtpServer'>,
  microsoftServer = fields.smtpServer !== undefined && isMicrosoftServer(normaliseHost(fields.smtpServer)),
): boolean {
  return microsoftServer && fields.authMethod === 'smtp-auth';
}

/**
 * Judges only the fields the page shows. The rules:
 * - oauth-not-supported: the method list offers no OAuth2 (whatever is selected).
 * - The mail is "Microsoft-bound" when OAuth2 is selected (the printer's OAuth2 talks only to
 *   Exchange Online / Outlook.com; on the Fax Server page only with an email service chosen, as an
 *   Internet fax provider may run its own OAuth), or an email service is shown, or the SMTP server
 *   is one of Microsoft's. Only then are port (587), secure connection (STARTTLS)
 *   and sender = account judged: other mail servers have other rules.
 * - wrong-server: only with OAuth2 and a chosen email service (the service says which host is right;
 *   smtp-legacy.office365.com is Microsoft's documented host for TLS-1.0 devices and passes).
 * - A Microsoft server with a password method: basic-auth-retiring (Exchange Online: off by default
 *   from the end of December 2026), and basic-auth-rejected first for Outlook.com (refused already);
 *   with no authentication or POP before SMTP: not-authenticated (Exchange Online needs SMTP AUTH).
 * - certificate-validation-disabled: whenever the page shows validation off.
 * - additional-network-unsupported: when detect() reports ADDITIONAL_NETWORK_SIGNAL.
 * - An endpoint in `options.expectedEndpoints` stands for the service's own server: its host is
 *   not wrong-server, and its port (when declared) not wrong-port.
 */
export function lint(model: PageModel, options: LintOptions = {}): LintFinding[] {
  const f = model.fields;
  const findings: LintFinding[] = [];
  const add = (id: CauseId, field: keyof PageFields) => findings.push({ id, field });

  const server = f.smtpServer === undefined ? undefined : normaliseHost(f.smtpServer);
  const declared = (options.expectedEndpoints ?? []).find(
    (e) => server !== undefined && normaliseHost(e.host) === server,
  );
  const microsoftServer = server !== undefined && (isMicrosoftServer(server) || declared !== undefined);
  const oauth = f.authMethod === 'oauth2' || (f.authMethod === undefined && f.emailService !== undefined);
  // The Fax Server's OAuth2 may belong to an Internet fax provider, not Microsoft: there only a chosen
  // email service or a Microsoft host says the mail goes to Microsoft.
  const microsoftBound =
    microsoftServer || f.emailService !== undefined || (oauth && model.page !== 'fax-server-email');

  if (f.oauthOffered === false) add('oauth-not-supported', 'authMethod');
  // A password to Microsoft: Outlook.com personal accounts already refuse it; Exchange Online switches
  // it off by default at the end of December 2026 (MC786329). Both are retiring it.
  if (server !== undefined && sendsPasswordToMicrosoft(f, microsoftServer)) {
    if ((MICROSOFT_SMTP_BY_SERVICE['outlook-com'] as readonly string[]).includes(server))
      add('basic-auth-rejected', 'authMethod');
    add('basic-auth-retiring', 'authMethod');
  }
  if (microsoftServer && (f.authMethod === 'off' || f.authMethod === 'pop-before-smtp')) {
    add('not-authenticated', 'authMethod');
  }

  if (
    microsoftBound &&
    f.authMethod !== 'off' &&
    f.authMethod !== 'pop-before-smtp' &&
    f.sender?.trim() &&
    f.account?.trim() &&
    f.sender.trim().toLowerCase() !== f.account.trim().toLowerCase()
  ) {
    add('sender-mismatch', 'sender');
  }

  if (oauth && f.emailService && server !== undefined) {
    const expected: readonly string[] = MICROSOFT_SMTP_BY_SERVICE[f.emailService];
    if (!expected.includes(server) && !declared) add('wrong-server', 'smtpServer');
  }
  const rightPort = declared?.port ?? SMTP_SUBMISSION_PORT;
  if (microsoftBound && f.smtpPort !== undefined && f.smtpPort !== rightPort) add('wrong-port', 'smtpPort');
  if (microsoftBound && f.secureConnection !== undefined && f.secureConnection !== 'starttls') {
    add('wrong-secure-connection', 'secureConnection');
  }
  if (f.certificateValidation === false) add('certificate-validation-disabled', 'certificateValidation');
  if (model.signals.includes(ADDITIONAL_NETWORK_SIGNAL)) add('additional-network-unsupported', 'network');
  return findings;
}

/** The cause ids alone, in page order. */
export function lintCauses(model: PageModel, options: LintOptions = {}): CauseId[] {
  return lint(model, options).map((finding) => finding.id);
}

function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}
