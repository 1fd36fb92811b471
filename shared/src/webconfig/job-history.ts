import { rowCells } from './elements.ts';
import { isLabel, mentions } from './lexicon-match.ts';
import type { Scope } from './scope.ts';
import { textOf } from './text.ts';

/**
 * Job History: a data table, one job per row. Error codes are the three-digit numbers inside
 * the Result text ("Error (360)", "Erro: 361"), in page order; no separate code column is known.
 * The Result column is found by its header in any language, else as the column whose cells mix
 * words and three-digit numbers.
 */
export interface JobHistoryReading {
  errorCodes: number[];
  results: string[];
  /** The newest successful mail job, see `latestMail`. */
  lastMail?: { at: string; raw: string };
  /** The table has more jobs than MAX_JOBS: only the first MAX_JOBS were read. */
  truncated: boolean;
}

const CODE = /(?<![\d.,:/-])\d{3}(?![\d.,:/-])/g;
const DATE = /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/;

/**
 * The jobs read: the table's first MAX_JOBS rows in page order. Reading a job costs its cells'
 * text, and a page may hold thousands (a 1 MB log read whole cost detect some 100 ms); what the
 * diagnosis asks of the history (recent error codes, the last mail sent) lies in the rows a
 * person scrolls through, not the thousandth.
 */
export const MAX_JOBS = 100;
const MAX_TABLES = 50;
const MAX_COLUMNS = 30;
const MAX_CELL = 300;

/**
 * The table's own rows (thead, tbody, tfoot and direct), never a nested table's: no subtree
 * search. At most `max`, walked sibling by sibling so a table's later rows are never visited.
 */
function ownRows(table: Element, max: number): Element[] {
  const rows: Element[] = [];
  for (let child = table.firstElementChild; child && rows.length < max; child = child.nextElementSibling) {
    if (child.tagName === 'TR') rows.push(child);
    else if (child.tagName === 'THEAD' || child.tagName === 'TBODY' || child.tagName === 'TFOOT') {
      for (let tr = child.firstElementChild; tr && rows.length < max; tr = tr.nextElementSibling) {
        if (tr.tagName === 'TR') rows.push(tr);
      }
    }
  }
  return rows;
}

/**
 * The jobs' cell texts, each read when first asked for: a table whose header names its columns
 * needs only a few of them (a 1 MB page's log: its Status column, not its six).
 */
class JobCells {
  private readonly texts: Array<Array<string | undefined>>;
  constructor(private readonly rows: Element[][]) {
    this.texts = rows.map(() => []);
  }

  text(row: number, col: number): string {
    const known = this.texts[row]![col];
    if (known !== undefined) return known;
    const cell = this.rows[row]![col];
    const text = cell ? textOf(cell, MAX_CELL) : '';
    this.texts[row]![col] = text;
    return text;
  }

  /** Every job's text in column `col`, in page order ('' where a row is shorter). */
  column(col: number): string[] {
    return this.rows.map((_, row) => this.text(row, col));
  }

  /** Whether any cell holds a date; stops at the first. */
  hasDate(): boolean {
    return this.rows.some((cells, row) => cells.some((_, col) => DATE.test(this.text(row, col))));
  }
}

function codesIn(text: string): number[] {
  return Array.from(text.matchAll(CODE), (m) => Number(m[0]));
}

function resultColumn(header: string[], body: JobCells): number {
  const byLabel = header.findIndex((h) => isLabel(h, 'jobResult'));
  if (byLabel >= 0) return byLabel;
  let best = -1;
  let bestCount = 0;
  for (let col = 0; col < header.length; col++) {
    const count = body.column(col).filter((t) => {
      // The cheap tests first: most cells hold no code, and never meet the Unicode-property pattern.
      return codesIn(t).length > 0 && !DATE.test(t) && !t.includes('@') && /\p{L}{2,}/u.test(t);
    }).length;
    if (count > bestCount) {
      bestCount = count;
      best = col;
    }
  }
  return best;
}

/** Day and month order of a table's dates, where some date shows it (a part above 12). */
type Order = 'day-first' | 'month-first' | null;

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/;
const TIME = /^[T\s,]*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?\s*[Mm]\.?)?/;

