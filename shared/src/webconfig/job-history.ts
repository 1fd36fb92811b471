import { isLabel, mentions } from './lexicon.ts';
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
}

const CODE = /(?<![\d.,:/-])\d{3}(?![\d.,:/-])/g;
const DATE = /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/;

function cellsOf(tr: Element): Element[] {
  return Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

function codesIn(text: string): number[] {
  return Array.from(text.matchAll(CODE), (m) => Number(m[0]));
}

function resultColumn(header: string[], body: string[][]): number {
  const byLabel = header.findIndex((h) => isLabel(h, 'jobResult'));
  if (byLabel >= 0) return byLabel;
  let best = -1;
  let bestCount = 0;
  for (let col = 0; col < header.length; col++) {
    const count = body.filter((r) => {
      const t = r[col] ?? '';
      return /\p{L}{2,}/u.test(t) && codesIn(t).length > 0 && !DATE.test(t) && !t.includes('@');
    }).length;
    if (count > bestCount) {
      bestCount = count;
      best = col;
    }
  }
  return best;
}

/** The job table, if the document has one: a header row of at least four columns and a date column. */
export function readJobHistory(doc: Document, headings: string[]): JobHistoryReading | null {
  const titled = headings.some((h) => mentions(h, 'jobHistory'));
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
    const headerRow = rows.find((tr) => cellsOf(tr).some((c) => c.tagName === 'TH'));
    if (!headerRow) continue;
    const header = cellsOf(headerRow).map((c) => textOf(c));
    if (header.length < 4) continue;
    const body = rows
      .filter((tr) => tr !== headerRow && cellsOf(tr).every((c) => c.tagName === 'TD'))
      .map((tr) => cellsOf(tr).map((c) => textOf(c)));
    const hasDates = body.some((r) => r.some((t) => DATE.test(t)));
    const col = resultColumn(header, body);
    // Untitled tables must look the part on their own: dates and a result column.
    if (!titled && !(hasDates && col >= 0)) continue;
    const results = col < 0 ? [] : body.map((r) => r[col] ?? '').filter(Boolean);
    return { results, errorCodes: results.flatMap(codesIn) };
  }
  return null;
}
