import { sendsPasswordToMicrosoft } from '@wcoa/shared/diagnosis';
import type { MailSource, PrinterOAuthState, PrinterSummary } from '@wcoa/shared/protocol';
import type { PageFields } from '@wcoa/shared/webconfig';
import type { FleetEntry, PrinterRecord, PrinterStore, PrinterTestMail, SeenPage } from './printer-store.ts';

const DAY_MS = 86_400_000;

/** Whole days between two instants (never negative: a clock a little behind is not "in the future"). */
export function daysBetween(from: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(from)) / DAY_MS));
}

/** The OAuth state the Email Server page showed. */
export function oauthStateOf(
  email: Pick<PageFields, 'authMethod' | 'currentStatus'> | undefined,
): PrinterOAuthState {
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
export function lastMailOf(printer: PrinterRecord): { at: string; source: MailSource } | null {
  return printer.lastMailAt ? { at: printer.lastMailAt, source: 'job-history' } : null;
}

/** Everything the store knows about one printer, gathered once for its sheet. */
export interface PrinterView {
  printer: PrinterRecord;
  pages: Partial<Record<SeenPage['model']['page'], SeenPage>>;
  testMails: PrinterTestMail[];
  lastOkTestMailAt: string | null;
}

export function viewOf(store: PrinterStore, printer: PrinterRecord): PrinterView {
  return {
    printer,
    pages: store.pages(printer.id),
    testMails: store.testMails(printer.id),
    lastOkTestMailAt: store.lastOkTestMailAt(printer.id),
  };
}

/** The Email Server page says the printer sends to Microsoft with a password (lint: basic-auth-retiring). */
export function sendsWithPassword(email: FleetEntry['email']): boolean {
  return email !== undefined && sendsPasswordToMicrosoft(email);
}

/** How many of the printers send to Microsoft with a password (the list and the sheet count them). */
export function countPasswordPrinters(store: PrinterStore): number {
  return store.fleet().filter((entry) => sendsWithPassword(entry.email)).length;
}

/** A fleet list entry (PrinterStore.fleet) as GET /v1/printers answers it. */
export function summarise(entry: FleetEntry, now: Date): PrinterSummary {
  const { printer, email, errorCodes } = entry;
  const lastMail = lastMailOf(printer);
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
    basicAuthRetiring: sendsWithPassword(email),
    daysSinceMail: lastMail ? daysBetween(lastMail.at, now) : null,
    lastTestMail: entry.lastOkTestMailAt ? { at: entry.lastOkTestMailAt } : null,
    errorCodes,
  };
}
