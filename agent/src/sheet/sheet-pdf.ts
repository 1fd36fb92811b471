import { DEFAULT_LANG, format, type Lang, messagesFor } from '@wcoa/shared/i18n';
import type { Browser, Page } from 'playwright-core';
import { findChromium, NoChromiumError } from './chromium.ts';

export class PdfError extends Error {}

/**
 * Prints sheets to PDF with the system's Chromium through playwright-core. The browser and one
 * page (no JavaScript, offline) start on the first request and stay for `idleMs` after the last, so
 * a run of sheets pays the start once (a new page costs more than the print itself); prints take
 * turns on that page. An idle agent holds no browser.
 */
export class PdfPrinter {
  private browser: Promise<Browser> | null = null;
  private idle: NodeJS.Timeout | null = null;
  private busy = 0;
  private page: Promise<Page> | null = null;
  /** Prints in turn: one page, one document at a time. */
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: { idleMs?: number; env?: NodeJS.ProcessEnv } = {}) {}

  private launch(lang: Lang): Promise<Browser> {
    if (!this.browser) {
      const executablePath = findChromium(this.opts.env ?? process.env, lang);
      // playwright-core (the agent's largest module) loads with the first PDF, not with the agent.
      const launching = import('playwright-core').then(({ chromium }) =>
        chromium.launch({
          executablePath,
          headless: true,
          args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
          // On SIGINT Playwright would also exit the process, cutting the agent's own orderly stop
          // short: closeOnSigint closes the browser instead. On SIGTERM/SIGHUP it only closes it.
          handleSIGINT: false,
        }),
      );
      this.browser = launching;
      const forget = () => {
        if (this.browser !== launching) return;
        this.browser = null;
        this.page = null;
      };
      launching.then((b) => b.on('disconnected', forget), forget);
      process.once('SIGINT', this.closeOnSigint);
    }
    return this.browser;
  }

  private openPage(lang: Lang): Promise<Page> {
    if (!this.page) {
      const opening = this.launch(lang).then(async (browser) => {
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
        return context.newPage();
      });
      this.page = opening;
      opening.catch(() => {
        if (this.page === opening) this.page = null;
      });
    }
    return this.page;
  }

  async print(html: string, lang: Lang = DEFAULT_LANG): Promise<Buffer> {
    if (this.idle) clearTimeout(this.idle);
    this.busy++;
    const mine = this.turn.then(async () => {
      const page = await this.openPage(lang);
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      } catch (error) {
        // A page that failed once is not trusted again: the next print opens a fresh one.
        this.page = null;
        await page
          .context()
          .close()
          .catch(() => undefined);
        throw error;
      }
    });
    this.turn = mine.catch(() => undefined);
    try {
      return await mine;
    } catch (error) {
      if (error instanceof NoChromiumError) throw error;
      const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      throw new PdfError(format(messagesFor(lang).sheet.errors.pdfFailed, { reason }));
    } finally {
      this.busy--;
      if (this.busy === 0) {
        this.idle = setTimeout(() => void this.close(), this.opts.idleMs ?? 30_000);
        this.idle.unref();
      }
    }
  }

  /** A live browser would keep the agent's process up after its stop. */
  private readonly closeOnSigint = () => void this.close();

  async close(): Promise<void> {
    process.off('SIGINT', this.closeOnSigint);
    if (this.idle) clearTimeout(this.idle);
    const browser = this.browser;
    this.browser = null;
    this.page = null;
    if (browser) await (await browser.catch(() => null))?.close();
  }
}
