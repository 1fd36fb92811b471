import { type TenantReport, TenantReportSchema } from '@wcoa/shared/protocol';
import type { Db } from '../store/db.ts';
import { parseStored, type SkipWarning } from './printer-store.ts';

/**
 * The extension's last "Check my tenant" findings, kept per printer as reported with its pages
 * (findings, names and the admin's account only: the Graph token never leaves the extension).
 * A newer check replaces an older one; an older report arriving late does not.
 */
export function saveTenantReport(db: Db, printerId: string, report: TenantReport): void {
  db.prepare(
    `INSERT INTO printer_tenant_reports (printer_id, checked_at, report) VALUES (?, ?, ?)
     ON CONFLICT (printer_id) DO UPDATE SET checked_at = excluded.checked_at, report = excluded.report
     WHERE excluded.checked_at >= printer_tenant_reports.checked_at`,
  ).run(printerId, report.checkedAt, JSON.stringify(report));
}

/** The stored report, or null; one the code cannot read (bad JSON, bad dates) is skipped with a warning. */
export function tenantReportOf(db: Db, printerId: string, warn?: SkipWarning): TenantReport | null {
  const row = db.prepare('SELECT report FROM printer_tenant_reports WHERE printer_id = ?').get(printerId) as
    | { report: string }
    | undefined;
  if (!row) return null;
  const parsed = TenantReportSchema.safeParse(parseStored(row.report));
  if (!parsed.success) warn?.('stored tenant report skipped', { printer: printerId });
  return parsed.success ? parsed.data : null;
}
