import { format, type Lang, messagesFor } from '@wcoa/shared/i18n';
import type { PrinterSummary } from '@wcoa/shared/protocol';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { printerRows } from './printers-logic.ts';

export type LoadPrinters = () => Promise<
  { ok: true; data: PrinterSummary[] } | { ok: false; error: { message: string } }
>;

export interface PrintersViewProps {
  lang: Lang;
  load: LoadPrinters;
  /** The sheet page's URL for a printer id (an extension URL). */
  sheetUrl: (id: string) => string;
  /** The clock the 60-day warning reads; tests move it. */
  now?: () => Date;
  /** Part of the options page's one Printers section (a sub-heading, not a section of its own). */
  embedded?: boolean;
}

/** Rows on one screen: a fleet of thousands is worded and rendered a page at a time. */
export const PAGE_SIZE = 50;

/** Every printer the agent has seen: OAuth state, last successful mail, the 60-day warning, links. */
export function PrintersView({
  lang,
  load,
  sheetUrl,
  now = () => new Date(),
  embedded = false,
}: PrintersViewProps) {
  const v = messagesFor(lang).sheet.view;
  const [printers, setPrinters] = useState<PrinterSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [start, setStart] = useState(0);

  const refresh = async () => {
    const reply = await load();
    if (reply.ok) {
      setPrinters(reply.data);
      setStart((s) => (s < reply.data.length ? s : 0));
      setError(null);
    } else setError(format(v.loadFailed, { message: reply.error.message }));
  };
  useEffect(() => {
    void refresh();
  }, []);

  const total = printers?.length ?? 0;
  const end = Math.min(total, start + PAGE_SIZE);
  const rows = useMemo(
    () => (printers ? printerRows(printers.slice(start, end), now(), lang) : []),
    [printers, start, end, lang],
  );
  const passwordCount = (printers ?? []).filter((p) => p.basicAuthRetiring === true).length;
  return (
    <div data-testid="printers-view" class="printers-view">
      {embedded ? <h3>{v.seenHeading}</h3> : <h2>{v.heading}</h2>}
      <p class="muted">{v.intro}</p>
      {error && (
        <p class="bad" data-testid="printers-error">
          {error}
        </p>
      )}
      {printers && rows.length === 0 && <p class="muted">{v.empty}</p>}
      {passwordCount > 0 && (
        <p class="bad" role="status" data-testid="password-printers">
          {format(v.passwordPrinters, { count: passwordCount })}
        </p>
      )}
      {rows.length > 0 && (
        <table class="printers-table">
          <thead>
            <tr>
              <th>{v.columns.printer}</th>
              <th>{v.columns.oauth}</th>
              <th>{v.columns.lastMail}</th>
              <th>{v.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid="printer-row" data-printer={row.id} data-alert={row.alert}>
                <td>
                  <strong>{row.name}</strong>
                  <br />
                  <span class="muted">{row.origin}</span>
                </td>
                <td data-oauth={row.oauth} class={row.oauth === 'signed-in' ? 'ok' : ''}>
                  {row.oauthText}
                  {printers?.find((p) => p.id === row.id)?.basicAuthRetiring && (
                    <p class="bad small" data-testid="password-row">
                      {v.passwordRow}
                    </p>
                  )}
                </td>
                <td>
                  {row.lastMailText}
                  {row.alertText && (
                    <p class="bad" role="alert" data-testid="mail-warning">
                      {row.alertText}
                    </p>
                  )}
                </td>
                <td class="actions">
                  <a href={row.origin} target="_blank" rel="noopener noreferrer" data-testid="open-webconfig">
                    {v.webConfig}
                  </a>
                  <a href={sheetUrl(row.id)} target="_blank" rel="noopener" data-testid="open-sheet">
                    {v.sheet}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > PAGE_SIZE && (
        <p class="pager" data-testid="printers-pager">
          <button
            type="button"
            class="secondary"
            data-testid="printers-previous"
            disabled={start === 0}
            onClick={() => setStart(Math.max(0, start - PAGE_SIZE))}
          >
            {v.pager.previous}
          </button>
          <span data-testid="printers-range">
            {format(v.pager.range, { from: start + 1, to: end, total })}
          </span>
          <button
            type="button"
            class="secondary"
            data-testid="printers-next"
            disabled={end >= total}
            onClick={() => setStart(start + PAGE_SIZE)}
          >
            {v.pager.next}
          </button>
        </p>
      )}
      <p>
        <button type="button" class="secondary" data-testid="printers-refresh" onClick={() => void refresh()}>
          {v.refresh}
        </button>
      </p>
    </div>
  );
}
