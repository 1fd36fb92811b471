import { readFileSync } from 'node:fs';
import { renderPage } from '@wcoa/test/webconfig-pages';
import { describe, expect, it, vi } from 'vitest';
import { FOLDED_FILE, foldedSources, LexiconSchema, WORDS_FILE } from '../scripts/fold-lexicon.ts';
import { ENDONYM_LIST, MARKERS } from '../src/webconfig/language-words.ts';
import { LEXICON } from '../src/webconfig/lexicon.ts';
import { FOLDED, isLabel, mentions, pageWordsData } from '../src/webconfig/lexicon-match.ts';
import { CJK, fold } from '../src/webconfig/text.ts';
import { parse } from './webconfig-helpers.ts';

type Key = keyof typeof LEXICON;
const entries = Object.entries(LEXICON) as Array<[Key, Record<string, readonly string[]>]>;

describe('the lexicon folded at build (lexicon-folded.json, lexicon-words.ts)', () => {
  it('is what lexicon.ts and language-words.ts fold to today (else: npm run lexicon:fold)', () => {
    const { folded, words } = foldedSources();
    const stale = (file: string) => `${file} is stale: run \`npm run lexicon:fold\``;
    expect(readFileSync(FOLDED_FILE, 'utf8') === folded, stale('lexicon-folded.json')).toBe(true);
    expect(readFileSync(WORDS_FILE, 'utf8') === words, stale('lexicon-words.ts')).toBe(true);
  });

  it('parses the words a page is told by only on such a page, once', async () => {
    // Fresh modules: a test before this one may have parsed them already.
    vi.resetModules();
    const jsonParse = vi.spyOn(JSON, 'parse');
    try {
      const { detect } = await import('../src/webconfig/index.ts');
      const { PAGE_WORDS_JSON } = await import('../src/webconfig/lexicon-words.ts');
      const wordsParsed = () => jsonParse.mock.calls.filter(([text]) => text === PAGE_WORDS_JSON).length;
      const named = detect(parse(renderPage({ languageSelector: true })));
      expect(named.signals).toContain('lang-selector');
      expect(wordsParsed()).toBe(0);
      for (let i = 0; i < 2; i++) {
        const told = detect(parse(renderPage({ languageSelector: false })));
        expect(told).toMatchObject({ lang: 'en', signals: expect.arrayContaining(['lang-words']) });
      }
      expect(wordsParsed()).toBe(1);
    } finally {
      jsonParse.mockRestore();
    }
  });

  it('folds only a lexicon.json of known languages and non-empty wordings', () => {
    expect(LexiconSchema.safeParse(LEXICON).success).toBe(true);
    const ok = { emailServer: { en: ['Email Server'] } };
    expect(LexiconSchema.safeParse(ok).success).toBe(true);
    for (const wrong of [
      { emailServer: { 'pt-pt': ['Servidor de e-mail'] } },
      { emailServer: { en: [] } },
      { emailServer: { en: [' '] } },
      { emailServer: {} },
      { emailServer: { en: 'Email Server' } },
    ]) {
      expect(LexiconSchema.safeParse(wrong).success, JSON.stringify(wrong)).toBe(false);
    }
  });

  it("holds each key's phrases of every language folded, once each, word phrases padded", () => {
    for (const [key, entry] of entries) {
      const all = new Set(Object.values(entry).flatMap((list) => list.map(fold)));
      const { words, cjk } = FOLDED.phrases[key]!;
      expect(new Set([...words.map((w) => w.slice(1, -1)), ...cjk])).toEqual(all);
      expect(words.length + cjk.length).toBe(all.size);
      for (const w of words) expect(w.startsWith(' ') && w.endsWith(' ') && !CJK.test(w)).toBe(true);
      for (const c of cjk) expect(CJK.test(c)).toBe(true);
    }
  });

  it('names, for every folded phrase, exactly the languages whose list holds it', () => {
    const expected = new Map<string, Set<string>>();
    for (const [, entry] of entries) {
      for (const [lang, list] of Object.entries(entry)) {
        for (const p of list) expected.set(fold(p), (expected.get(fold(p)) ?? new Set()).add(lang));
      }
    }
    const { languages } = pageWordsData();
    expect(Object.keys(languages).sort()).toEqual([...expected.keys()].sort());
    for (const [p, langs] of expected) expect(new Set(languages[p])).toEqual(langs);
  });

  it('holds the language words folded: markers per language, endonyms to their tags', () => {
    expect(FOLDED.markerLanguages).toEqual(Object.keys(MARKERS));
    // Word by word: the languages whose list holds it, in MARKERS' order.
    const expected = new Map<string, string[]>();
    for (const [lang, words] of Object.entries(MARKERS)) {
      for (const w of new Set(words.split(' ').map(fold)))
        expected.set(w, [...(expected.get(w) ?? []), lang]);
    }
    const { markers } = pageWordsData();
    expect(Object.keys(markers).sort()).toEqual([...expected.keys()].sort());
    for (const [w, langs] of expected) expect(markers[w], w).toEqual(langs);
    for (const [name, tag] of ENDONYM_LIST) expect(FOLDED.endonyms[fold(name)]).toBe(tag);
  });

  it('matches as the folded phrases say: exact labels, phrases on word boundaries, CJK anywhere', () => {
    expect(isLabel('Email Server :', 'emailServer')).toBe(true);
    expect(isLabel('Email Server Settings', 'emailServer')).toBe(false);
    expect(mentions('Network > Email Server > Basic', 'emailServer')).toBe(true);
    expect(mentions('Webmail Serverless', 'emailServer')).toBe(false);
    expect(mentions('ネットワーク設定 メールサーバー 基本', 'emailServer')).toBe(true);
    expect(mentions('郵件伺服器設定', 'emailServer')).toBe(true);
    // A page's text is looked up, never its prototype's members.
    expect(isLabel('constructor', 'emailServer')).toBe(false);
    expect(mentions('', 'emailServer')).toBe(false);
  });
});
