/**
 * The one Entra app registration wcoa uses, as `wcoa setup` makes it and as the agent and the
 * extension's tenant check use it: the facts both sides must agree on, in one place.
 */

/** The registration's display name (how `wcoa setup` finds it again). */
export const APP_REGISTRATION_NAME = 'Web Config OAuth Assistant';

/** Microsoft Graph Command Line Tools: the first-party public client `wcoa setup` signs in as. */
export const GRAPH_CLI_CLIENT_ID = '14d82eec-204b-4c2f-b7e8-296a70dab67e';

/** Resource app ids (the same in every tenant). */
export const EXCHANGE_ONLINE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';
export const MICROSOFT_GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/** Delegated permissions of Office 365 Exchange Online the agent's test mail needs. */
export const SMTP_PERMISSIONS = ['SMTP.Send'] as const;

/** Delegated Microsoft Graph permissions: a refresh token, and what the tenant check reads with. */
export const TENANT_CHECK_GRAPH_SCOPES = [
  'Policy.Read.All',
  'RoleManagement.Read.Directory',
  'User.Read.All',
];
export const GRAPH_PERMISSIONS = ['offline_access', ...TENANT_CHECK_GRAPH_SCOPES] as const;

/** The path of the tenant check's redirect URI (browser.identity.getRedirectURL(path)). */
export const TENANT_CHECK_REDIRECT_PATH = 'msal';

/** The SPA redirect URI registered for an extension id in Chrome and Edge. */
export function spaRedirectUri(extensionId: string): string {
  return `https://${extensionId}.chromiumapp.org/${TENANT_CHECK_REDIRECT_PATH}`;
}

/** Chrome's extension id for a public key (base64 DER): sha256, first 32 hex digits mapped 0-f → a-p. */
export const EXTENSION_ID_PATTERN = /^[a-p]{32}$/;
