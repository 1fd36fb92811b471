import type { CauseId } from '../diagnosis/cause-ids.ts';
import type { PageModel } from '../webconfig/page-model.ts';

/** Prerequisite ids: the overlay's checklist keys and the tenant pre-flight's targets. Never rename. */
export const PREREQUISITE_IDS = [
  'tenant-smtp-auth',
  'security-defaults-off',
  'mailbox-smtp-auth',
  'mailbox-licensed',
  'conditional-access',
  'consent-admin-role',
  'latest-firmware',
  'standard-network',
] as const;
export type PrerequisiteId = (typeof PREREQUISITE_IDS)[number];

/** Who does it: the Microsoft 365 tenant's administrator, or the printer's administrator. */
export type Actor = 'tenant-admin' | 'printer-admin';

/** Where it is done (message keys under guide.places). */
export type Place =
  | 'exchange-admin-center'
  | 'microsoft-365-admin-center'
  | 'entra-admin-center'
  | 'printer'
  | 'webconfig';

/**
 * How it can be verified:
 * - `graph`: the tenant pre-flight reads it through Microsoft Graph;
 * - `powershell`: Graph cannot tell (Microsoft exposes it in Exchange Online PowerShell only), so
 *   the checklist shows the command and the agent's test mail is the proof;
 * - `page`: a Web Config page shows it (see `pagePrerequisites`);
 * - `admin`: only the admin can tell; they tick it.
 */
export type Verification = 'graph' | 'powershell' | 'page' | 'admin';

export interface Prerequisite {
  id: PrerequisiteId;
  who: Actor;
  where: Place;
  verification: Verification;
  /** The cause id that says this prerequisite is missing. */
  missingCause: CauseId;
  /** Other findings that also point at this prerequisite (a narrower Conditional Access block…). */
  relatedCauses?: readonly CauseId[];
  /** Exchange Online PowerShell lines (not translated: commands). `{mailbox}` is the printer's account. */
  powershell?: { check: string; fix: string };
}

/** In the order an admin meets them: the tenant first (Microsoft's side), then the printer. */
export const PREREQUISITES: readonly Prerequisite[] = [
  {
    id: 'tenant-smtp-auth',
    who: 'tenant-admin',
    where: 'exchange-admin-center',
    verification: 'powershell',
    missingCause: 'smtp-auth-disabled',
    powershell: {
      check: 'Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled',
      fix: 'Set-TransportConfig -SmtpClientAuthenticationDisabled $false',
    },
  },
  {
    id: 'security-defaults-off',
    who: 'tenant-admin',
    where: 'entra-admin-center',
    verification: 'graph',
    missingCause: 'security-defaults-on',
  },
  {
    id: 'mailbox-smtp-auth',
    who: 'tenant-admin',
    where: 'microsoft-365-admin-center',
    verification: 'powershell',
    missingCause: 'smtp-auth-disabled',
    powershell: {
      check: 'Get-CASMailbox -Identity {mailbox} | Format-List SmtpClientAuthenticationDisabled',
      fix: 'Set-CASMailbox -Identity {mailbox} -SmtpClientAuthenticationDisabled $false',
    },
  },
  {
    id: 'mailbox-licensed',
    who: 'tenant-admin',
    where: 'microsoft-365-admin-center',
    verification: 'graph',
    missingCause: 'mailbox-unlicensed',
  },
  {
    id: 'conditional-access',
    who: 'tenant-admin',
    where: 'entra-admin-center',
    verification: 'graph',
    missingCause: 'conditional-access-blocked',
    relatedCauses: ['ca-blocks-device-code', 'mfa-required'],
  },
  {
    id: 'consent-admin-role',
    who: 'tenant-admin',
    where: 'entra-admin-center',
    verification: 'graph',
    missingCause: 'admin-role-missing',
  },
  {
    id: 'latest-firmware',
    who: 'printer-admin',
    where: 'printer',
    verification: 'page',
    missingCause: 'oauth-not-supported',
    // Firmware updates are also what brings TLS 1.2 (421 4.7.66).
    relatedCauses: ['tls-too-old'],
  },
  {
    id: 'standard-network',
    who: 'printer-admin',
    where: 'webconfig',
    verification: 'admin',
    missingCause: 'additional-network-unsupported',
  },
];

export type PrerequisiteState = 'met' | 'missing' | 'unknown';

/**
 * What a Web Config page itself tells about the prerequisites: only firmware, through whether
 * Authentication Method offers OAuth2 (a page without the field says nothing). Everything else is
 * on Microsoft's side or the admin's to tick.
 */
export function pagePrerequisites(model: PageModel): Partial<Record<PrerequisiteId, PrerequisiteState>> {
  const { oauthOffered, authMethod } = model.fields;
  if (authMethod === 'oauth2' || oauthOffered === true) return { 'latest-firmware': 'met' };
  if (oauthOffered === false) return { 'latest-firmware': 'missing' };
  return {};
}

/** The prerequisites a finding (a cause id) flags: the ones it says are missing. */
export function prerequisitesFor(cause: CauseId): Prerequisite[] {
  return PREREQUISITES.filter((p) => p.missingCause === cause || p.relatedCauses?.includes(cause));
}
