import { isLabel, mentions } from './lexicon-match.ts';
import type {
  AuthMethod,
  CurrentStatus,
  EmailService,
  PageFields,
  RawFields,
  SecureConnection,
} from './page-model.ts';
import type { Choice, Control, Row } from './rows.ts';
import { shownValue } from './rows.ts';

/**
 * Fields of the Email Server (and Fax Server email, Print Admin Serverless) settings.
 * Language-neutral evidence first: the option lists carry the same tokens in every language
 * (OAuth2, SMTP AUTH, POP before SMTP, STARTTLS, SSL/TLS, Microsoft Exchange Online,
 * Outlook.com), and SMTP/POP3 stay untranslated inside labels. Label lexicons come second.
 */

const OAUTH = /\bOAuth\s*2(?:\.0)?\b|\bXOAUTH2\b/i;
const POP_BEFORE_SMTP = /POP3?\b.*SMTP/i;
const SMTP_AUTH = /SMTP[\s_-]*(?:AUTH|認証|驗證|认证|인증)|(?:autentica\w*|authentifi\w*)\s+(?:de\s+)?SMTP/i;
const EXCHANGE = /Exchange\s*Online|Microsoft\s*365|Office\s*365|\bEXCHANGE\b/i;
const OUTLOOK = /Outlook\.com|\bOUTLOOK\b/i;
const STARTTLS = /START\s*TLS/i;
const SSL_TLS = /^\s*(?:SSL\s*\/\s*TLS|SSL|TLS|SSLTLS|SSL_TLS)\s*$/i;
const OFF_VALUE = /^(?:off|none|no|0|disable|disabled|nouse|not_use)$/i;
const ON_VALUE = /^(?:on|enable|enabled|1|true|yes|use)$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HOST = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

type Choosing = Extract<Control, { kind: 'select' | 'radio' }>;

function choosers(row: Row): Choosing[] {
  return row.controls.filter((c): c is Choosing => c.kind === 'select' || c.kind === 'radio');
}

const either = (c: Choice, re: RegExp) => re.test(c.text) || re.test(c.value);

function methodOf(c: Choice): AuthMethod | undefined {
  if (either(c, POP_BEFORE_SMTP)) return 'pop-before-smtp';
  if (either(c, OAUTH)) return 'oauth2';
  if (either(c, SMTP_AUTH)) return 'smtp-auth';
  if (isLabel(c.text, 'off') || OFF_VALUE.test(c.value)) return 'off';
  return undefined;
}

function isMethodControl(c: Choosing): boolean {
  const tokens = c.options.filter(
    (o) => either(o, OAUTH) || either(o, POP_BEFORE_SMTP) || either(o, SMTP_AUTH),
  );
  return tokens.length >= 2;
}

function serviceOf(c: Choice): EmailService | undefined {
  if (either(c, OUTLOOK)) return 'outlook-com';
  if (either(c, EXCHANGE)) return 'exchange-online';
  return undefined;
}

function isServiceControl(c: Choosing): boolean {
  return c.options.some((o) => serviceOf(o) !== undefined);
}

function secureOf(c: Choice): SecureConnection | undefined {
  if (either(c, STARTTLS)) return 'starttls';
  if (either(c, SSL_TLS)) return 'ssl-tls';
  if (isLabel(c.text, 'none') || OFF_VALUE.test(c.value)) return 'none';
  return undefined;
}

function isSecureControl(c: Choosing): boolean {
  return c.options.some((o) => either(o, STARTTLS)) && c.options.some((o) => either(o, SSL_TLS));
}

function statusOf(text: string): CurrentStatus | undefined {
  if (!text) return undefined;
  // "Not signed in" contains "signed in": the negative must be tried first.
  if (mentions(text, 'notSignedIn')) return 'not-signed-in';
  if (mentions(text, 'signedIn')) return 'signed-in';
  return undefined;
}

function onOff(c: Choice | null | undefined): boolean | undefined {
  if (!c) return undefined;
  if (ON_VALUE.test(c.value) || isLabel(c.text, 'enable')) return true;
  if (OFF_VALUE.test(c.value) || isLabel(c.text, 'disable')) return false;
  return undefined;
}

const hasSmtpToken = (label: string) => /SMTP/i.test(label);
const hasPopToken = (label: string) => /POP3?/i.test(label) && !/SMTP/i.test(label);
const isPortLabel = (label: string) => mentions(label, 'port');

/** The settings chosen from a list, each known by the options it offers. */
const LISTS: Array<{
  key: 'authMethod' | 'emailService' | 'secureConnection';
  signal: string;
  offers: (c: Choosing) => boolean;
  read: (c: Choice) => string | undefined;
}> = [
  { key: 'authMethod', signal: 'auth-method-options', offers: isMethodControl, read: methodOf },
  { key: 'emailService', signal: 'email-service-options', offers: isServiceControl, read: serviceOf },
  { key: 'secureConnection', signal: 'secure-connection-options', offers: isSecureControl, read: secureOf },
];

export interface EmailReading {
  fields: PageFields;
  raw: RawFields;
  signals: string[];
  /** The page carries an email-settings form (method list, service list or SMTP server rows). */
  isEmailForm: boolean;
}

/**
 * Whether readEmailFields could find an email-settings form among `rows`: a form needs a method or
 * service list, or an SMTP row (isEmailForm below). False spares a page with neither (status and
 * information pages) the rest of the reading; the test is the readers' own.
 */
