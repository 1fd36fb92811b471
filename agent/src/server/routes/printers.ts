import { LANGS, type Lang, parseLang } from '@wcoa/shared/i18n';
import { ENDPOINTS, httpOrigin, SheetFormatSchema } from '@wcoa/shared/protocol';
import type { Router } from 'express';
import { AgentError } from '../../errors.ts';
import { PrinterStore } from '../../printers/printer-store.ts';
import { summarise } from '../../printers/summary.ts';
import { NoChromiumError } from '../../sheet/chromium.ts';
import { sheetData } from '../../sheet/sheet-data.ts';
import { renderSheetHtml } from '../../sheet/sheet-html.tsx';
import { PdfError, PdfPrinter } from '../../sheet/sheet-pdf.ts';
import { HistoryStore, type SkipWarning } from '../../store/history.ts';
import type { AgentContext } from '../context.ts';
import { serve } from '../endpoint.ts';
import { langOf } from '../errors.ts';

/** The sheet is data, never code: no script, no fetch, styles inline only. */
const SHEET_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

/** Printers the extension reports, their list, and each one's network status sheet. */
export function printersRoutes(router: Router, ctx: AgentContext): void {
  const warn: SkipWarning = (what, detail) => ctx.logger.warn(detail, what);
  const printers = new PrinterStore(ctx.store.db, warn);
  const history = new HistoryStore(ctx.store.db, warn);
  const pdf = new PdfPrinter();

  serve(router, ENDPOINTS.printersSeen, ({ body }) => {
    const request = body();
    const origin = httpOrigin(request.origin);
    if (!origin) throw new AgentError('invalid-request', { details: `origin: ${request.origin}` });
    const at = ctx.clock().toISOString();
    const printerId = printers.recordSeen(origin, request.pageModel, at, request.lastMailAt);
    if (request.tenantFindings) history.saveTenantReport(printerId, request.tenantFindings);
    ctx.logger.info({ printer: printerId, origin, page: request.pageModel.page }, 'printer page seen');
    return { ok: true, printerId };
  });

  serve(router, ENDPOINTS.printers, () => {
    const at = ctx.clock();
    return printers.fleet().map((p) => summarise(p, at));
  });

  serve(router, ENDPOINTS.sheet, async ({ req, res, params }) => {
    const queryLang = typeof req.query.lang === 'string' ? req.query.lang : undefined;
    const asked: Lang | undefined = queryLang === undefined ? undefined : parseLang(queryLang);
    const format = SheetFormatSchema.safeParse(req.query.format ?? 'html');
    if (!format.success || (queryLang !== undefined && asked === undefined)) {
      throw new AgentError('invalid-request', {
        details: !format.success
          ? `format: ${SheetFormatSchema.options.join(' | ')}`
          : `lang: ${LANGS.join(' | ')}`,
      });
    }
    const printer = printers.find(params.id);
    if (!printer) throw new AgentError('printer-unknown', { id: params.id });
    // The request's language (?lang=, else Accept-Language), else the printer's own (its newest page).
    const lang = asked ?? langOf(req.headers['accept-language'], printerLang(printers, printer.id));
    const data = sheetData(
      { store: ctx.store, printers, history, authorityHost: ctx.config.authorityHost, version: ctx.version },
      printer,
      ctx.clock(),
    );
    const html = renderSheetHtml(data, { lang });
    if (format.data === 'html') {
      res.set('Content-Security-Policy', SHEET_CSP).type('html').send(html);
      return;
    }
    try {
      const bytes = await pdf.print(html, lang);
      res
        .type('application/pdf')
        .set('Content-Disposition', `inline; filename="wcoa-sheet-${printer.id}.pdf"`)
        .send(bytes);
    } catch (error) {
      if (error instanceof NoChromiumError || error instanceof PdfError) {
        ctx.logger.warn({ printer: printer.id, error: error.message }, 'sheet pdf unavailable');
        throw new AgentError('sheet-unavailable', { reason: error.message });
      }
      throw error;
    }
  });
}

/** The language of the printer's Web Config as last seen (its newest page that named one). */
function printerLang(printers: PrinterStore, id: string): string | null {
  const pages = Object.values(printers.pages(id)).sort((a, b) => b.seenAt.localeCompare(a.seenAt));
  return pages.find((page) => page.model.lang)?.model.lang ?? null;
}
