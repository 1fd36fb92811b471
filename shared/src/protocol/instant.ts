import * as z from 'zod';

/**
 * Instants a page reports (a job history's last mail, a tenant check's time) are believed only
 * between these: no printer sent mail before 2000, and a printer's zone-less clock read in the
 * browser's zone runs at most a day ahead. Anything else is a broken clock or a forged report,
 * and would either crash a reader or silence the 60/90-day warnings.
 */
export const REPORTED_INSTANT_MIN = Date.UTC(2000, 0, 1);
export const CLOCK_AHEAD_MS = 86_400_000;

/** Whether an ISO 8601 string is an instant in that range (at `now`). */
export function isSaneInstant(value: string, now: number = Date.now()): boolean {
  const at = Date.parse(value);
  return Number.isFinite(at) && at >= REPORTED_INSTANT_MIN && at <= now + CLOCK_AHEAD_MS;
}

/** Marks the refinement below, so the agent can word its failure in the caller's language. */
export const DATE_RANGE_ISSUE = 'wcoa-date-range';

/** A reported instant: ISO 8601 with a zone (`Z` or an offset), in the sane range. */
export const ReportedInstantSchema = z
  .string()
  .max(40)
  .pipe(z.iso.datetime({ offset: true }))
  .refine((v) => isSaneInstant(v), { params: { wcoa: DATE_RANGE_ISSUE } });
