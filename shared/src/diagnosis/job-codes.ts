import { format, type Lang, pageMessagesFor } from '../i18n/index.ts';
import { causeText } from './catalog.ts';
import type { CauseId } from './cause-ids.ts';

/**
 * The Epson job-status codes the OAuth 2.0 guide documents (FACTS.md §2). Other codes exist
 * (the 3xx email and cloud family) but we hold no verified meaning for them: they are shown as
 * undocumented with a pointer to the printer's manual, never given an invented cause.
 */
export const DOCUMENTED_JOB_CODES = {
  360: 'service-unreachable',
  361: 'sign-in-expired',
  370: 'sign-in-required',
} as const satisfies Record<number, CauseId>;

export type JobCodeInfo =
  | { code: number; documented: true; cause: CauseId }
  | { code: number; documented: false };

export function describeJobCode(code: number): JobCodeInfo {
  const cause = (DOCUMENTED_JOB_CODES as Record<number, CauseId | undefined>)[code];
  return cause ? { code, documented: true, cause } : { code, documented: false };
}

/** Epson's own state and solution for a documented code, in one shipped language (the guide's table). */
export function epsonJobCodeText(code: number, lang: Lang): { state: string; solution: string } | null {
  const table = pageMessagesFor(lang).causes.jobCode.epson as Record<
    string,
    { state: string; solution: string }
  >;
  return table[String(code)] ?? null;
}

/**
 * The lines for the UI beside a job-history row: Epson's own state and solution first (what the
 * printer's manual says, in the printer's language), then our likely cause; or "undocumented, see the
 * manual". 361 (the connection expired: connect again) and 370 (sign in again) keep their own words.
 */
export function jobCodeLines(code: number, lang: Lang): string[] {
  const m = pageMessagesFor(lang).causes.jobCode;
  const info = describeJobCode(code);
  const epson = epsonJobCodeText(code, lang);
  if (!info.documented || !epson) return [format(m.undocumented, { code })];
  return [
    format(m.documented, { code, state: epson.state, solution: epson.solution }),
    format(m.likely, { causes: causeText(info.cause, lang).title }),
  ];
}

/** One line for the UI beside a job-history row (jobCodeLines joined). */
export function jobCodeText(code: number, lang: Lang): string {
  return jobCodeLines(code, lang).join(' ');
}
