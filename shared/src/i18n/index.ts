import type { Lang } from './languages.ts';
import { LOCALES } from './locales/index.ts';
import agent from './messages/agent.ts';
import causes from './messages/causes.ts';
import guide from './messages/guide.ts';
import install from './messages/install.ts';
import sheet from './messages/sheet.ts';
import tenant from './messages/tenant.ts';
import ui from './messages/ui.ts';
import type { Messages } from './tables.ts';

export type { Leaf, Shape, Tree } from './define.ts';
export { defineMessages, format } from './define.ts';
export type { Lang } from './languages.ts';
export {
  DEFAULT_LANG,
  envLang,
  isLang,
  LANG_NAMES,
  LANGS,
  langOfTag,
  parseLang,
  pickLang,
} from './languages.ts';
export type { Messages } from './tables.ts';

/**
 * The one message table. English lives beside each domain in messages/ (so the people who own a
 * domain edit one file); every other language in locales/<lang>/<domain>.ts.
 */
const english: Messages = {
  agent: agent.en,
  causes: causes.en,
  guide: guide.en,
  install: install.en,
  sheet: sheet.en,
  tenant: tenant.en,
  ui: ui.en,
};

/** Every language's table, for the completeness test and for tools that list them. */
export const allMessages: Record<Lang, Messages> = { en: english, ...LOCALES };

export function messagesFor(lang: Lang): Messages {
  return allMessages[lang];
}
