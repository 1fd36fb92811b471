import { fileURLToPath } from 'node:url';
import { guideTemplate, LANGS, messagesFor } from '@wcoa/shared/i18n';
import { messagesScript } from '@wcoa/shared/i18n/loaded';
import type { Plugin } from 'vite';
import { unlistedBuild } from './unlisted-build.ts';

/**
 * The overlay ships one language at a time: the service worker injects the message table of the
 * page's language (one file per language, written here at build time from the shared table) and the
 * overlay bundle reads tables from there instead of bundling all eight (shared/src/i18n/loaded.ts).
 */
export function overlayMessageFiles(): { relativeDest: string; contents: string }[] {
  return LANGS.map((lang) => ({
    relativeDest: `overlay-messages/${lang}.js`,
    contents: messagesScript(lang, messagesFor(lang), guideTemplate(lang)),
  }));
}

const I18N_INDEX = fileURLToPath(import.meta.resolve('@wcoa/shared/i18n'));
const I18N_LOADED = fileURLToPath(import.meta.resolve('@wcoa/shared/i18n/loaded'));

/**
 * In the builds of the scripts injected into a printer's page only, shared's i18n index (which
 * bundles every table) becomes loaded.ts (the same interface, tables injected at run time): the
 * overlay gets its language's table beside it; the page reporter shows nothing and gets none.
 * WXT builds each unlisted script on its own, so the entry being built says which one this is.
 */
export function overlayMessagesPlugin(
  entries: readonly string[] = ['/entrypoints/overlay.ts', '/entrypoints/page-report.ts'],
): Plugin {
  let overlayBuild = false;
  return {
    name: 'wcoa-overlay-messages',
    enforce: 'pre',
    configResolved(config) {
      const { entry } = unlistedBuild(config);
      overlayBuild = entries.some((e) => entry.endsWith(e));
    },
    load(id) {
      if (overlayBuild && id === I18N_INDEX) return `export * from ${JSON.stringify(I18N_LOADED)};\n`;
      return null;
    },
  };
}