function tableOrder(cells: string[]): Order {
  let dayFirst = false;
  let monthFirst = false;
  for (const t of cells) {
    const m = YEAR_LAST.exec(t.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  // Both seen: the page contradicts itself, so no date of it settles the order.
  return dayFirst === monthFirst ? null : dayFirst ? 'day-first' : 'month-first';
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A job's date and time as `YYYY-MM-DDTHH:MM:SS`, only when the text leaves no doubt: year first,
 * or day and month told apart by a part above 12 (in this date or elsewhere in the table). The
 * printer's clock has no zone on the page, so none is claimed. A date without a time reads as midnight.
 */
export function parseJobDate(text: string, order: Order = null): string | undefined {
  const t = text.trim();
  let y: number;
  let mo: number;
  let d: number;
  let rest: string;
  const ymd = YEAR_FIRST.exec(t);
  const dmy = ymd ? null : YEAR_LAST.exec(t);
  if (ymd) {
    [y, mo, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    rest = t.slice(ymd[0].length);
  } else if (dmy) {
    const [a, b] = [Number(dmy[1]), Number(dmy[2])];
    const own: Order = a > 12 && b <= 12 ? 'day-first' : b > 12 && a <= 12 ? 'month-first' : null;
    const settled = own ?? (a <= 12 && b <= 12 ? order : null);
    if (!settled) return undefined;
    [d, mo] = settled === 'day-first' ? [a, b] : [b, a];
    y = Number(dmy[3]);
    rest = t.slice(dmy[0].length);
  } else {
    return undefined;
  }
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    return undefined;
  let [h, mi, se] = [0, 0, 0];
  const time = TIME.exec(rest);
  if (time) {
    [h, mi, se] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
    const half = time[4]?.toLowerCase();
    if (half && (h < 1 || h > 12)) return undefined;
    if (half === 'p' && h < 12) h += 12;
    if (half === 'a' && h === 12) h = 0;
    if (h > 23 || mi > 59 || se > 59) return undefined;
  } else if (/\d/.test(rest)) {
    return undefined; // something after the date that is not a time we can read
  }
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(se)}`;
}

function dateColumn(body: JobCells, width: number): number {
  let best = -1;
  let bestCount = 0;
  for (let col = 0; col < width; col++) {
    const count = body.column(col).filter((t) => DATE.test(t)).length;
    if (count > bestCount) {
      bestCount = count;
      best = col;
    }
  }
  return best;
}

function typeColumn(header: string[], body: JobCells, skip: number[]): number {
  const byLabel = header.findIndex((h) => isLabel(h, 'jobType'));
  if (byLabel >= 0) return byLabel;
  // Unknown header wording: the column whose cells name mail jobs, addresses excluded (From/To).
  let best = -1;
  let bestCount = 0;
  for (let col = 0; col < header.length; col++) {
    if (skip.includes(col)) continue;
    const cells = body.column(col);
    if (cells.some((t) => t.includes('@'))) continue;
    const count = cells.filter((t) => mentions(t, 'mailJob')).length;
    if (count > bestCount) {
      bestCount = count;
      best = col;
    }
  }
  return best;
}

/**
 * The newest mail job that went through: Type names mail, Result holds no three-digit code and no
 * failure word. Absent unless every such job's date is unambiguous, since one unreadable date might
 * be the newest and an older one would then overstate the printer's silence.
 */
function latestMail(header: string[], body: JobCells, resultCol: number): JobHistoryReading['lastMail'] {
  if (resultCol < 0) return undefined;
  const dateCol = dateColumn(body, header.length);
  if (dateCol < 0) return undefined;
  const typeCol = typeColumn(header, body, [resultCol, dateCol]);
  if (typeCol < 0) return undefined;
  const dates = body.column(dateCol);
  const order = tableOrder(dates);
  const results = body.column(resultCol);
  let latest: { at: string; raw: string } | undefined;
  for (let r = 0; r < dates.length; r++) {
    const result = results[r]!;
    const ok = result !== '' && codesIn(result).length === 0 && !mentions(result, 'jobFailed');
    if (!ok || !mentions(body.text(r, typeCol), 'mailJob')) continue;
    const raw = dates[r]!;
    const at = parseJobDate(raw, order);
    if (!at) return undefined;
    if (!latest || at > latest.at) latest = { at, raw };
  }
  return latest;
}

/**
 * The job table, if the page's content (`scope`, scope.ts) has one: a header row of at least four columns and a date column.
 * Without `byShape`, only on a page whose headings name it a job history (an untitled table's dates
 * and Status column are not enough there).
 */
export function readJobHistory(
  scope: Scope,
  headings: string[],
  { byShape = true }: { byShape?: boolean } = {},
): JobHistoryReading | null {
  if (!byShape && !namesJobHistory(headings)) return null;
  // A job table has a header row with a th (below); a page without any th has none. Most Web Config
  // pages have none, and are spared the reading of their tables' rows. A query, not the tag's
  // collection: on a page without one, both walk it whole, the query several times faster (elements.ts).
  if (scope.querySelector('th') === null) return null;
  return readJobTables(scope, headings);
}

const namesJobHistory = (headings: string[]) => headings.some((h) => mentions(h, 'jobHistory'));

/** The first of the scope's tables that reads as a job history (readJobHistory, past its guards). */
function readJobTables(scope: Scope, headings: string[]): JobHistoryReading | null {
  const titled = namesJobHistory(headings);
  const tables = scope.querySelectorAll('table');
  for (let i = 0; i < tables.length && i < MAX_TABLES; i++) {
    // The header and MAX_JOBS jobs, and one row more to tell whether the table goes on.
    const rows = ownRows(tables[i]!, MAX_JOBS + 2).map((tr) => rowCells(tr, MAX_COLUMNS));
    const headerRow = rows.find((cells) => cells.some((c) => c.tagName === 'TH'));
    if (!headerRow) continue;
    const header = headerRow.map((c) => textOf(c, MAX_CELL));
    if (header.length < 4) continue;
    const jobRows = rows.filter((cells) => cells !== headerRow && cells.every((c) => c.tagName === 'TD'));
    const truncated = jobRows.length > MAX_JOBS || rows.length === MAX_JOBS + 2;
    const body = new JobCells(jobRows.slice(0, MAX_JOBS));
    const col = resultColumn(header, body);
    // Untitled tables must look the part on their own: dates and a result column.
    if (!titled && !(col >= 0 && body.hasDate())) continue;
    const results = col < 0 ? [] : body.column(col).filter(Boolean);
    // A row not read might hold a newer mail job: the last mail is only told from the whole table.
    const lastMail = truncated ? undefined : latestMail(header, body, col);
    return { results, errorCodes: results.flatMap(codesIn), truncated, ...(lastMail ? { lastMail } : {}) };
  }
  return null;
}
