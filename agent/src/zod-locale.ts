import type { Lang } from '@wcoa/shared/i18n';
import type * as z from 'zod';
// Each language's map from its own module: zod's `z.locales` would bundle all of zod's languages.
import de from 'zod/v4/locales/de.js';
import en from 'zod/v4/locales/en.js';
import es from 'zod/v4/locales/es.js';
import fr from 'zod/v4/locales/fr.js';
import it from 'zod/v4/locales/it.js';
import ja from 'zod/v4/locales/ja.js';
import pt from 'zod/v4/locales/pt.js';

/** zod's wording per primary language (pt-PT and pt-BR share zod's one Portuguese). */
const maps: Readonly<Record<string, () => { localeError: z.core.$ZodErrorMap }>> = {
  en,
  pt,
  es,
  fr,
  de,
  it,
  ja,
};
const cache = new Map<string, z.core.$ZodErrorMap>();

/** zod's own wording of a validation problem, in the reader's language (per parse, never global). */
export function zodErrors(lang: Lang): { error: z.core.$ZodErrorMap } {
  const primary = lang.split('-')[0] ?? 'en';
  let map = cache.get(primary);
  if (!map) {
    map = (maps[primary] ?? en)().localeError;
    cache.set(primary, map);
  }
  return { error: map };
}
