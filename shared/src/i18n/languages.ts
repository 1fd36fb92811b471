/**
 * Languages the message table ships (BCP 47 tags). Add one here and in locales/index.ts, and the
 * type checker and the completeness test demand every key. Portuguese ships twice: Portugal's and
 * Brazil's printers label Web Config differently ("Iniciar sessão" / "Entrar").
 */
export const LANGS = ['en', 'pt-PT', 'pt-BR', 'es', 'fr', 'de', 'it', 'ja'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** Each language's name in itself, for the options page's language choice. */
export const LANG_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  'pt-PT': 'Português (Portugal)',
  'pt-BR': 'Português (Brasil)',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  it: 'Italiano',
  ja: '日本語',
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Portuguese regions that write as Brazil does; every other Portuguese (pt-PT, pt-AO, pt-MZ…) follows Portugal. */
const BRAZILIAN = new Set(['br']);

/**
 * A BCP 47 tag or a POSIX locale (`pt_BR.UTF-8`, `de_DE@euro`) reduced to lower-case subtags,
 * or undefined for the C/POSIX locale and anything that is not a tag. Bounded: tags are short.
 */
function subtags(candidate: string | null | undefined): string[] | undefined {
  if (!candidate) return undefined;
  const tag = candidate.trim().slice(0, 35).split(/[.@]/)[0]?.toLowerCase() ?? '';
  if (!/^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/.test(tag) || tag === 'c' || tag === 'posix') return undefined;
  return tag.split(/[-_]/);
}

/** The region subtag (two letters or three digits), skipping a script subtag (pt-Latn-BR). */
function regionOf(parts: readonly string[]): string | undefined {
  return parts.slice(1).find((part) => /^(?:[a-z]{2}|\d{3})$/.test(part));
}

/**
 * One tag as a shipped language, or undefined: `pt-BR` → pt-BR, `pt-PT`/`pt-AO` → pt-PT, bare
 * `pt` → undefined-region Portuguese (see pickLang), `es-MX` → es, `fr-CA` → fr, `ja-JP` → ja.
 */
export function langOfTag(candidate: string | null | undefined): Lang | 'pt' | undefined {
  const parts = subtags(candidate);
  if (!parts) return undefined;
  const [primary] = parts;
  if (primary === 'pt' || primary === 'por') {
    const region = regionOf(parts);
    if (region === undefined) return 'pt';
    return BRAZILIAN.has(region) ? 'pt-BR' : 'pt-PT';
  }
  if (primary === 'en') return 'en';
  return isLang(primary) ? primary : undefined;
}

/**
 * The first candidate (BCP 47 tags or POSIX locales: page language, then browser language…) that
 * we ship; English otherwise. Portuguese with no region (a page that says only `pt`) takes its
 * variant from a later candidate that names one (the browser's pt-BR), else Portugal's, the
 * variant Epson's own Portuguese guide is written in.
 */
export function pickLang(...candidates: Array<string | null | undefined>): Lang {
  for (const [i, candidate] of candidates.entries()) {
    const lang = langOfTag(candidate);
    if (lang === 'pt') {
      const variant = candidates
        .slice(i + 1)
        .map(langOfTag)
        .find((later) => later === 'pt-BR' || later === 'pt-PT');
      return variant ?? 'pt-PT';
    }
    if (lang) return lang;
  }
  return DEFAULT_LANG;
}

/** A language a person typed (`--lang ja`, `pt_BR`, `FR-ca`), or undefined if we do not ship it. */
export function parseLang(input: string): Lang | undefined {
  const lang = langOfTag(input);
  if (lang === undefined) return undefined;
  return lang === 'pt' ? 'pt-PT' : lang;
}

/** The terminal's language: LC_ALL, then LC_MESSAGES, then LANG (POSIX precedence); English otherwise. */
export function envLang(env: Record<string, string | undefined>): Lang {
  const set = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return pickLang(set);
}
