import type { PageKind } from './page-model.ts';

/**
 * Which Web Config pages the assistant treats alike: one place for the sets the overlay, the
 * diagnosis and the sheet ask about, typed so that a page kind renamed in PAGE_KINDS breaks here.
 */

/**
 * Pages that carry the printer's mail settings form: detect() reads the mail fields there, lint
 * judges them, and each is the page of one guide variant (Email Server, Fax Server, Print Admin
 * Serverless).
 */
export const MAIL_SETTINGS_PAGES: ReadonlySet<PageKind> = new Set<PageKind>([
  'email-server-basic',
  'fax-server-email',
  'print-admin-serverless',
]);

/** Pages where the overlay shows the guide: the settings pages, and the login page before them. */
export const GUIDE_PAGES: ReadonlySet<PageKind> = new Set<PageKind>([...MAIL_SETTINGS_PAGES, 'login']);

/** Pages where the overlay offers the agent's test mail: the mail settings and their connection test. */
export const TEST_MAIL_PAGES: ReadonlySet<PageKind> = new Set<PageKind>([
  'email-server-basic',
  'fax-server-email',
  'email-server-connection-test',
]);
