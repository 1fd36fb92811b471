import type { Lang } from '../languages.ts';
import type { Messages } from '../tables.ts';
import es from './es/index.ts';
import fr from './fr/index.ts';
import ptBR from './pt-BR/index.ts';
import ptPT from './pt-PT/index.ts';
// de, it, ja: import de from './de/index.ts'; (and it, ja) and list them below and in LANGS.

/** Every non-English language's whole table; English lives beside the domains in ../messages. */
export const LOCALES = {
  'pt-PT': ptPT,
  'pt-BR': ptBR,
  es,
  fr,
} satisfies Record<Exclude<Lang, 'en'>, Messages>;
