import type { Lang } from '@wcoa/shared/i18n';
import { browser, type PublicPath } from 'wxt/browser';

/**
 * What the service worker injects into a Web Config frame the content script's gate found
 * (entrypoints/overlay.ts and page-report.ts, built as unlisted scripts; the message tables are
 * written by the build, one file per language: overlay-messages.ts).
 */
export const OVERLAY_FILE: PublicPath = '/overlay.js';
export const PAGE_REPORT_FILE: PublicPath = '/page-report.js';
export function messagesFile(lang: Lang): string {
  return `/overlay-messages/${lang}.js`;
}

export interface FrameTarget {
  tabId: number;
  frameId: number;
}

export type Inject = (target: FrameTarget, files: string[]) => Promise<void>;

/** Files run in order, in the extension's isolated world of that one frame (where the gate ran). */
export const injectFiles: Inject = async ({ tabId, frameId }, files) => {
  // The message tables come from a build hook, outside WXT's list of public paths.
  const scripts = files as Extract<PublicPath, `${string}.js`>[];
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: scripts });
};
