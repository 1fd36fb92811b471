import { sendsPasswordToMicrosoft } from '@wcoa/shared/diagnosis';
import {
  daysSince,
  type MailSource,
  type PrinterOAuthState,
  type PrinterSummary,
} from '@wcoa/shared/protocol';
import type { PageFields } from '@wcoa/shared/webconfig';
import type { FleetEntry, PrinterRecord, PrinterStore } from './printer-store.ts';

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
    daysSinceMail: lastMail ? daysSince(lastMail.at, now) : null,
    lastTestMail: entry.lastOkTestMailAt ? { at: entry.lastOkTestMailAt } : null,
    errorCodes,
  };
}
