import type { Lang } from '../i18n/languages.ts';

/**
 * How old a printer's last mail is, and what that means for its sign-in: the one home of the day
 * count, the thresholds and the date locale the fleet list (extension) and the sheet (agent) show.
 */

/**
 * Microsoft revokes a refresh token unused for 90 days, so a printer that sends no mail for that
 * long must sign in again; we warn from day 60.
 */
export const MAIL_INACTIVITY = { warnDays: 60, lapseDays: 90 } as const;

const DAY_MS = 86_400_000;

/**
 * Whole days from the instant `at` to `now` (never negative: a clock a little behind is not "in
 * the future"); NaN-free only for a readable `at`, which the protocol's schemas guarantee.
 */
export function daysSince(at: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(at)) / DAY_MS));
}

export type MailAlert = 'none' | 'warning' | 'lapsed';

/** From day 60 without mail a warning; from day 90 the printer's sign-in has lapsed. */
export function mailAlert(days: number | null): MailAlert {
  if (days === null) return 'none';
  if (days >= MAIL_INACTIVITY.lapseDays) return 'lapsed';
  if (days >= MAIL_INACTIVITY.warnDays) return 'warning';
  return 'none';
}

/** The locale dates are written in: English as in Britain (day before month, as Epson's guides do). */
export function dateLocale(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : lang;
}
