import { format, type Lang, messagesFor } from '../i18n/index.ts';
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

/** One line for the UI beside a job-history row: the cause's title, or "undocumented, see the manual". */
export function jobCodeText(code: number, lang: Lang): string {
  const info = describeJobCode(code);
  if (info.documented) return `${code}: ${causeText(info.cause, lang).title}`;
  return format(messagesFor(lang).causes.jobCode.undocumented, { code });
}
