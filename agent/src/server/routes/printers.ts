import { LANGS, type Lang, parseLang } from '@wcoa/shared/i18n';
import {
  AGENT_PATHS,
  httpOrigin,
  PrinterSeenRequestSchema,
  type PrinterSeenResponse,
  type PrinterSummary,
  SheetFormatSchema,
} from '@wcoa/shared/protocol';
import type { Router } from 'express';
import { PrinterStore, type SkipWarning } from '../../printers/printer-store.ts';
import { summarise } from '../../printers/summary.ts';
import { saveTenantReport } from '../../printers/tenant-reports.ts';
import { NoChromiumError } from '../../sheet/chromium.ts';
import { sheetData } from '../../sheet/sheet-data.ts';
import { renderSheetHtml } from '../../sheet/sheet-html.tsx';
import { PdfError, PdfPrinter } from '../../sheet/sheet-pdf.ts';
import type { AgentContext } from '../context.ts';
import { ApiHttpError, langOf, parseBody } from '../errors.ts';

/** The sheet is data, never code: no script, no fetch, styles inline only. */
const SHEET_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

/** Printers the extension reports, their list, and each one's network status sheet. */
export function printersRoutes(router: Router, ctx: AgentContext): void {
  const warn: SkipWarning = (what, detail) => ctx.logger.warn(detail, what);
  const printers = new PrinterStore(ctx.store.db, warn);
  const pdf = new PdfPrinter();
  const now = () => new Date();

  router.post(AGENT_PATHS.printersSeen, (req, res) => {
    const lang = langOf(req.headers['accept-language']);
    const body = parseBody(PrinterSeenRequestSchema, req.body, lang);
    const origin = httpOrigin(body.origin);
    if (!origin) throw new ApiHttpError(400, 'invalid-request', { details: `origin: ${body.origin}` });
    const printerId = printers.recordSeen(origin, body.pageModel, now().toISOString(), body.lastMailAt);
    if (body.tenantFindings) saveTenantReport(ctx.store.db, printerId, body.tenantFindings);
    ctx.logger.info({ printer: printerId, origin, page: body.pageModel.page }, 'printer page seen');
    res.json({ ok: true, printerId } satisfies PrinterSeenResponse);
  });

  router.get(AGENT_PATHS.printers, (_req, res) => {
    const at = now();
    res.json(printers.fleet().map((p) => summarise(p, at)) satisfies PrinterSummary[]);
  });

  router.get('/v1/printers/:id/sheet', async (req, res) => {
    const queryLang = typeof req.query.lang === 'string' ? req.query.lang : undefined;
    const asked: Lang | undefined = queryLang === undefined ? undefined : parseLang(queryLang);
    const format = SheetFormatSchema.safeParse(req.query.format ?? 'html');
    if (!format.success || (queryLang !== undefined && asked === undefined)) {
      throw new ApiHttpError(400, 'invalid-request', {
        details: !format.success ? 'format: html | pdf' : `lang: ${LANGS.join(' | ')}`,
      });
    }
    const id = String(req.params.id);
    const printer = printers.find(id);
    if (!printer) throw new ApiHttpError(404, 'printer-unknown', { id });
    // The request's language (?lang=, else Accept-Language), else the printer's own (its newest page).
    const lang = asked ?? langOf(req.headers['accept-language'], printerLang(printers, printer.id));
    const data = sheetData(
      { store: ctx.store, printers, authorityHost: ctx.config.authorityHost, version: ctx.version, warn },
      printer,
      now(),
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
        throw new ApiHttpError(503, 'sheet-unavailable', { reason: error.message });
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
