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

/** Every language's table as written, guide placeholders unfilled. */
const written: Record<Lang, Messages> = { en: english, ...LOCALES };

/**
 * The guide names Web Config's controls as `{label:key}` (never by wording): each language's guide
 * is filled from the detector's lexicon with the wording verified for that language, else English.
 * Filled when a language is first asked for: the agent's build reads each other language's table
 * from disk on first use, and a process that speaks one language (every CLI call, the agent's
 * start) then reads and fills no other (filling all eight cost every start some 25 ms).
 */
const filled: Partial<Record<Lang, Messages>> = {};

export function messagesFor(lang: Lang): Messages {
  const table = written[lang];
  filled[lang] ??= { ...table, guide: fillLabelTree(table.guide, lang) };
  return filled[lang];
}

/** Every language's table (labels filled), for the completeness test and for tools that list them. */
export const allMessages = Object.defineProperties(
  {},
  Object.fromEntries(
    Object.keys(written).map((lang) => [lang, { enumerable: true, get: () => messagesFor(lang as Lang) }]),
  ),
) as Record<Lang, Messages>;

/** The part of the table a printer's page shows (page-table.ts): what code that runs in a page reads. */
export function pageMessagesFor(lang: Lang): PageMessages {
  return messagesFor(lang);
}

/**
 * The guide as written, `{label:key}` placeholders unfilled: for wording a step against a live page
 * (shared/src/guide/text.ts stepOnPage). Everything else reads messagesFor(lang).guide.
 */
export function guideTemplate(lang: Lang): Messages['guide'] {
  return written[lang].guide;
}
