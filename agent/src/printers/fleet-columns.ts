/**
 * What the fleet list shows of a printer's stored pages, kept in columns of `printers` so that
 * GET /v1/printers reads one table with no JSON: filled from the stored pages whenever one is
 * recorded or two records merge, and once for every printer by the migration that added them.
 * One statement does it in both places, so the list always says what the pages say.
 */

/** The columns (migration 6 adds them; the fleet query reads them). */
export const FLEET_COLUMNS = `
  ALTER TABLE printers ADD COLUMN email_seen INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE printers ADD COLUMN email_auth_method TEXT;
  ALTER TABLE printers ADD COLUMN email_current_status TEXT;
  ALTER TABLE printers ADD COLUMN email_account TEXT;
  ALTER TABLE printers ADD COLUMN email_smtp_server TEXT;
  ALTER TABLE printers ADD COLUMN email_service TEXT;
  ALTER TABLE printers ADD COLUMN email_oauth_offered INTEGER;
  ALTER TABLE printers ADD COLUMN job_error_codes TEXT;`;

/**
 * Fills the columns from the newest Email Server and Job History pages stored for the printers
 * `where` selects (a condition on `p`, the printers table): each page's JSON is read once, and a
 * stored page that is not JSON (a hand edit, a torn older store) counts as not seen.
 */
export function refreshFleetColumns(where: string): string {
  return `
  UPDATE printers SET
    email_seen = COALESCE(s.email_ok, 0),
    email_auth_method = s.email ->> '$.authMethod',
    email_current_status = s.email ->> '$.currentStatus',
    email_account = s.email ->> '$.account',
    email_smtp_server = s.email ->> '$.smtpServer',
    email_service = s.email ->> '$.emailService',
    email_oauth_offered = s.email ->> '$.oauthOffered',
    job_error_codes = s.codes
  FROM (
    SELECT p.id AS id, json_valid(e.page_model) AS email_ok,
      iif(json_valid(e.page_model), e.page_model -> '$.fields') AS email,
      iif(json_valid(j.page_model), j.page_model -> '$.fields.errorCodes') AS codes
    FROM printers p
    LEFT JOIN printer_pages e ON e.printer_id = p.id AND e.page = 'email-server-basic'
    LEFT JOIN printer_pages j ON j.printer_id = p.id AND j.page = 'job-history'
    WHERE ${where}) AS s
  WHERE printers.id = s.id`;
}
