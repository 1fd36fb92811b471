import { DEFAULT_LANG, format, type Lang, messagesFor } from '@wcoa/shared/i18n';
import { type Browser, chromium } from 'playwright-core';
import { findChromium, NoChromiumError } from './chromium.ts';

export class PdfError extends Error {}

/**
 * Prints sheets to PDF with the system's Chromium through playwright-core. The browser starts on
 * the first request and stays for `idleMs` after the last, so a run of sheets pays the start once;
 * an idle agent holds no browser.
 */
export class PdfPrinter {
  private browser: Promise<Browser> | null = null;
  private idle: NodeJS.Timeout | null = null;
  private busy = 0;

  constructor(private readonly opts: { idleMs?: number; env?: NodeJS.ProcessEnv } = {}) {}

  private launch(lang: Lang): Promise<Browser> {
    if (!this.browser) {
      const executablePath = findChromium(this.opts.env ?? process.env, lang);
      const launching = chromium.launch({
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      });
      this.browser = launching;
      const forget = () => {
        if (this.browser === launching) this.browser = null;
      };
      launching.then((b) => b.on('disconnected', forget), forget);
    }
    return this.browser;
  }

  async print(html: string, lang: Lang = DEFAULT_LANG): Promise<Buffer> {
    if (this.idle) clearTimeout(this.idle);
    this.busy++;
    try {
      const browser = await this.launch(lang);
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      } finally {
        await context.close();
      }
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

  async close(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    const browser = this.browser;
    this.browser = null;
    if (browser) await (await browser.catch(() => null))?.close();
  }
}
