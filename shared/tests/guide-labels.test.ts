import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { stepOnPage, stepText, VARIANT_IDS, VARIANTS } from '../src/guide/index.ts';
import type { Tree } from '../src/i18n/define.ts';
import { LANGS, type Lang, messagesFor } from '../src/i18n/index.ts';
import { LOCALES } from '../src/i18n/locales/index.ts';
import guideEn from '../src/i18n/messages/guide.ts';
import {
  englishLabel,
  GUIDE_LEXICON_LANGS,
  LEXICON,
  type LexiconKey,
  quotePageLabels,
  SOURCES,
  verifiedWording,
  WORDING_SOURCES,
} from '../src/webconfig/index.ts';
import wordingData from '../src/webconfig/wording-sources.json' with { type: 'json' };

/**
 * The guide quotes Web Config's labels from the detector's lexicon: the wording verified for the
 * language (WORDING_SOURCES names where it was seen), else the English label; on a live page,
 * the page's own word. Translations hold `{label:key}`, never a Web Config wording.
 */

const TOKEN = /\{label:(\w+)\}/g;
/** Names that read the same in every language (FACTS.md §1: language-neutral tokens). */
const NEUTRAL = new Set(['OAuth2', 'Microsoft Exchange Online', 'Outlook.com']);
/** Steps on Microsoft's pages (and Print Admin Serverless's consent): their bold labels are Microsoft's. */
const MICROSOFT_TEXTS = new Set(['enter-code', 'admin-account', 'password', 'consent', 'serverless-consent']);

const GUIDE_KEYS = Object.keys(WORDING_SOURCES) as LexiconKey[];

function raw(lang: Lang): Tree {
  return (lang === 'en' ? guideEn.en : LOCALES[lang].guide) as unknown as Tree;
}

function leaves(node: Tree[string], path = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.map((text, i) => [`${path}[${i}]`, text] as [string, string]);
  return Object.entries(node as Tree).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
}

const bold = (text: string) => [...text.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1] ?? '');

/** The Web Config labels a guide in `lang` may quote: verified wordings, and English where unverified. */
function allowed(lang: Lang): Set<string> {
  return new Set(GUIDE_KEYS.map((key) => verifiedWording(key, lang) ?? englishLabel(key)));
}

