import { findChromium } from '@wcoa/test/chromium';
import { type Browser, chromium, type Page } from 'playwright-core';

/** `use` run with a headless Chromium of its own, closed after it whatever happens. */
export async function inBrowser<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox'],
  });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/**
 * `use` run on a page in a browser context of its own (its own renderer, so its own V8 isolate), page
 * scripts off and the network refused (a capture's images and scripts go nowhere); the context is
 * closed after it whatever happens.
 */
export async function onFreshPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    await context.route('**/*', (route) => route.abort());
    return await use(await context.newPage());
  } finally {
    await context.close();
  }
}
