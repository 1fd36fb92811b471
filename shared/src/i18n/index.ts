import { fillLabelTree } from '../webconfig/guide-labels.ts';
import type { Lang } from './languages.ts';
import { LOCALES } from './locales/index.ts';
import agent from './messages/agent.ts';
import causes from './messages/causes.ts';
import guide from './messages/guide.ts';
import install from './messages/install.ts';
import sheet from './messages/sheet.ts';
import tenant from './messages/tenant.ts';
import ui from './messages/ui.ts';
import type { PageMessages } from './page-table.ts';
import type { Messages } from './tables.ts';

// What both builds of the i18n module offer besides the tables (index.ts bundles them, loaded.ts loads them).
export * from './common.ts';

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

/**
 * The guide names Web Config's controls as `{label:key}` (never by wording): each language's guide
 * is filled from the detector's lexicon with the wording verified for that language, else English.
 */
function withLabels(lang: Lang, messages: Messages): Messages {
  return { ...messages, guide: fillLabelTree(messages.guide, lang) };
}

/** Every language's table (labels filled), for the completeness test and for tools that list them. */
export const allMessages = Object.fromEntries(
  Object.entries({ en: english, ...LOCALES }).map(([lang, messages]) => [
    lang,
    withLabels(lang as Lang, messages),
  ]),
) as Record<Lang, Messages>;

export function messagesFor(lang: Lang): Messages {
  return allMessages[lang];
}

/** The part of the table a printer's page shows (page-table.ts): what code that runs in a page reads. */
export function pageMessagesFor(lang: Lang): PageMessages {
  return allMessages[lang];
}

const templates: Record<Lang, Messages['guide']> = {
  en: english.guide,
  ...(Object.fromEntries(Object.entries(LOCALES).map(([lang, m]) => [lang, m.guide])) as Record<
    Exclude<Lang, 'en'>,
    Messages['guide']
  >),
};

/**
 * The guide as written, `{label:key}` placeholders unfilled: for wording a step against a live page
 * (shared/src/guide/text.ts stepOnPage). Everything else reads messagesFor(lang).guide.
 */
export function guideTemplate(lang: Lang): Messages['guide'] {
  return templates[lang];
}
