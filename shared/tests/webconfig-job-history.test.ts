import { type Generation, intoContent, type JobSpec, renderWebConfigPage } from '@wcoa/test/webconfig-pages';
import { describe, expect, it } from 'vitest';
import { MAX_JOBS, parseJobDate, readJobHistory } from '../src/webconfig/job-history.ts';
import { capturesPresent, detectHtml, parse, readCapture } from './webconfig-helpers.ts';

const MODEL = 'WF-C5790';
const GENERATIONS: Generation[] = ['advanced', 'basic'];

/** What a copy or print job and a failed job without a code read like in each page language. */
const WORDS = {
  en: { copy: 'Copy', print: 'Print', failed: 'Failed' },
  pt: { copy: 'Cópia', print: 'Impressão', failed: 'Falha' },
  de: { copy: 'Kopie', print: 'Drucken', failed: 'Fehlgeschlagen' },
} as const;

function historyPage(lang: keyof typeof WORDS | 'en', jobs: JobSpec[], generation: Generation = 'advanced') {
  return detectHtml(
    renderWebConfigPage({ page: 'job-history', generation, lang, model: MODEL, state: { jobs } }),
  );
}

describe('job history: the newest successful mail job', () => {
  const cases = GENERATIONS.flatMap((generation) =>
    (Object.keys(WORDS) as (keyof typeof WORDS)[]).map((lang) => ({ generation, lang })),
  );

  it.each(cases)(
    '$lang $generation: failed mail, copy and print jobs are passed over',
    ({ generation, lang }) => {
      const w = WORDS[lang];
      const model = historyPage(
        lang,
        [
          { dateTime: '2026-11-16 11:00' },
          { dateTime: '2026-11-18 10:22' }, // the answer: newest mail that went through
          { dateTime: '2026-11-17 09:00', type: 'fax-to-email' },
          { dateTime: '2026-11-19 17:42:05', typeText: w.copy },
          { dateTime: '2026-11-21 08:00', typeText: w.print },
          { dateTime: '2026-11-20 08:15', code: 360 },
          { dateTime: '2026-11-22 07:30', resultText: w.failed },
        ],
        generation,
      );
      expect(model.page).toBe('job-history');
      expect(model.fields.errorCodes).toEqual([360]);
      expect(model.fields.lastMailAt).toBe('2026-11-18T10:22:00');
      expect(model.raw.lastMailAt).toBe('2026-11-18 10:22');
    },
  );

  it('a fax to email counts as mail the printer sent, seconds kept', () => {
    const model = historyPage('pt', [
      { dateTime: '2026-11-16 11:00' },
      { dateTime: '2026-11-17 09:00:59', type: 'fax-to-email' },
    ]);
    expect(model.fields.lastMailAt).toBe('2026-11-17T09:00:59');
  });

  it('day-first dates read when a part above 12 settles the order (in the row or elsewhere in the table)', () => {
    const model = historyPage('pt', [
      { dateTime: '14/03/2026 10:22', code: 360 },
      { dateTime: '03/04/2026 09:05' },
    ]);
    expect(model.fields.lastMailAt).toBe('2026-04-03T09:05:00');
    const us = historyPage('en', [{ dateTime: '3/14/2026 10:22 PM' }]);
    expect(us.fields.lastMailAt).toBe('2026-03-14T22:22:00');
  });

  it('ambiguous dates leave lastMailAt absent, the rest of the reading intact', () => {
    const model = historyPage('de', [
      { dateTime: '03.04.2026 10:22' },
      { dateTime: '05.06.2026 11:00', code: 361 },
    ]);
    expect(model.page).toBe('job-history');
    expect(model.fields.errorCodes).toEqual([361]);
    expect(model.fields.lastMailAt).toBeUndefined();
    expect(model.raw.lastMailAt).toBeUndefined();
    // One unreadable mail date could be the newest: no older date stands in for it.
    const mixed = historyPage('en', [{ dateTime: '2026-11-01 10:00' }, { dateTime: '03/04/2026 10:22' }]);
    expect(mixed.fields.lastMailAt).toBeUndefined();
  });

  it('no successful mail job: absent', () => {
    const model = historyPage('en', [{ code: 360 }, { typeText: 'Copy' }]);
    expect(model.fields.lastMailAt).toBeUndefined();
  });

  it('finds the Type column by its cells when the header wording is unknown', () => {
    const html = `<html><head><title>EPSON ${MODEL}</title></head><body><h2>Job History</h2>
      <table><tr><th>No.</th><th>When</th><th>Kind</th><th>Result</th><th>To</th></tr>
      <tr><td>7</td><td>2026.10.02 13:00</td><td>Courriel</td><td>OK</td><td>a@b.example</td></tr>
      <tr><td>8</td><td>2026.10.03 13:00</td><td>Scan to Folder</td><td>OK</td><td>\\\\srv\\scan</td></tr>
      </table></body></html>`;
    const reading = readJobHistory(parse(html), ['Job History']);
    expect(reading?.lastMail).toEqual({ at: '2026-10-02T13:00:00', raw: '2026.10.02 13:00' });
  });
});

