import { type Lang, type Messages, messagesFor, pickLang } from '@wcoa/shared/i18n';
import type { LangSetting } from '../settings.ts';

/** The UI language: the options choice, else the page's (Web Config's) language, else the browser's. */
export function uiLang(setting: LangSetting, pageLang?: string | null): Lang {
  if (setting !== 'auto') return setting;
  return pickLang(pageLang, globalThis.navigator?.language);
}

export function uiMessages(setting: LangSetting, pageLang?: string | null): Messages {
  return messagesFor(uiLang(setting, pageLang));
}
