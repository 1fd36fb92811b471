// @vitest-environment node
// (esbuild needs Node's own TextEncoder, which jsdom replaces.)
import { fileURLToPath } from 'node:url';
import { LANGS, messagesFor, PAGE_TABLE, type PageMessages, selectTable } from '@wcoa/shared/i18n';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * A printer's page gets only the page's part of its language's table (PAGE_TABLE): every word the
 * injected scripts can show must be in it. The type checker holds the code to it (page code reads
 * words through pageMessagesFor, typed by the selection); these tests hold the tables and the
 * bundles to it.
 */

type Tree = { readonly [key: string]: unknown };

function leaves(tree: unknown, path = ''): [string, unknown][] {
  if (typeof tree === 'string' || Array.isArray(tree)) return [[path, tree]];
  return Object.entries(tree as Tree).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

describe('the page’s part of the message table', () => {
  it('is complete in every language: the same keys as English, no empty message', () => {
    const english = leaves(selectTable(messagesFor('en'), PAGE_TABLE)).map(([path]) => path);
    expect(english.length).toBeGreaterThan(200);
    for (const lang of LANGS) {
      const part: PageMessages = selectTable(messagesFor(lang), PAGE_TABLE);
      const found = leaves(part);
      expect(
        found.map(([path]) => path),
        lang,
      ).toEqual(english);
      for (const [path, value] of found) {
        const texts = Array.isArray(value) ? value : [value];
        expect(texts.length, `${lang} ${path}`).toBeGreaterThan(0);
        for (const text of texts)
          expect(typeof text === 'string' && text.trim().length > 0, `${lang} ${path}`).toBe(true);
      }
    }
  });

  it('leaves out what no page shows: the CLI, the sheet, the install text, the tenant check, popup and options', () => {
    const part = selectTable(messagesFor('en'), PAGE_TABLE) as unknown as Record<string, Tree>;
    expect(Object.keys(part.agent!)).toEqual(['errors']);
    expect(Object.keys(part.sheet!)).toEqual(['view']);
    expect(part.install).toBeUndefined();
    expect(part.ui!.options).toBeUndefined();
    expect(part.ui!.popup).toBeUndefined();
    expect(part.causes!.explain).toBeUndefined();
  });
});

/**
 * The page scripts as the extension builds them (shared's i18n module swapped for the run-time
 * one, overlay-messages.ts), tree-shaken: the run-time module's messagesFor, which would need the
 * whole table, is not in them, so nothing a page runs reads a word outside its part.
 */
describe('the scripts injected into a page', () => {
  const loaded = fileURLToPath(import.meta.resolve('@wcoa/shared/i18n/loaded'));
  const bundle = async (entry: string) => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
      bundle: true,
      write: false,
      format: 'iife',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      logLevel: 'silent',
      define: { 'import.meta.env': '{"ENTRYPOINT":"overlay","MANIFEST_VERSION":3}' },
      plugins: [
        {
          name: 'i18n-loaded',
          setup(b) {
            b.onResolve({ filter: /^@wcoa\/shared\/i18n$|\/i18n\/index\.ts$/ }, () => ({ path: loaded }));
          },
        },
      ],
    });
    return result.outputFiles[0]!.text;
  };

  it.each(['../entrypoints/overlay.ts', '../entrypoints/page-report.ts'])(
    '%s reads words only through pageMessagesFor',
    async (entry) => {
      const code = await bundle(entry);
      expect(code).not.toMatch(/message table is not loaded in a page/);
      if (entry.includes('overlay')) expect(code).toMatch(/function pageMessagesFor/);
    },
    30_000,
  );
});
