/**
 * PageModel: what detect() reads off a page. DESIGN.md defines it; the content script, the CLI,
 * the agent's printer store and the guide all consume it, so keep it stable.
 */
export const PAGE_KINDS = [
  'email-server-basic',
  'email-server-connection-test',
  'fax-server-email',
  'job-history',
  'network-status',
  'product-status',
  'login',
  'print-admin-serverless',
  'webconfig-other',
  'not-webconfig',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export type AuthMethod = 'off' | 'smtp-auth' | 'pop-before-smtp' | 'oauth2';
export type EmailService = 'exchange-online' | 'outlook-com';
export type CurrentStatus = 'signed-in' | 'not-signed-in';
export type SecureConnection = 'none' | 'starttls' | 'ssl-tls';

export interface NetworkFields {
  deviceName?: string;
  connection?: string;
  ipAddress?: string;
  subnetMask?: string;
  gateway?: string;
  dns?: string[];
  ipv6?: string[];
  macAddress?: string;
  [key: string]: string | string[] | undefined;
}

export interface PageFields {
  authMethod?: AuthMethod;
  oauthOffered?: boolean;
  emailService?: EmailService;
  currentStatus?: CurrentStatus;
  account?: string;
  sender?: string;
  smtpServer?: string;
  smtpPort?: number;
  secureConnection?: SecureConnection;
  certificateValidation?: boolean;
  errorCodes?: number[];
  message?: string[];
  network?: NetworkFields;
  /** Serial number where a page shows it (product status); part of a printer's identity. */
  serialNumber?: string;
  /**
   * Job history: when the newest successful mail job ran, as `YYYY-MM-DDTHH:MM:SS` with no zone
   * (the page gives the printer's clock, which is local time). Absent when any such date is ambiguous.
   */
  lastMailAt?: string;
}

/** The same fields as the page shows them (localised text), for display. */
export type RawFields = {
  [K in keyof PageFields]?: K extends 'network' ? Record<string, string> : string | string[];
};

export interface PageModel {
  vendor: 'epson' | null;
  page: PageKind;
  model: string | null;
  lang: string | null;
  fields: PageFields;
  raw: RawFields;
  signals: string[];
}

/**
 * In PageModel.signals when a settings page is Web Config's confirm page: the settings were sent
 * with OK and wait for the confirm page's OK; the printer does not hold them yet.
 */
export const CONFIRM_SIGNAL = 'confirm-page';

export function isConfirmPage(model: PageModel): boolean {
  return model.signals.includes(CONFIRM_SIGNAL);
}