describe('the lexicon records where each wording the guide quotes was seen', () => {
  it('reads wording-sources.json as written: lexicon keys, guide languages, named sources', () => {
    const SourceId = z.enum(Object.keys(wordingData.sources) as [string, ...string[]]);
    const File = z.strictObject({
      sources: z.record(z.string().regex(/^[a-z][A-Za-z]*$/), z.string().min(20)),
      seen: z.partialRecord(
        z.enum(Object.keys(LEXICON) as [string, ...string[]]),
        z.partialRecord(z.enum(GUIDE_LEXICON_LANGS), z.tuple([z.string().min(1), SourceId])),
      ),
    });
    expect(File.safeParse(wordingData).success).toBe(true);
    const accepts = (seen: unknown) => File.safeParse({ ...wordingData, seen }).success;
    expect(accepts({ noSuchLabel: { en: ['Basic', 'facts'] } })).toBe(false);
    expect(accepts({ basic: { nl: ['Basis', 'facts'] } })).toBe(false);
    expect(accepts({ basic: { en: ['Basic', 'noSuchSource'] } })).toBe(false);
    expect(accepts({ basic: { en: ['Basic'] } })).toBe(false);
    expect([...GUIDE_KEYS].sort()).toEqual(Object.keys(wordingData.seen).sort());
  });

  it('every guide label is verified or marked unverified in every guide language, never both', () => {
    for (const key of GUIDE_KEYS) {
      const sources = WORDING_SOURCES[key];
      for (const lang of GUIDE_LEXICON_LANGS) {
        const verified = sources?.[lang] !== undefined;
        const unverified = sources?.unverified.includes(lang) ?? false;
        expect(verified !== unverified, `${key} ${lang}`).toBe(true);
      }
    }
  });

  it('a verified wording is one of the entry’s own synonyms for that language', () => {
    for (const key of GUIDE_KEYS) {
      const entry = LEXICON[key] as Partial<Record<string, readonly string[]>>;
      for (const lang of GUIDE_LEXICON_LANGS) {
        const wording = verifiedWording(key, lang);
        if (!wording) continue;
        const own = [...(entry[lang] ?? []), ...(lang.startsWith('pt') ? (entry.pt ?? []) : [])];
        expect(own, `${key} ${lang}`).toContain(wording);
      }
    }
  });

  const REFERENCE = fileURLToPath(new URL('../../../shared/reference/', import.meta.url));
  const present = existsSync(`${REFERENCE}FACTS.md`);
  it.skipIf(!present)('each wording sourced to the Epson guide or FACTS.md is printed there', () => {
    const plain = (file: string) => readFileSync(`${REFERENCE}${file}`, 'utf8').replace(/\*\*|\s+/g, ' ');
    const texts: Record<string, string> = {
      guidePt: plain('epson-exchange-online-oauth-guide.pt.txt'),
      guidePtShot: plain('epson-exchange-online-oauth-guide.pt.txt'),
      facts: plain('FACTS.md'),
    };
    let checked = 0;
    for (const key of GUIDE_KEYS) {
      for (const lang of GUIDE_LEXICON_LANGS) {
        const source = WORDING_SOURCES[key]?.[lang];
        const text = source && texts[source.source];
        if (!source || !text) continue;
        expect(text, `${key} ${lang} (${source.source})`).toContain(source.wording);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('the other sources are Epson pages, named by address', () => {
    for (const [id, text] of Object.entries(SOURCES)) {
      if (id.startsWith('manual')) expect(text).toMatch(/https:\/\/[\w.]*epson\.(biz|com)\//);
    }
  });
});

describe('every guide step in every language', () => {
  it.each(LANGS)(
    '%s: each Web Config label quoted is verified for the language, or the English label',
    (lang) => {
      const ok = allowed(lang);
      const guide = messagesFor(lang).guide;
      const quoted: string[] = [];
      for (const variant of VARIANT_IDS) {
        for (const step of VARIANTS[variant].steps) {
          if (MICROSOFT_TEXTS.has(stepOf(variant, step.id))) continue;
          const text = stepText(guide, variant, step.id);
          for (const label of text.action.flatMap(bold)) {
            quoted.push(label);
            if (!NEUTRAL.has(label)) expect(ok, `${lang} ${variant} ${step.id}: ${label}`).toContain(label);
          }
        }
      }
      expect(quoted.length).toBeGreaterThan(15);
    },
  );

  it.each(LANGS)('%s: no label placeholder is left unfilled', (lang) => {
    const left = leaves(messagesFor(lang).guide as unknown as Tree).filter(([, text]) =>
      text.includes('{label:'),
    );
    expect(left).toEqual([]);
  });

  it('languages Epson’s text does not verify say the English label (and verified ones their own)', () => {
    const es = stepText(messagesFor('es').guide, 'email-server', 'sign-in').action[0];
    expect(es).toContain('**Sign In**');
    expect(es).toContain('**Sign in with Microsoft**');
    const pt = stepText(messagesFor('pt-PT').guide, 'email-server', 'sign-in').action[0];
    expect(pt).toContain('**Iniciar sessão**');
    expect(pt).toContain('**Iniciar sessão com a Microsoft**');
    const ja = stepText(messagesFor('ja').guide, 'email-server', 'choose-oauth2').action[0];
    expect(ja).toContain('**認証方式**');
  });
});

describe('a translation never hard-codes a Web Config label', () => {
  it.each(LANGS)('%s: Web Config steps bold only {label:…} placeholders and neutral names', (lang) => {
    const steps = (raw(lang).steps ?? {}) as Tree;
    for (const [id, text] of Object.entries(steps)) {
      if (MICROSOFT_TEXTS.has(id)) continue;
      for (const [path, line] of leaves(text, id)) {
        for (const label of bold(line)) {
          const isToken = /^\{label:\w+\}$/.test(label);
          expect(isToken || NEUTRAL.has(label), `${lang} ${path}: **${label}**`).toBe(true);
        }
      }
    }
  });

  it.each(LANGS)('%s: no text of the guide spells out a Web Config label the lexicon holds', (lang) => {
    // Phrases of two words or more (single words such as "Fax" or "Rede" are also plain prose),
    // in the language and in English, matched case-sensitively outside placeholders. The login and
    // Sign In buttons are the language's verb for signing in ("Iniciar sesión", "Se connecter"),
    // which the prose uses as a verb: the bold test above covers them.
    const phrases = GUIDE_KEYS.filter((key) => key !== 'logIn' && key !== 'signInButton').flatMap((key) => {
      const entry = LEXICON[key] as Partial<Record<string, readonly string[]>>;
      return [...(entry[lang] ?? []), ...(lang.startsWith('pt') ? (entry.pt ?? []) : []), ...(entry.en ?? [])]
        .filter((phrase) => phrase.includes(' '))
        .map((phrase) => [key, phrase] as const);
    });
    const found: string[] = [];
    for (const [path, text] of leaves(raw(lang))) {
      const prose = text.replace(TOKEN, ' ');
      for (const [key, phrase] of phrases) {
        // "Email Server Status" (the printer's panel) is a longer label of its own.
        const at = prose.indexOf(phrase);
        const longer = /^ \p{Lu}/u.test(prose.slice(at + phrase.length, at + phrase.length + 2));
        if (at >= 0 && !longer) found.push(`${path}: ${phrase} (${key})`);
      }
    }
    expect(found).toEqual([]);
  });

  it('every placeholder names a lexicon entry with a verification record', () => {
    const keys = new Set(
      LANGS.flatMap((lang) =>
        leaves(raw(lang)).flatMap(([, text]) => [...text.matchAll(TOKEN)].map((m) => m[1])),
      ),
    );
    expect(keys.size).toBeGreaterThan(12);
    for (const key of keys) expect(GUIDE_KEYS, key).toContain(key);
  });
});

describe('on a live page the guide quotes the page’s own word', () => {
  it('a Spanish page’s Sign In button replaces the English label', () => {
    const line = stepText(messagesFor('es').guide, 'email-server', 'sign-in').action[0] ?? '';
    const page =
      'Red > Servidor de correo electrónico > Básica  Iniciar sesión  Estado actual : Sesión no iniciada';
    expect(quotePageLabels(line, page, 'es')).toContain('**Iniciar sesión**');
  });

  it('a Japanese page’s own words replace the English labels of unverified wordings', () => {
    const line = stepText(messagesFor('ja').guide, 'email-server', 'log-in').action[0] ?? '';
    expect(line).toContain('**Log in**');
    expect(quotePageLabels(line, 'ログオン  パスワード', 'ja')).toContain('**ログオン**');
    // The longest wording the page shows wins.
    expect(quotePageLabels(line, '管理者ログオン  パスワード', 'ja')).toContain('**管理者ログオン**');
  });

  it('a guide read in another language names the control as the page’s language verifies it', () => {
    // English guide (an override in options) on a European Portuguese page that shows no such button yet.
    const line = stepText(messagesFor('en').guide, 'email-server', 'sign-in').action[0] ?? '';
    expect(quotePageLabels(line, 'Rede > Servidor de e-mail > Básico', 'pt-PT')).toContain(
      '**Iniciar sessão**',
    );
    // No verified Spanish wording, and the page does not show one: the English label stays.
    expect(quotePageLabels(line, 'Red > Servidor de correo electrónico', 'es')).toContain('**Sign In**');
  });
});

describe('the overlay words a whole step against the page', () => {
  it('titles and plain text quote the page’s own labels too, not only the bold ones', () => {
    const page = 'Red > Servidor de correo electrónico > Básica';
    const step = stepOnPage('es', 'email-server', 'open-email-server', page, 'es');
    expect(step.title).toBe('Abrir Red > Servidor de correo electrónico > Básica');
    expect(step.action[0]).toContain('**Red**');
    expect(step.hint).toContain('“Servidor de correo electrónico”');
    // Without the page, the table's words: English where Spanish is unverified.
    expect(stepText(messagesFor('es').guide, 'email-server', 'open-email-server').title).toBe(
      'Abrir Network > Email Server > Basic',
    );
  });

  it('a page’s language with a verified wording names the control even when the page does not show it', () => {
    const step = stepOnPage('en', 'email-server', 'sign-in', 'Rede > Servidor de e-mail > Básico', 'pt-PT');
    expect(step.action[0]).toContain('**Iniciar sessão**');
    expect(step.action[0]).toContain('**Iniciar sessão com a Microsoft**');
  });

  it('Microsoft’s own labels are text, not placeholders: a Web Config page cannot rename them', () => {
    // Spanish: Microsoft's password page says "Iniciar sesión", its consent page "Aceptar"; a Web
    // Config page showing "Sign In" and "OK" leaves them alone.
    const page = 'Sign In  OK  Current Status';
    for (const id of ['password', 'consent'] as const) {
      expect(stepOnPage('es', 'email-server', id, page, 'es')).toEqual(
        stepText(messagesFor('es').guide, 'email-server', id),
      );
    }
  });

  it.each(LANGS)('%s: on a page that shows nothing, every step reads as the table does', (lang) => {
    for (const variant of VARIANT_IDS) {
      for (const step of VARIANTS[variant].steps) {
        expect(stepOnPage(lang, variant, step.id, '', null)).toEqual(
          stepText(messagesFor(lang).guide, variant, step.id),
        );
      }
    }
  });
});

function stepOf(variant: (typeof VARIANT_IDS)[number], id: string): string {
  return VARIANTS[variant].steps.find((s) => s.id === id)?.text ?? id;
}
