import type { Lang } from '@wcoa/shared/i18n';
import { hasMessages, LANGS } from '@wcoa/shared/i18n/loaded';
import { browser } from 'wxt/browser';
import { OVERLAY_START } from './overlay-start.ts';

/**
 * The files a Web Config frame loads into its content script's isolated world (web-accessible,
 * behind a per-session URL so that pages cannot probe for the extension: wxt.config.ts): the
 * overlay (entrypoints/overlay.ts) after its language's message table (one file per language,
 * written by the build: overlay-messages.ts), or the page reporter (entrypoints/page-report.ts).
 * On an enabled printer's host the worker has most often injected the overlay and the printer's
 * table already, as content scripts (printers/preloads.ts): then nothing is fetched.
 */
export const OVERLAY_FILE = '/overlay.js';
export const PAGE_REPORT_FILE = '/page-report.js';
export function messagesFile(lang: Lang): string {
  return `/overlay-messages/${lang}.js`;
}

type Scope = Record<string, (() => void) | null | undefined>;
const scope = globalThis as unknown as Scope;

/** What loadFile finds already in this world: the overlay's start, or a language's table. */
function isIn(file: string): boolean {
  if (file === OVERLAY_FILE) return scope[OVERLAY_START] !== undefined;
  return LANGS.some((lang) => file === messagesFile(lang) && hasMessages(lang));
}

/**
 * Loads one file as a module (evaluated in this isolated world, with the extension's APIs, not the
 * page's, and without the service worker), unless it is in already. Resolves once it has run; the
 * overlay's file then holds the overlay's start only (startOverlay runs it).
 */
export function loadFile(file: string): Promise<unknown> {
  if (isIn(file)) return Promise.resolve();
  return import(/* @vite-ignore */ browser.runtime.getURL(file as '/overlay.js'));
}

/** Runs the loaded overlay, once per frame (a second call, or one before the file is in, does nothing). */
export function startOverlay(): void {
  const start = scope[OVERLAY_START];
  if (typeof start !== 'function') return;
  scope[OVERLAY_START] = null;
  start();
}
