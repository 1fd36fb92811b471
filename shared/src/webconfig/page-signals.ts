/**
 * Signals detect() puts in PageModel.signals that other parts act on. Apart from page-model.ts, so
 * detect's bundle does not carry zod (the content script evaluates it on every Web Config page).
 */

/**
 * A settings page that is Web Config's confirm page: the settings were sent with OK and wait for
 * the confirm page's OK; the printer does not hold them yet.
 */
export const CONFIRM_SIGNAL = 'confirm-page';

/** A job history longer than detect reads (job-history.ts MAX_JOBS): its errorCodes are the first jobs'. */
export const JOB_TABLE_TRUNCATED = 'job-table-truncated';

/**
 * A page with more dt and tr elements than detect reads as label rows (rows.ts MAX_ROW_ELEMENTS):
 * rows after them were not read.
 */
export const ROWS_TRUNCATED = 'rows-truncated';
