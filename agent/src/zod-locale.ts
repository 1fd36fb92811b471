import type { Lang } from '@wcoa/shared/i18n';
import { z } from 'zod';

/** zod's wording per primary language (pt-PT and pt-BR share zod's one Portuguese). */
const maps: Readonly<Record<string, () => { localeError: z.core.$ZodErrorMap }>> = {
  en: z.locales.en,
  pt: z.locales.pt,
  es: z.locales.es,
  fr: z.locales.fr,
  de: z.locales.de,
  it: z.locales.it,
  ja: z.locales.ja,
};
const cache = new Map<string, z.core.$ZodErrorMap>();

/** zod's own wording of a validation problem, in the reader's language (per parse, never global). */
export function zodErrors(lang: Lang): { error: z.core.$ZodErrorMap } {
  const primary = lang.split('-')[0] ?? 'en';
  let map = cache.get(primary);
  if (!map) {
    map = (maps[primary] ?? z.locales.en)().localeError;
    cache.set(primary, map);
  }
  return { error: map };
}
