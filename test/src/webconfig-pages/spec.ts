import {
  type AuthMethod,
  type CurrentStatus,
  type EmailService,
  PAGE_KINDS,
  type PageKind,
  type SecureConnection,
} from '@wcoa/shared/webconfig';
import type { Labels, RenderLang } from './labels.ts';

/** The kinds the renderer draws: every Web Config page kind the detector names, and the frameset's own two. */
export const SYNTHETIC_PAGES = [
  ...PAGE_KINDS.filter(
    (kind): kind is Exclude<PageKind, 'webconfig-other' | 'not-webconfig'> =>
      kind !== 'webconfig-other' && kind !== 'not-webconfig',
  ),
  'common-top',
  'menu',
] as const;
export type SyntheticPage = (typeof SYNTHETIC_PAGES)[number];

/** ADVANCED: content pages inside COMMON/TOP's frames; basic: the older HTML/TOP single pages. */
export type Generation = 'advanced' | 'basic';

export interface JobSpec {
  receiptNo?: number;
  dateTime?: string;
  type?: 'scan-to-email' | 'fax-to-email';
  /** Overrides the Type text entirely (e.g. a copy or print job, or an unseen wording). */
  typeText?: string;
  /** A job that failed shows "Error (code)" in the page's language; no code means Completed. */
  code?: number;
  /** Overrides the Result text entirely (e.g. a wording the detector has never seen). */
  resultText?: string;
  pages?: number;
  from?: string;
  to?: string;
}

export interface NetworkSpec {
  deviceName?: string;
  connectionStatus?: string;
  ipAddress?: string;
  subnetMask?: string;
  gateway?: string;
  dns?: string[];
  macAddress?: string;
}

export interface PageState {
  /** Whether the firmware offers OAuth2 (models without it omit the option and the OAuth rows). */
  oauthSupported?: boolean;
  authMethod?: AuthMethod;
  emailService?: EmailService;
  currentStatus?: CurrentStatus;
  account?: string;
  sender?: string;
  smtpServer?: string;
  smtpPort?: number;
  secureConnection?: SecureConnection;
  certificateValidation?: boolean;
  pop3Server?: string;
  pop3Port?: number;
  /** Texts the printer shows in div.warning. */
  messages?: string[];
  /** The CSRF token every settings form carries (hidden INPUTT_SETUPTOKEN). */
  setupToken?: string;
  /** Shown while a device-code sign-in is under way. */
  deviceCode?: { userCode: string; verificationUri: string };
  /** Connection Test: the result line shown after Start (success text when absent and ok). */
  testResult?: { ok: boolean; text?: string };
  jobs?: JobSpec[];
  network?: NetworkSpec;
  serialNumber?: string;
  firmware?: string;
  /** Login: business models (user name + password, ADVANCED/PASSWORD) or consumer models (PSWD). */
  loginVariant?: 'business' | 'consumer';
  /** Print Admin Serverless "For My Email" switch. */
  forMyEmail?: boolean;
  /** COMMON/TOP: the content frame's URL path. */
  contentPath?: string;
}

export interface PageSpec {
  page: SyntheticPage;
  generation: Generation;
  lang: RenderLang;
  model: string;
  state?: PageState;
  /**
   * 'english' keeps the form's labels in English inside an otherwise localised page, as some
   * localised firmware does.
   */
  labels?: 'localised' | 'english';
  /** Extra rows the detector has never seen (firmware additions), appended to the form. */
  extraRows?: Array<{ label: string; value: string }>;
  /**
   * Another wording of the same language laid over its labels (e.g. EN_SECOND_WORDING, Epson's
   * second English edition, or a breadcrumb that names an extended network).
   */
  wording?: Partial<Labels>;
  /** Show the language selector (SEL_LANGA/SEL_LANGB) even where Web Config would not. */
  languageSelector?: boolean;
}
