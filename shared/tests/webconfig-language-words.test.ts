import {
  LABELS,
  OAUTH_SIGNED_IN,
  RENDER_LANGS,
  type RenderLang,
  renderPage,
} from '@wcoa/test/webconfig-pages';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/webconfig/language.ts';
import { detectHtml, parse } from './webconfig-helpers.ts';

/** A page as a printer without a language selector or `lang` attribute serves it: only its words say. */
function withoutLanguageMarks(html: string): string {
  return html
    .replace(/<select[^>]*SEL_LANG[\s\S]*?<\/select>/gi, '')
    .replace(/\s(?:xml:)?lang="[^"]*"/gi, '');
}

/** Portuguese words tell the variant only where the page shows one of them. */
const accepted = (lang: RenderLang) =>
  lang === 'pt' ? ['pt', 'pt-PT'] : lang === 'pt-BR' ? ['pt', 'pt-BR'] : [lang];

describe('the language read from a page’s words alone, in every language the pages render', () => {
  const cases = (['advanced', 'basic'] as const).flatMap((generation) =>
    RENDER_LANGS.map((lang) => ({ generation, lang })),
  );
  it.each(cases)('Email Server $generation $lang', ({ generation, lang }) => {
    const html = withoutLanguageMarks(
      renderPage({ page: 'email-server-basic', generation, lang, state: OAUTH_SIGNED_IN }),
    );
    expect(html).not.toMatch(/SEL_LANG|\slang=/i);
    const model = detectHtml(html);
    expect(model.page).toBe('email-server-basic');
    expect(model.signals).toContain('lang-words');
    expect(accepted(lang)).toContain(model.lang);
  });
});

describe('the language read from prose alone (no label the lexicon holds), in every language the pages render', () => {
  it.each(RENDER_LANGS)('%s', (lang) => {
    const l = LABELS[lang];
    const prose = [l.certificateNotice, l.deviceCodeIntro, l.connectionOk].join(' ');
    const doc = parse(`<!DOCTYPE html><html><body><div class="wrap"><p>${prose}</p></div></body></html>`);
    const found = detectLanguage(doc);
    expect(found.signal).toBe('lang-words');
    expect(accepted(lang)).toContain(found.lang);
  });
});
