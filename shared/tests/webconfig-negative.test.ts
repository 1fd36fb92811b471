import { describe, expect, it } from 'vitest';
import { detectHtml, negativePages } from './webconfig-helpers.ts';

const pages = negativePages();

describe('pages that are not Epson Web Config', () => {
  it('the corpus holds at least ten pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages.map((p) => [p.name, p.html] as const))('%s is not-webconfig', (_name, html) => {
    const model = detectHtml(html);
    expect(model).toMatchObject({ vendor: null, page: 'not-webconfig', model: null, lang: null });
    expect(model.fields).toEqual({});
  });

  it.each(pages.map((p) => [p.name, p.html] as const))(
    '%s stays not-webconfig under a /PRESENTATION/ URL',
    (_name, html) => {
      // The path is a supporting signal: it must not turn a foreign page into Web Config.
      const model = detectHtml(html, 'http://192.0.2.77/PRESENTATION/ADVANCED/COMMON/TOP');
      expect(model.page).toBe('not-webconfig');
    },
  );
});
