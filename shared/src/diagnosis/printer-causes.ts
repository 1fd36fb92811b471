import { MAIL_SETTINGS_PAGES } from '../webconfig/page-kinds.ts';
import type { PageModel } from '../webconfig/page-model.ts';
import { type CauseId, isCauseId } from './cause-ids.ts';
import { explain } from './explain.ts';
import { describeJobCode } from './job-codes.ts';
import { type LintOptions, lintCauses } from './lint.ts';

/**
 * What a page, and a printer as a whole, points to: the one place the overlay (one page, live)
 * and the sheet (every page the agent has seen of a printer) take their causes from.
 */

/** A job-history code and how often it appears. */
export interface JobCode {
  code: number;
  count: number;
  /** The documented cause, or null: shown as "see your printer's manual", never guessed. */
  cause: CauseId | null;
}

/** A printer message (div.warning) and the causes it points to. */
export interface ExplainedMessage {
  text: string;
  causes: CauseId[];
}

export interface PageCauses {
  /**
   * What lint finds wrong in the mail settings, in page order. Only on MAIL_SETTINGS_PAGES: they
   * are where detect() reads the mail form, so the same rule holds whether the overlay shows the
   * page now or the sheet reads it later.
   */
  settings: CauseId[];
  /** The printer's own messages on the page, each with the causes it names. */
  messages: ExplainedMessage[];
  /** The job history's error codes, counted, with their documented causes. */
  jobCodes: JobCode[];
}

export function pageCauses(model: PageModel, options: LintOptions = {}): PageCauses {
  return {
    settings: settingsCauses(model, options),
    messages: messageCauses(model),
    jobCodes: jobCodes(model),
  };
}

export function settingsCauses(model: PageModel, options: LintOptions = {}): CauseId[] {
  return MAIL_SETTINGS_PAGES.has(model.page) ? lintCauses(model, options) : [];
}

export function messageCauses(model: PageModel): ExplainedMessage[] {
  return (model.fields.message ?? []).map((text) => ({
    text,
    causes: [...new Set(explain(text).map((match) => match.id))],
  }));
}

export function jobCodes(model: PageModel): JobCode[] {
  const counts = new Map<number, number>();
  for (const code of model.fields.errorCodes ?? []) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, count]) => {
    const info = describeJobCode(code);
    return { code, count, cause: info.documented ? info.cause : null };
  });
}

/** A tenant pre-flight finding, as far as deciding whether it is a cause goes (protocol TenantFinding). */
export interface TenantFindingLike {
  causeId: CauseId;
  severity: 'blocker' | 'warning' | 'info';
  outcome: string;
  subject?: string;
}

/**
 * The blocking rule: a tenant finding stands in the printer's way when it blocks or warns, is
 * enforced (not a report-only policy) and was read (not a check the admin's role could not read).
 */
export function isTenantCause(finding: Pick<TenantFindingLike, 'severity' | 'outcome'>): boolean {
  return finding.severity !== 'info' && finding.outcome !== 'unreadable' && finding.outcome !== 'report-only';
}

export type CauseOrigin = 'page' | 'test-mail' | 'jobs' | 'tenant';

export interface PrinterCause {
  id: CauseId;
  origin: CauseOrigin;
  /** What Graph named for a tenant cause (a Conditional Access policy, the mailbox). */
  subjects?: string[];
}

export interface PrinterEvidence {
  /** The printer's pages as last seen, one per kind. */
  pages: readonly PageModel[];
  /** The causes of the last test mail, when it failed (stored ids; unknown ones are skipped). */
  failedTestMail?: readonly string[];
  /** The last tenant pre-flight's findings. */
  tenantFindings?: readonly TenantFindingLike[];
  options?: LintOptions;
}

/**
 * Every cause known against one printer, each once with where it was first seen: its settings
 * pages (in MAIL_SETTINGS_PAGES order), its last failed test mail, its job history, the tenant.
 * A printer's pages keep no live messages: a banner seen once is not the printer's state.
 */
export function printerCauses(evidence: PrinterEvidence): PrinterCause[] {
  const causes: PrinterCause[] = [];
  const add = (id: CauseId, origin: CauseOrigin): PrinterCause => {
    const known = causes.find((c) => c.id === id);
    if (known) return known;
    const cause = { id, origin };
    causes.push(cause);
    return cause;
  };
  for (const kind of MAIL_SETTINGS_PAGES) {
    const page = evidence.pages.find((p) => p.page === kind);
    if (page) for (const id of settingsCauses(page, evidence.options)) add(id, 'page');
  }
  for (const id of evidence.failedTestMail ?? []) if (isCauseId(id)) add(id, 'test-mail');
  for (const page of evidence.pages) for (const job of jobCodes(page)) if (job.cause) add(job.cause, 'jobs');
  for (const finding of evidence.tenantFindings ?? []) {
    if (!isTenantCause(finding)) continue;
    const cause = add(finding.causeId, 'tenant');
    if (finding.subject) cause.subjects = [...(cause.subjects ?? []), finding.subject];
  }
  return causes;
}
