import type { Lang } from './languages.ts';
import agent from './messages/agent.ts';
import causes from './messages/causes.ts';
import guide from './messages/guide.ts';
import install from './messages/install.ts';
import sheet from './messages/sheet.ts';
import tenant from './messages/tenant.ts';
import ui from './messages/ui.ts';

export type { Leaf, Shape, Tree } from './define.ts';
export { defineMessages, format } from './define.ts';
export type { Lang } from './languages.ts';
export { DEFAULT_LANG, isLang, LANGS, pickLang } from './languages.ts';

/**
 * The one message table. Each domain lives in its own file under messages/ (so the people who
 * own a domain edit one file); this object is the whole table, per language.
 */
const domains = { agent, causes, guide, install, sheet, tenant, ui } as const;

type Domains = typeof domains;
export type Messages = { [D in keyof Domains]: Domains[D]['en'] };

export function messagesFor(lang: Lang): Messages {
  return Object.fromEntries(
    Object.entries(domains).map(([name, domain]) => [name, domain[lang]]),
  ) as unknown as Messages;
}

/** Every language's table, for the completeness test and for tools that list them. */
export const allMessages: Record<Lang, Messages> = { en: messagesFor('en'), pt: messagesFor('pt') };
