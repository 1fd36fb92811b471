import { LANGS, type Lang, messagesFor } from '@wcoa/shared/i18n';

/**
 * The manifest's _locales, generated at build from the shared message table for every language the
 * UI speaks (one fact in one place: a language added to shared is in the next build).
 */

/** Chrome's locale folder for a language: a region tag as lang_REGION (pt-BR → pt_BR). */
export function chromeLocales(lang: Lang): string[] {
  return [lang.replace('-', '_')];
}

export function localeFiles(): { relativeDest: string; contents: string }[] {
  const byFolder = new Map<string, string>();
  // Bare languages first, so a regional variant (pt-PT) written later wins its folder.
  const ordered = [...LANGS].sort((a, b) => Number(a.includes('-')) - Number(b.includes('-')));
  for (const lang of ordered) {
    const { name, description } = messagesFor(lang).install.extension;
    const json = JSON.stringify(
      { extName: { message: name }, extDescription: { message: description.slice(0, 132) } },
      null,
      2,
    );
    for (const folder of chromeLocales(lang)) byFolder.set(folder, json);
  }
  return [...byFolder].map(([folder, contents]) => ({
    relativeDest: `_locales/${folder}/messages.json`,
    contents,
  }));
}
