import type { Lang } from '@wcoa/shared/i18n';
import { browser } from 'wxt/browser';

/**
 * The files a Web Config frame loads into its content script's isolated world (web-accessible,
 * behind a per-session URL so that pages cannot probe for the extension: wxt.config.ts): the
 * overlay (entrypoints/overlay.ts) after its language's message table (one file per language,
 * written by the build: overlay-messages.ts), or the page reporter (entrypoints/page-report.ts).
 */
export const OVERLAY_FILE = '/overlay.js';
export const PAGE_REPORT_FILE = '/page-report.js';
export function messagesFile(lang: Lang): string {
  return `/overlay-messages/${lang}.js`;
}

/**
 * Loads one file as a module: evaluated in this isolated world (with the extension's APIs), not
 * the page's, without the service worker. Resolves once it has run.
 */
export function loadFile(file: string): Promise<unknown> {
  return import(/* @vite-ignore */ browser.runtime.getURL(file as '/overlay.js'));
}
