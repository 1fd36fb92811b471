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
 * The printer's last successful mail, by the printer's own clock: from its job history only. A
 * wcoa test mail is the agent's own sign-in sending (its token, its clock); it proves the tenant
 * but does not keep the printer's sign-in alive, so it never counts toward the printer's 90 days.
 */
export function lastMailOf(
  printer: PrinterRecord,
  _testMails: PrinterTestMail[] = [],
): { at: string; source: MailSource } | null {
  return printer.lastMailAt ? { at: printer.lastMailAt, source: 'job-history' } : null;
}

/** The agent's last successful test mail for the printer: the agent's clock, shown apart. */
export function lastTestMailOf(testMails: PrinterTestMail[]): { at: string } | null {
  const test = testMails.find((t) => t.ok);
  return test ? { at: test.at } : null;
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
    lastTestMail: lastTestMailOf(testMails),
    errorCodes: pages['job-history']?.model.fields.errorCodes ?? [],
  };
}
