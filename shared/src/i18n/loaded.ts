import type { Lang } from './languages.ts';
import { PAGE_TABLE, type PageMessages, selectTable } from './page-table.ts';
import type { Messages } from './tables.ts';

// What both builds of the i18n module offer besides the tables (index.ts bundles them, loaded.ts loads them).
export * from './common.ts';

/**
 * index.ts's interface with the tables loaded at run time instead of bundled: a build that ships one
 * language at a time (the scripts injected into a printer's page: the overlay gets only its page's
 * language's table) puts this module in index.ts's place. A table file (messagesScript) holds the
 * page's part of the table only (page-table.ts) and registers itself through the global below,
 * since it is a script of its own that runs before or after this bundle.
 */
const GLOBAL = '__wcoaMessages';
/** The guide as written ({label:key} unfilled), for wording a step against the live page. */
const TEMPLATES = '__wcoaGuideTemplates';
type Registry = Partial<Record<Lang, PageMessages>>;
type Templates = Partial<Record<Lang, Messages['guide']>>;

function registry(): Registry {
  const scope = globalThis as unknown as Record<string, Registry | undefined>;
  scope[GLOBAL] ??= {};
  return scope[GLOBAL];
}

function templates(): Templates {
  const scope = globalThis as unknown as Record<string, Templates | undefined>;
  scope[TEMPLATES] ??= {};
  return scope[TEMPLATES];
}

/** The tables loaded so far (the completeness tests read index.ts's, which holds all of them). */
export const allMessages: Registry = registry();

export function hasMessages(lang: Lang): boolean {
  return registry()[lang] !== undefined;
}

/** The page's part of the table of `lang`; the caller loads it first (hasMessages), so a missing one is a bug. */
export function pageMessagesFor(lang: Lang): PageMessages {
  const table = registry()[lang];
  if (!table) throw new Error(`wcoa: the ${lang} message table is not loaded`);
  return table;
}

/** A page holds only its part of the table: code that runs there reads it with pageMessagesFor. */
export function messagesFor(lang: Lang): Messages {
  throw new Error(`wcoa: the whole ${lang} message table is not loaded in a page (pageMessagesFor)`);
}

/** index.ts's guideTemplate, from the table file of `lang` (loaded first, as for pageMessagesFor). */
export function guideTemplate(lang: Lang): Messages['guide'] {
  const template = templates()[lang];
  if (!template) throw new Error(`wcoa: the ${lang} message table is not loaded`);
  return template;
}

/**
 * The text of a table file: a script that registers the page's part of `table` (page-table.ts) and
 * the guide's `template` as `lang` (the build writes one per language). They go in as JSON strings:
 * engines parse JSON faster than an object literal.
 */
export function messagesScript(lang: Lang, table: Messages, template: Messages['guide']): string {
  const key = JSON.stringify(lang);
  const json = (value: unknown) => JSON.stringify(JSON.stringify(value));
  return (
    `(globalThis.${GLOBAL}??={})[${key}]=JSON.parse(${json(selectTable(table, PAGE_TABLE))});\n` +
    `(globalThis.${TEMPLATES}??={})[${key}]=JSON.parse(${json(template)});\n`
  );
}
