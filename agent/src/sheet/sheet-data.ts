import { type CauseOrigin, type PrinterCause, printerCauses } from '@wcoa/shared/diagnosis';
import { daysSince, type ProbeResponse } from '@wcoa/shared/protocol';
import type { NetworkFields, PageFields } from '@wcoa/shared/webconfig';
import type { PrinterRecord, PrinterStore } from '../printers/printer-store.ts';
import { countPasswordPrinters, lastMailOf } from '../printers/summary.ts';
import type { HistoryStore, StoredTestMail } from '../store/history.ts';
import type { Store } from '../store/store.ts';
import { type TokenState, tokenStateOf } from './token-state.ts';

export type { CauseOrigin };

/** Everything one sheet shows, gathered from the store; what was never seen is absent (null). */
export interface SheetData {
  printer: PrinterRecord;
  network: { seenAt: string; fields: NetworkFields } | null;
  email: { seenAt: string; fields: PageFields } | null;
  jobs: { seenAt: string; errorCodes: number[] } | null;
  testMail: StoredTestMail | null;
  probe: ProbeResponse | null;
  /** The mailbox the printer signs in as (its Email Server page), else the test mails' account. */
  account: string | null;
  token: TokenState | null;
  lastMail: { at: string; source: 'job-history' | 'test-mail' } | null;
  daysSinceMail: number | null;
  /** The agent's last successful test mail: the agent's clock, never the printer's 90 days. */
  lastTestMail: { at: string } | null;
  /** Tenant findings also carry what Graph named (a Conditional Access policy, the mailbox). */
  causes: PrinterCause[];
  /** When and as whom the extension's last "Check my tenant" ran (its findings are among `causes`). */
  tenantCheck: { checkedAt: string; account: string } | null;
  /** How many printers the agent has seen send to Microsoft with a password (this one included). */
  passwordPrinters: number;
  now: Date;
  version: string;
}

export interface SheetSources {
  store: Store;
  printers: PrinterStore;
  history: HistoryStore;
  authorityHost: string;
  version: string;
}

/** Gathers a printer's sheet as of `now`. */
export function sheetData(src: SheetSources, printer: PrinterRecord, now: Date): SheetData {
  const pages = src.printers.pages(printer.id);
  const testMails = src.history.testMails(printer);
  const lastOkTestMailAt = src.history.lastOkTestMailAt(printer);
  const emailPage = pages['email-server-basic'];
  // Network Status is the page for it; the basic Product Status page carries the same table.
  const networkPage = [pages['network-status'], pages['product-status']].find((p) => p?.model.fields.network);
  const jobsPage = pages['job-history'];
  const testMail = testMails[0] ?? null;
  const email = emailPage?.model.fields;

  const smtpHost = email?.smtpServer ?? testMail?.smtpHost;
  const storedProbe = smtpHost
    ? (src.history.latestProbe(smtpHost, email?.smtpPort) ?? src.history.latestProbe(smtpHost))
    : null;

  const account = email?.account?.trim() || testMail?.account || null;
  // Two clocks: the printer's (its own mail, its 90 days) and the agent's (its own test mail).
  const lastMail = lastMailOf(printer);
  const lastTestMail = lastOkTestMailAt ? { at: lastOkTestMailAt } : null;

  const tenant = src.history.tenantReport(printer.id);
  // One rule with the overlay (shared/diagnosis printer-causes): the same pages, the same blocking findings.
  const causes = printerCauses({
    pages: Object.values(pages).map((page) => page.model),
    failedTestMail: testMail && !testMail.ok ? testMail.causes : [],
    tenantFindings: tenant?.findings ?? [],
  });

  return {
    printer,
    network: networkPage
      ? { seenAt: networkPage.seenAt, fields: networkPage.model.fields.network ?? {} }
      : null,
    email: emailPage && email ? { seenAt: emailPage.seenAt, fields: email } : null,
    jobs: jobsPage ? { seenAt: jobsPage.seenAt, errorCodes: jobsPage.model.fields.errorCodes ?? [] } : null,
    testMail,
    probe: storedProbe?.result ?? null,
    account,
    token: account ? tokenStateOf(src.store, src.authorityHost, account) : null,
    lastMail,
    daysSinceMail: lastMail ? daysSince(lastMail.at, now) : null,
    lastTestMail,
    causes,
    tenantCheck: tenant ? { checkedAt: tenant.checkedAt, account: tenant.account } : null,
    passwordPrinters: countPasswordPrinters(src.printers),
    now,
    version: src.version,
  };
}
