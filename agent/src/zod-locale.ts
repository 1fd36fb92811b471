import type { Lang } from '@wcoa/shared/i18n';
import { z } from 'zod';

const maps = { en: z.locales.en().localeError, pt: z.locales.pt().localeError } satisfies Record<
  Lang,
  z.core.$ZodErrorMap
>;

/** zod's own wording of a validation problem, in the reader's language (per parse, never global). */
export function zodErrors(lang: Lang): { error: z.core.$ZodErrorMap } {
  return { error: maps[lang] };
}
