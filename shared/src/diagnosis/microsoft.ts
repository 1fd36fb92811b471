/**
 * Microsoft's endpoints, in one place (FACTS.md §3 and §5): where the printer and the agent submit
 * mail, where they sign in, and Graph. Lint checks a page against them; the agent's config and its
 * token allow-list default to them; the tenant check signs in at them.
 */

/** Where each Microsoft service expects SMTP AUTH submission. */
export const MICROSOFT_SMTP_BY_SERVICE = {
  'exchange-online': ['smtp.office365.com', 'smtp-legacy.office365.com'],
  'outlook-com': ['smtp-mail.outlook.com'],
} as const;

/** Every Microsoft SMTP AUTH submission host. */
export const MICROSOFT_SMTP_HOSTS: readonly string[] = Object.values(MICROSOFT_SMTP_BY_SERVICE).flat();

/** The submission port (STARTTLS) Microsoft's SMTP AUTH endpoints answer on. */
export const SMTP_SUBMISSION_PORT = 587;

/** Exchange Online's submission endpoint: the default for the agent's test mail. */
export const MICROSOFT_SMTP = { host: 'smtp.office365.com', port: SMTP_SUBMISSION_PORT } as const;

/** Microsoft's public-cloud sign-in host (device code, authorization code). */
export const MICROSOFT_LOGIN_HOST = 'login.microsoftonline.com';
export const MICROSOFT_LOGIN_URL = `https://${MICROSOFT_LOGIN_HOST}`;

/** The sign-in hosts of Microsoft's clouds (public, US Government, China), which MSAL trusts. */
export const MICROSOFT_CLOUD_LOGIN_HOSTS: ReadonlySet<string> = new Set([
  MICROSOFT_LOGIN_HOST,
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
]);

/** Microsoft Graph (public cloud). */
export const MICROSOFT_GRAPH_URL = 'https://graph.microsoft.com';