describe('job history: the first MAX_JOBS jobs are read', () => {
  /** `n` mail jobs a minute apart, newest last; every tenth failed with its own code (300 + index). */
  const jobs = (n: number): JobSpec[] =>
    Array.from({ length: n }, (_, i) => ({
      dateTime: `2026-11-18 ${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
      ...(i % 10 === 9 ? { code: 300 + i } : {}),
    }));
  const codes = (n: number) => jobs(n).flatMap((j) => (j.code ? [j.code] : []));

  it.each(GENERATIONS)('%s: a table of exactly MAX_JOBS is read whole, its last mail told', (generation) => {
    const model = historyPage('en', jobs(MAX_JOBS), generation);
    expect(model.page).toBe('job-history');
    expect(model.fields.errorCodes).toEqual(codes(MAX_JOBS));
    expect(model.signals).not.toContain('job-table-truncated');
    expect(model.fields.lastMailAt).toBe(`2026-11-18T01:${String(MAX_JOBS - 2 - 60).padStart(2, '0')}:00`);
  });

  it.each(GENERATIONS)(
    '%s: a longer table: the first MAX_JOBS codes, truncation said, no last mail',
    (generation) => {
      const model = historyPage('en', jobs(MAX_JOBS + 50), generation);
      expect(model.page).toBe('job-history');
      expect(model.fields.errorCodes).toEqual(codes(MAX_JOBS));
      expect(model.raw.errorCodes).toHaveLength(MAX_JOBS);
      expect(model.signals).toContain('job-table-truncated');
      // The newest mail job is the table's last row, beyond what was read: no older one stands in.
      expect(model.fields.lastMailAt).toBeUndefined();
    },
  );
});

describe('parseJobDate', () => {
  it.each([
    ['2025/03/14 10:22', '2025-03-14T10:22:00'],
    ['2025-03-14 10:22:05', '2025-03-14T10:22:05'],
    ['2025.03.14', '2025-03-14T00:00:00'],
    ['2025-03-14T07:05', '2025-03-14T07:05:00'],
    ['14/03/2025 10:22', '2025-03-14T10:22:00'],
    ['03/14/2025 12:10 AM', '2025-03-14T00:10:00'],
  ])('%s → %s', (text, iso) => {
    expect(parseJobDate(text)).toBe(iso);
  });

  it.each([
    '03/04/2025 10:22',
    '2025-02-30 10:00',
    '2025-03-14 25:00',
    '14/03/25 10:22',
    '13/14/2025',
    '2025-03-14 13:00 PM',
    'yesterday',
  ])('%s → absent', (text) => {
    expect(parseJobDate(text)).toBeUndefined();
  });

  it('an order the table settled reads both-small dates', () => {
    expect(parseJobDate('03/04/2025', 'day-first')).toBe('2025-04-03T00:00:00');
    expect(parseJobDate('03/04/2025', 'month-first')).toBe('2025-03-04T00:00:00');
  });
});

describe('a status page is read as that page: its own data table is not a job history by shape', () => {
  /** A data table of dated rows with a Status column of three-digit numbers (an access log, say). */
  const log = (rows: number) =>
    `<table class="log"><thead><tr><th>Time</th><th>Host</th><th>IP</th><th>Request</th><th>Status</th><th>Detail</th></tr></thead><tbody>${Array.from(
      { length: rows },
      (_, i) =>
        `<tr><td>2026-11-${String((i % 28) + 1).padStart(2, '0')} 12:00:07</td><td>host-${i}</td><td>192.0.2.${i}</td><td><a href="/l/${i}">GET /x</a></td><td>${200 + (i % 5)}</td><td><p>served</p></td></tr>`,
    ).join('')}</tbody></table>`;
  // In the page's content, where a status page's own log would be (intoContent).
  const withLog = (html: string, rows = 12) => intoContent(html, log(rows));

  it.each(
    GENERATIONS.flatMap((generation) =>
      (['network-status', 'product-status'] as const).map((page) => ({ generation, page })),
    ),
  )('$page ($generation) with a log table stays $page, with no job codes', ({ generation, page }) => {
    const model = detectHtml(withLog(renderWebConfigPage({ page, generation, lang: 'en', model: MODEL })));
    expect(model.page).toBe(page);
    expect(model.fields.errorCodes).toBeUndefined();
    expect(model.signals).not.toContain('job-table');
  });

  it('the same table under a page that does not name itself still reads by its shape', () => {
    const html = `<html><head><meta name="Author" content="SEIKO EPSON"><title>${MODEL} Series</title></head><body class="contents"><div class="wrap"><div class="section"><form><input type="hidden" name="INPUTT_SETUPTOKEN" value="x"></form>${log(3)}</div></div></body></html>`;
    const model = detectHtml(html);
    expect(model.page).toBe('job-history');
    expect(model.fields.errorCodes).toEqual([200, 201, 202]);
  });

  it('a job history titled so is read as one, whatever else the page names', () => {
    const html = intoContent(
      withLog(
        renderWebConfigPage({ page: 'network-status', generation: 'advanced', lang: 'en', model: MODEL }),
      ),
      '<h2>Job History</h2>',
    );
    expect(detectHtml(html).page).toBe('job-history');
  });

  it.skipIf(!capturesPresent)(
    'a real Network Status capture with a log of 3,000 rows appended stays network-status',
    () => {
      const model = detectHtml(withLog(readCapture('ET-4950_INFO_NWINFO_TOP.html'), 3000));
      expect(model.page).toBe('network-status');
      expect(model.fields.network?.ipAddress).toBeDefined();
      expect(model.fields.errorCodes).toBeUndefined();
    },
  );
});
