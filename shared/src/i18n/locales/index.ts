import type { Lang } from '../languages.ts';
import type { Messages } from '../tables.ts';
import de from './de/index.ts';
import es from './es/index.ts';
import fr from './fr/index.ts';
import it from './it/index.ts';
import ja from './ja/index.ts';
import ptBR from './pt-BR/index.ts';
import ptPT from './pt-PT/index.ts';

/** Every non-English language's whole table; English lives beside the domains in ../messages. */
export const LOCALES = {
  'pt-PT': ptPT,
  'pt-BR': ptBR,
  es,
  fr,
  de,
  it,
  ja,
} satisfies Record<Exclude<Lang, 'en'>, Messages>;
