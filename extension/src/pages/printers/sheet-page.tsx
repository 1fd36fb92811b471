import { format, type Lang, messagesFor } from '@wcoa/shared/i18n';
import type { PrinterSummary } from '@wcoa/shared/protocol';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SheetTarget } from '../../printers/sheet-url.ts';

type Reply<T> = { ok: true; data: T } | { ok: false; error: { message: string } };

export interface SheetPageProps {
  lang: Lang;
  target: SheetTarget | null;
  printers: () => Promise<Reply<PrinterSummary[]>>;
  sheet: (printer: string, lang: Lang) => Promise<Reply<{ html: string }>>;
}

type State =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; message: string }
  | { kind: 'shown'; html: string };

/**
 * A printer's status sheet inside the extension: the agent's HTML in a srcdoc iframe. The frame
 * may not run script (the sheet has none; the page's CSP forbids inline script anyway), and
 * "Print" prints the frame alone, so "Save as PDF" in the print dialog gives the A4 sheet.
 */
export function SheetPage({ lang, target, printers, sheet }: SheetPageProps) {
  const m = messagesFor(lang).sheet.page;
  const [state, setState] = useState<State>({ kind: 'loading' });
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    (async () => {
      if (!target) return setState({ kind: 'missing' });
      let id: string | null = 'id' in target ? target.id : null;
      if (!id && 'origin' in target) {
        const list = await printers();
        if (!list.ok) return setState({ kind: 'failed', message: list.error.message });
        id = list.data.find((p) => p.origin === target.origin)?.id ?? null;
      }
      if (!id) return setState({ kind: 'missing' });
      const reply = await sheet(id, lang);
      if (!reply.ok) return setState({ kind: 'failed', message: reply.error.message });
      setState({ kind: 'shown', html: reply.data.html });
    })();
  }, [target, lang]);

  return (
    <main class="sheet-page">
      <div class="toolbar">
        <h1>{m.title}</h1>
        {state.kind === 'shown' && (
          <button
            type="button"
            data-testid="sheet-print"
            onClick={() => frame.current?.contentWindow?.print()}
          >
            {m.print}
          </button>
        )}
      </div>
      {state.kind === 'loading' && <p class="muted">{m.loading}</p>}
      {state.kind === 'missing' && (
        <p class="bad" data-testid="sheet-missing">
          {m.noPrinter}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="bad" data-testid="sheet-error">
          {format(m.failed, { message: state.message })}
        </p>
      )}
      {state.kind === 'shown' && (
        <iframe
          ref={frame}
          title={m.title}
          data-testid="sheet-frame"
          class="sheet-frame"
          sandbox="allow-same-origin allow-modals"
          srcDoc={state.html}
        />
      )}
    </main>
  );
}
