import type { MailSource, PrinterOAuthState, PrinterSummary } from '@wcoa/shared/protocol';
import type { PageFields } from '@wcoa/shared/webconfig';
import type { PrinterRecord, PrinterStore, PrinterTestMail, SeenPage } from './printer-store.ts';

const DAY_MS = 86_400_000;

/** Whole days between two instants (never negative: a clock a little behind is not "in the future"). */
export function daysBetween(from: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(from)) / DAY_MS));
}

/** The OAuth state the Email Server page showed. */
export function oauthStateOf(email: PageFields | undefined): PrinterOAuthState {
  if (!email || email.authMethod === undefined) {
    if (email?.currentStatus) return email.currentStatus;
    return 'not-seen';
  }
  if (email.authMethod !== 'oauth2') return 'other-method';
  return email.currentStatus ?? 'not-signed-in';
}

/**
 * The printer's last successful mail: from its job history (the printer itself sent it) or an agent
 * test mail for it (which proves the tenant, not the printer); the newer wins, and says which.
 */
export function lastMailOf(
  printer: PrinterRecord,
  testMails: PrinterTestMail[],
): { at: string; source: MailSource } | null {
  const test = testMails.find((t) => t.ok);
  const fromJobs = printer.lastMailAt ? { at: printer.lastMailAt, source: 'job-history' as const } : null;
  const fromTest = test ? { at: test.at, source: 'test-mail' as const } : null;
  if (fromJobs && fromTest) return fromJobs.at >= fromTest.at ? fromJobs : fromTest;
  return fromJobs ?? fromTest;
}

/** Everything the store knows about one printer, gathered once for the list and the sheet. */
export interface PrinterView {
  printer: PrinterRecord;
  pages: Partial<Record<SeenPage['model']['page'], SeenPage>>;
  testMails: PrinterTestMail[];
}

export function viewOf(store: PrinterStore, printer: PrinterRecord): PrinterView {
  return { printer, pages: store.pages(printer.id), testMails: store.testMails(printer.id) };
}

export function summarise(view: PrinterView, now: Date): PrinterSummary {
  const { printer, pages, testMails } = view;
  const email = pages['email-server-basic']?.model.fields;
  const lastMail = lastMailOf(printer, testMails);
  return {
    id: printer.id,
    origin: printer.origin,
    model: printer.model,
    deviceName: printer.deviceName,
    macAddress: printer.mac,
    serialNumber: printer.serial,
    firstSeenAt: printer.firstSeenAt,
    lastSeenAt: printer.lastSeenAt,
    oauth: oauthStateOf(email),
    authMethod: email?.authMethod ?? null,
    account: email?.account ?? null,
    lastMail,
    daysSinceMail: lastMail ? daysBetween(lastMail.at, now) : null,
    errorCodes: pages['job-history']?.model.fields.errorCodes ?? [],
  };
}
