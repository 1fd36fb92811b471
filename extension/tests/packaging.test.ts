import { runInNewContext } from 'node:vm';
import * as bundled from '@wcoa/shared/i18n';
import { guideTemplate, LANGS, messagesFor, PAGE_TABLE, selectTable } from '@wcoa/shared/i18n';
import * as loaded from '@wcoa/shared/i18n/loaded';
import { describe, expect, it } from 'vitest';
import { chromeLocales, localeFiles } from '../locales.ts';
import { overlayMessageFiles } from '../overlay-messages.ts';
import managedSchema from '../public/managed_schema.json' with { type: 'json' };
import { parseManaged } from '../src/managed.ts';

describe('generated _locales', () => {
  it('has a messages.json for every language of the shared table, with its name and description', () => {
    const files = new Map(localeFiles().map((f) => [f.relativeDest, JSON.parse(f.contents)]));
    for (const lang of LANGS) {
      for (const folder of chromeLocales(lang)) {
        const file = files.get(`_locales/${folder}/messages.json`);
        expect(file, folder).toBeDefined();
        expect(file.extDescription.message).toBe(
          messagesFor(lang).install.extension.description.slice(0, 132),
        );
        expect(file.extName.message).toBe(messagesFor(lang).install.extension.name);
      }
    }
    expect(files.has('_locales/en/messages.json')).toBe(true);
    // Chrome's locale folders: no bare "pt", and every name is lang or lang_REGION.
    for (const dest of files.keys())
      expect(dest).toMatch(/^_locales\/[a-z]{2,3}(_[A-Z0-9]{2,3})?\/messages\.json$/);
  });
});

describe('the overlay ships one language at a time', () => {
  it('a table file per language registers exactly the page’s part of that language’s table', () => {
    const files = overlayMessageFiles();
    expect(files.map((f) => f.relativeDest).sort()).toEqual(
      LANGS.map((l) => `overlay-messages/${l}.js`).sort(),
    );
    for (const { relativeDest, contents } of files) {
      const lang = relativeDest.slice('overlay-messages/'.length, -'.js'.length) as (typeof LANGS)[number];
      const scope: Record<string, unknown> = {};
      scope.globalThis = scope;
      runInNewContext(contents, scope);
      expect(scope.__wcoaMessages).toEqual({ [lang]: selectTable(messagesFor(lang), PAGE_TABLE) });
      // The guide as written too: the overlay words each step against the live page from it.
      expect(scope.__wcoaGuideTemplates).toEqual({ [lang]: guideTemplate(lang) });
    }
  });

  it('the page reads, once its table file ran, the page’s part of the table', () => {
    for (const { relativeDest, contents } of overlayMessageFiles()) {
      const lang = relativeDest.slice('overlay-messages/'.length, -'.js'.length) as (typeof LANGS)[number];
      expect(loaded.hasMessages(lang)).toBe(false);
      new Function(contents)();
      expect(loaded.hasMessages(lang)).toBe(true);
      expect(loaded.pageMessagesFor(lang)).toEqual(selectTable(messagesFor(lang), PAGE_TABLE));
    }
    const scope = globalThis as Record<string, unknown>;
    delete scope.__wcoaMessages;
    delete scope.__wcoaGuideTemplates;
  });

  it('the run-time i18n module offers everything the bundled one does (the overlay build swaps them)', () => {
    expect(Object.keys(loaded).sort()).toEqual(expect.arrayContaining(Object.keys(bundled).sort()));
    expect(() => loaded.messagesFor('ja')).toThrow(/not loaded/);
  });
});

describe('managed policy', () => {
  it('the schema declares exactly what the extension reads', () => {
    expect(Object.keys(managedSchema.properties).sort()).toEqual(['agentPort', 'clientId', 'tenant']);
  });

  it('keeps values that can work and ignores the rest', () => {
    expect(
      parseManaged({
        agentPort: 9000,
        tenant: 'contoso.onmicrosoft.com',
        clientId: '6F1C9A2E-3B7D-4C58-9E21-0A4D7B8C5E13',
      }),
    ).toEqual({
      agentPort: 9000,
      tenant: 'contoso.onmicrosoft.com',
      clientId: '6F1C9A2E-3B7D-4C58-9E21-0A4D7B8C5E13',
    });
    expect(parseManaged({ agentPort: 70000, tenant: 'a/../b', clientId: 'not-a-guid' })).toEqual({});
    expect(parseManaged({ agentPort: '8765', tenant: 42 })).toEqual({});
  });
});
