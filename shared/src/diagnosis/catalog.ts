import { type Lang, messagesFor } from '../i18n/index.ts';
import type { CauseId } from './cause-ids.ts';

/** How much a cause stops mail: a blocker stops it, a warning risks it, info is advice. */
export type Severity = 'blocker' | 'warning' | 'info';
/**
 * Who fixes it: the Microsoft tenant (Entra ID / Exchange admin), the printer (Web Config),
 * the network between them, or the administrator's own action (sign in again, consent, wait).
 */
export type FixedBy = 'tenant' | 'printer' | 'network' | 'admin';

export interface CauseInfo {
  /** A Microsoft documentation URL or the name of the Epson document the cause comes from. */
  source: string;
  severity: Severity;
  fixedBy: FixedBy;
}

/** The language-neutral half of a cause; its words live in i18n/messages/causes.ts. */
export interface CauseText {
  title: string;
  explanation: string;
  remedy: readonly string[];
}

export interface CauseEntry extends CauseInfo, CauseText {
  id: CauseId;
}

export const EPSON_GUIDE = 'Epson: Exchange Online OAuth 2.0 guide (pt, 2025)';
const LEARN = 'https://learn.microsoft.com/en-us';
const SMTP_AUTH_DOC = `${LEARN}/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission`;
const MFD_DOC = `${LEARN}/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365`;
const OAUTH_SMTP_DOC = `${LEARN}/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth`;
const ENTRA_ERRORS = `${LEARN}/entra/identity-platform/reference-error-codes`;
const DEVICE_CODE_DOC = `${LEARN}/entra/identity-platform/v2-oauth2-device-code`;
const CA_DOC = `${LEARN}/entra/identity/conditional-access/troubleshoot-conditional-access`;
const NDR_DOC = `${LEARN}/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online`;

export const CAUSES: Record<CauseId, CauseInfo> = {
  'smtp-auth-disabled': { source: SMTP_AUTH_DOC, severity: 'blocker', fixedBy: 'tenant' },
  'security-defaults-on': {
    source: `${LEARN}/entra/fundamentals/security-defaults`,
    severity: 'blocker',
    fixedBy: 'tenant',
  },
  'conditional-access-blocked': { source: CA_DOC, severity: 'blocker', fixedBy: 'tenant' },
  'ca-blocks-device-code': {
    source: `${LEARN}/entra/identity/conditional-access/concept-authentication-flows`,
    severity: 'blocker',
    fixedBy: 'tenant',
  },
  'mfa-required': { source: ENTRA_ERRORS, severity: 'blocker', fixedBy: 'admin' },
  'consent-missing': {
    source: `${LEARN}/entra/identity/enterprise-apps/grant-admin-consent`,
    severity: 'blocker',
    fixedBy: 'admin',
  },
  'admin-role-missing': { source: EPSON_GUIDE, severity: 'blocker', fixedBy: 'tenant' },
  'sign-in-expired': { source: EPSON_GUIDE, severity: 'blocker', fixedBy: 'admin' },
  'sign-in-required': { source: EPSON_GUIDE, severity: 'blocker', fixedBy: 'admin' },
  'signed-in-not-saved': { source: EPSON_GUIDE, severity: 'blocker', fixedBy: 'printer' },
  'sender-mismatch': { source: MFD_DOC, severity: 'blocker', fixedBy: 'printer' },
  'send-throttled': {
    source: `${LEARN}/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits`,
    severity: 'warning',
    fixedBy: 'admin',
  },
  'token-rejected': { source: OAUTH_SMTP_DOC, severity: 'blocker', fixedBy: 'tenant' },
  'token-audience': { source: OAUTH_SMTP_DOC, severity: 'blocker', fixedBy: 'admin' },
  'not-authenticated': { source: MFD_DOC, severity: 'blocker', fixedBy: 'printer' },
  'tls-too-old': { source: 'https://aka.ms/smtp_auth_tls', severity: 'blocker', fixedBy: 'printer' },
  'basic-auth-rejected': {
    source: `${LEARN}/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online`,
    severity: 'blocker',
    fixedBy: 'printer',
  },
  'ip-blocked': { source: NDR_DOC, severity: 'blocker', fixedBy: 'tenant' },
  'mailbox-unlicensed': { source: MFD_DOC, severity: 'blocker', fixedBy: 'tenant' },
  'wrong-server': { source: MFD_DOC, severity: 'blocker', fixedBy: 'printer' },
  'wrong-port': { source: MFD_DOC, severity: 'blocker', fixedBy: 'printer' },
  'wrong-secure-connection': { source: MFD_DOC, severity: 'blocker', fixedBy: 'printer' },
  'service-unreachable': { source: EPSON_GUIDE, severity: 'blocker', fixedBy: 'network' },
  'certificate-invalid': { source: EPSON_GUIDE, severity: 'blocker', fixedBy: 'printer' },
  'certificate-validation-disabled': { source: EPSON_GUIDE, severity: 'warning', fixedBy: 'printer' },
  'app-not-found': { source: ENTRA_ERRORS, severity: 'blocker', fixedBy: 'tenant' },
  'wrong-tenant-endpoint': { source: ENTRA_ERRORS, severity: 'blocker', fixedBy: 'admin' },
  'public-client-disabled': {
    source: `${LEARN}/entra/identity-platform/msal-client-applications`,
    severity: 'blocker',
    fixedBy: 'tenant',
  },
  'client-secret-sent': { source: ENTRA_ERRORS, severity: 'blocker', fixedBy: 'admin' },
  'device-code-expired': { source: DEVICE_CODE_DOC, severity: 'warning', fixedBy: 'admin' },
  'device-code-declined': { source: DEVICE_CODE_DOC, severity: 'warning', fixedBy: 'admin' },
  'transient-server-error': { source: NDR_DOC, severity: 'warning', fixedBy: 'admin' },
  'additional-network-unsupported': { source: EPSON_GUIDE, severity: 'blocker', fixedBy: 'printer' },
  'oauth-not-supported': { source: MFD_DOC, severity: 'blocker', fixedBy: 'printer' },
  'credentials-invalid': { source: ENTRA_ERRORS, severity: 'blocker', fixedBy: 'admin' },
};

/** A cause's title, explanation and remedy steps in one shipped language. */
export function causeText(id: CauseId, lang: Lang): CauseText {
  return messagesFor(lang).causes.cause[id];
}

/** Everything the UI, the CLI and the status sheet show about a cause. */
export function describeCause(id: CauseId, lang: Lang): CauseEntry {
  return { id, ...CAUSES[id], ...causeText(id, lang) };
}

const SEVERITY_RANK: Record<Severity, number> = { blocker: 0, warning: 1, info: 2 };

/** Causes without repeats, blockers first, then warnings, then advice; stable within a severity. */
export function bySeverity(ids: readonly CauseId[]): CauseId[] {
  return [...new Set(ids)]
    .map((id, index) => ({ id, index }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[CAUSES[a.id].severity] - SEVERITY_RANK[CAUSES[b.id].severity] || a.index - b.index,
    )
    .map((entry) => entry.id);
}