export function mayBeEmailForm(rows: Row[]): boolean {
  return rows.some(
    (row) => hasSmtpToken(row.label) || choosers(row).some((c) => isMethodControl(c) || isServiceControl(c)),
  );
}

export function readEmailFields(rows: Row[]): EmailReading {
  const fields: PageFields = {};
  const raw: RawFields = {};
  const signals: string[] = [];
  const used = new Set<Row>();

  for (const row of rows) {
    for (const c of choosers(row)) {
      // The first list of each kind is the setting; its selected option is what the page holds.
      const list = LISTS.find(({ key, offers }) => raw[key] === undefined && offers(c));
      if (!list) continue;
      signals.push(list.signal);
      if (list.key === 'authMethod') {
        fields.oauthOffered = c.options.some((o) => either(o, OAUTH));
        if (fields.oauthOffered) signals.push('oauth2-option');
      }
      if (c.selected) {
        raw[list.key] = c.selected.text || c.selected.value;
        const value = list.read(c.selected);
        if (value) Object.assign(fields, { [list.key]: value });
      }
      used.add(row);
    }
  }

  // The service can also be shown as plain text (a read-only summary).
  if (raw.emailService === undefined) {
    const row = rows.find((r) => !used.has(r) && isLabel(r.label, 'emailService'));
    if (row) {
      const shown = shownValue(row);
      raw.emailService = shown;
      const service = serviceOf({ value: '', text: shown });
      if (service) fields.emailService = service;
      used.add(row);
    }
  }

  // Current status: by label, else a row whose whole value is a sign-in state.
  const statusRow =
    rows.find((r) => !used.has(r) && isLabel(r.label, 'currentStatus') && statusOf(r.text)) ??
    rows.find((r) => !used.has(r) && isLabel(r.label, 'currentStatus')) ??
    rows.find(
      (r) =>
        !used.has(r) &&
        r.controls.length === 0 &&
        (isLabel(r.text, 'signedIn') || isLabel(r.text, 'notSignedIn')),
    );
  if (statusRow) {
    signals.push('current-status');
    raw.currentStatus = statusRow.text;
    const status = statusOf(statusRow.text);
    if (status) fields.currentStatus = status;
    used.add(statusRow);
  }

  for (const row of rows) {
    if (used.has(row) || hasPopToken(row.label)) continue;
    const value = shownValue(row);
    if (hasSmtpToken(row.label) && (isPortLabel(row.label) || /^\d{1,5}$/.test(value))) {
      if (raw.smtpPort === undefined) {
        raw.smtpPort = value;
        const port = Number(value);
        if (/^\d{1,5}$/.test(value) && port > 0 && port < 65536) fields.smtpPort = port;
        used.add(row);
      }
    } else if (hasSmtpToken(row.label) && raw.smtpServer === undefined && choosers(row).length === 0) {
      raw.smtpServer = value;
      if (HOST.test(value)) fields.smtpServer = value;
      signals.push('smtp-server-row');
      used.add(row);
    }
  }

  // Account: by label, else the row that precedes the account's password row.
  let accountRow = rows.find((r) => !used.has(r) && isLabel(r.label, 'account'));
  if (!accountRow) {
    const pw = rows.findIndex((r) => r.controls.some((c) => c.kind === 'password'));
    const before = pw > 0 ? rows[pw - 1] : undefined;
    if (before && !used.has(before) && EMAIL.test(shownValue(before))) accountRow = before;
  }
  if (accountRow) {
    const value = shownValue(accountRow);
    raw.account = value;
    if (value) fields.account = value;
    used.add(accountRow);
  }

  let senderRow = rows.find((r) => !used.has(r) && isLabel(r.label, 'sender'));
  if (!senderRow && raw.smtpServer !== undefined) {
    // Unknown wording: the remaining address field of the form is the sender.
    senderRow = rows.find(
      (r) => !used.has(r) && r.controls.some((c) => c.kind === 'text') && EMAIL.test(shownValue(r)),
    );
  }
  if (senderRow) {
    const value = shownValue(senderRow);
    raw.sender = value;
    if (value) fields.sender = value;
    used.add(senderRow);
  }

  const certRow = rows.find(
    (r) =>
      !used.has(r) &&
      (isLabel(r.label, 'certificateValidation') ||
        mentions(r.label, 'certificateValidation') ||
        r.controls.some((c) => /CERT/i.test(c.name) && c.kind !== 'text')),
  );
  if (certRow) {
    const control = certRow.controls.find((c) => c.kind !== 'text' && c.kind !== 'password');
    let value: boolean | undefined;
    if (control?.kind === 'checkbox') {
      raw.certificateValidation = control.text;
      value = control.checked;
    } else if (control && (control.kind === 'select' || control.kind === 'radio')) {
      raw.certificateValidation = control.selected?.text || control.selected?.value || '';
      value = onOff(control.selected);
    } else {
      raw.certificateValidation = certRow.text;
      value = onOff({ value: '', text: certRow.text });
    }
    if (value !== undefined) fields.certificateValidation = value;
    used.add(certRow);
  }

  const isEmailForm =
    signals.includes('auth-method-options') ||
    signals.includes('email-service-options') ||
    (signals.includes('smtp-server-row') && raw.smtpPort !== undefined);
  return { fields, raw, signals, isEmailForm };
}
