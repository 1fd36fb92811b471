import { type Lang, type Messages, messagesFor, parseLang, pickLang } from '@wcoa/shared/i18n';
import type { LangSetting } from '../settings.ts';

/**
 * The UI language: the options choice, else the page's (Web Config's) language, else the
 * browser's, else English. A choice stored by an older version (`pt`) reads as its variant.
 */
export function uiLang(setting: LangSetting | string, pageLang?: string | null): Lang {
  const chosen = setting === 'auto' ? undefined : parseLang(setting);
  return (
    chosen ?? pickLang(pageLang, ...(globalThis.navigator?.languages ?? [globalThis.navigator?.language]))
  );
}

export function uiMessages(setting: LangSetting, pageLang?: string | null): Messages {
  return messagesFor(uiLang(setting, pageLang));
}
