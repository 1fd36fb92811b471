import { type Lang, pageMessagesFor } from '../i18n/index.ts';
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
  /** When the source was last checked (YYYY-MM-DD): facts that change (dates, settings) carry one. */
  checked?: string;
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
/** The IETF standard a cause comes from, for SMTP servers other than Exchange Online. */
const RFC = 'https://www.rfc-editor.org/rfc';
const ENTRA_ERRORS = `${LEARN}/entra/identity-platform/reference-error-codes`;
const DEVICE_CODE_DOC = `${LEARN}/entra/identity-platform/v2-oauth2-device-code`;
const CA_DOC = `${LEARN}/entra/identity/conditional-access/troubleshoot-conditional-access`;
const APP_REG_DOC = `${LEARN}/entra/identity-platform/reply-url`;
const SECURITY_DEFAULTS_DOC = `${LEARN}/entra/fundamentals/security-defaults`;
const CA_FLOWS_DOC = `${LEARN}/entra/identity/conditional-access/concept-authentication-flows`;
const ADMIN_CONSENT_DOC = `${LEARN}/entra/identity/enterprise-apps/grant-admin-consent`;
const EXO_LIMITS_DOC = `${LEARN}/office365/servicedescriptions/exchange-online-service-description/exchange-online-limits`;
const PUBLIC_CLIENT_DOC = `${LEARN}/entra/identity-platform/msal-client-applications`;
const SCOPES_DOC = `${LEARN}/entra/identity-platform/scopes-oidc`;
const CLIENT_SECRET_DOC = `${LEARN}/entra/identity-platform/howto-create-service-principal-portal`;
/** MC786329 (2026-01-27): the SMTP AUTH Basic retirement on hold; FACTS.md §6. */
const BASIC_AUTH_SMTP_DOC = `${LEARN}/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online`;
const DIRECT_SEND_DOC = `${LEARN}/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365#direct-send-send-mail-directly-from-your-device-or-application-to-microsoft-365-or-office-365`;
/** The day the facts of issue 9 (MC786329, HVE, Reject Direct Send) were checked against FACTS.md §6. */
const CHECKED = '2026-12-03';
const NDR_DOC = `${LEARN}/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online`;

export const CAUSES: Record<CauseId, CauseInfo> = {
  'smtp-auth-disabled': { source: SMTP_AUTH_DOC, severity: 'blocker', fixedBy: 'tenant' },
  'security-defaults-on': { source: SECURITY_DEFAULTS_DOC, severity: 'blocker', fixedBy: 'tenant' },
  'conditional-access-blocked': { source: CA_DOC, severity: 'blocker', fixedBy: 'tenant' },
  'ca-blocks-device-code': { source: CA_FLOWS_DOC, severity: 'blocker', fixedBy: 'tenant' },
  'mfa-required': { source: ENTRA_ERRORS, severity: 'blocker', fixedBy: 'admin' },
  'consent-missing': { source: ADMIN_CONSENT_DOC, severity: 'blocker', fixedBy: 'admin' },
  'admin-role-missing': { source: EPSON_GUIDE, severity: 'blocker', fixedBy: 'tenant' },
  'sign-in-expired': { source: EPSON_GUIDE, severity: 'blocker', fixedBy: 'admin' },
  'sign-in-required': { source: EPSON_GUIDE, severity: 'blocker', fixedBy: 'admin' },
  'signed-in-not-saved': { source: EPSON_GUIDE, severity: 'blocker', fixedBy: 'printer' },
  'sender-mismatch': { source: MFD_DOC, severity: 'blocker', fixedBy: 'printer' },
  'send-throttled': { source: EXO_LIMITS_DOC, severity: 'warning', fixedBy: 'admin' },
  'token-rejected': { source: OAUTH_SMTP_DOC, severity: 'blocker', fixedBy: 'tenant' },
  'token-audience': { source: OAUTH_SMTP_DOC, severity: 'blocker', fixedBy: 'admin' },
  'not-authenticated': { source: MFD_DOC, severity: 'blocker', fixedBy: 'printer' },
  'tls-too-old': { source: 'https://aka.ms/smtp_auth_tls', severity: 'blocker', fixedBy: 'printer' },
  'basic-auth-rejected': {
    source: BASIC_AUTH_SMTP_DOC,
    checked: CHECKED,
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
  'public-client-disabled': { source: PUBLIC_CLIENT_DOC, severity: 'blocker', fixedBy: 'tenant' },
  'client-secret-sent': { source: ENTRA_ERRORS, severity: 'blocker', fixedBy: 'admin' },
  'device-code-expired': { source: DEVICE_CODE_DOC, severity: 'warning', fixedBy: 'admin' },
  'device-code-declined': { source: DEVICE_CODE_DOC, severity: 'warning', fixedBy: 'admin' },
  'transient-server-error': { source: NDR_DOC, severity: 'warning', fixedBy: 'admin' },
  'additional-network-unsupported': { source: EPSON_GUIDE, severity: 'blocker', fixedBy: 'printer' },
  'oauth-not-supported': { source: MFD_DOC, checked: CHECKED, severity: 'blocker', fixedBy: 'printer' },
  'credentials-invalid': { source: ENTRA_ERRORS, severity: 'blocker', fixedBy: 'admin' },
  'scope-invalid': { source: SCOPES_DOC, checked: CHECKED, severity: 'blocker', fixedBy: 'admin' },
  'request-malformed': { source: ENTRA_ERRORS, checked: CHECKED, severity: 'blocker', fixedBy: 'admin' },
  'redirect-uri-missing': { source: APP_REG_DOC, checked: CHECKED, severity: 'blocker', fixedBy: 'tenant' },
  'redirect-uri-wrong-platform': {
    source: APP_REG_DOC,
    checked: CHECKED,
    severity: 'blocker',
    fixedBy: 'tenant',
  },
  'client-secret-invalid': {
    source: CLIENT_SECRET_DOC,
    checked: CHECKED,
    severity: 'blocker',
    fixedBy: 'tenant',
  },
  'token-user-mismatch': { source: OAUTH_SMTP_DOC, checked: CHECKED, severity: 'blocker', fixedBy: 'admin' },
  'basic-auth-retiring': {
    source: BASIC_AUTH_SMTP_DOC,
    checked: CHECKED,
    severity: 'warning',
    fixedBy: 'printer',
  },
  'direct-send-rejected': {
    source: DIRECT_SEND_DOC,
    checked: CHECKED,
    severity: 'blocker',
    fixedBy: 'tenant',
  },
  'server-tls-too-old': { source: `${RFC}/rfc8996`, severity: 'blocker', fixedBy: 'network' },
  'agent-ca-untrusted': { source: `${RFC}/rfc5280#section-6`, severity: 'blocker', fixedBy: 'admin' },
  'smtp-line-too-long': { source: `${RFC}/rfc4954#section-4`, severity: 'blocker', fixedBy: 'network' },
  'smtp-no-greeting': { source: `${RFC}/rfc5321#section-3.1`, severity: 'blocker', fixedBy: 'network' },
};

/** A cause's title, explanation and remedy steps in one shipped language. */
export function causeText(id: CauseId, lang: Lang): CauseText {
  return pageMessagesFor(lang).causes.cause[id];
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
