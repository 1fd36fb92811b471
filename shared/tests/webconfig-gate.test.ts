import { fileURLToPath } from 'node:url';
import { RENDER_LANGS, renderWebConfigPage, SYNTHETIC_PAGES } from '@wcoa/test/webconfig-pages';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { hasEpsonAuthor, hasSeriesTitle } from '../src/webconfig/gate.ts';
import { detect } from '../src/webconfig/index.ts';
import { captureNames, negativePages, parse, readCapture } from './webconfig-helpers.ts';

const pages = [
  ...captureNames().map((name) => ({ name, html: readCapture(name) })),
  ...negativePages(),
  ...SYNTHETIC_PAGES.flatMap((page) =>
    (['advanced', 'basic'] as const).flatMap((generation) =>
      // The gate reads the head only: a few languages stand for all.
      RENDER_LANGS.slice(0, 3).map((lang) => ({
        name: `${page} ${generation} ${lang}`,
        html: renderWebConfigPage({ page, generation, lang, model: 'WF-C5790' }),
      })),
    ),
  ),
];

const looksLikeWebConfig = (doc: Document) => hasEpsonAuthor(doc) || hasSeriesTitle(doc);

describe('head marks: detect calls no page Web Config without one', () => {
  it('passes every page detect calls Web Config, and fails only pages detect calls not-webconfig', () => {
    let passed = 0;
    for (const p of pages) {
      const doc = parse(p.html);
      const gate = looksLikeWebConfig(doc);
      const model = detect(doc);
      if (!gate) expect(model.page, p.name).toBe('not-webconfig');
      if (model.vendor === 'epson') expect(gate, p.name).toBe(true);
      if (gate) passed++;
    }
    expect(passed).toBeGreaterThan(0);
  }, 300_000);

  it('fails an ordinary page, and one with the marks only in its body', () => {
    expect(looksLikeWebConfig(parse('<title>Router admin</title><p>WF-C5790 Series</p>'))).toBe(false);
    expect(looksLikeWebConfig(parse('<title>WF-C5790 Series</title>'))).toBe(true);
    expect(looksLikeWebConfig(parse('<meta name="Author" content="SEIKO EPSON CORPORATION">'))).toBe(true);
  });

  it('loads neither the lexicon nor zod nor messages: its bundle holds only gate.ts and text.ts', async () => {
    const out = await build({
      entryPoints: [fileURLToPath(new URL('../src/webconfig/gate.ts', import.meta.url))],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      logLevel: 'error',
    });
    const inputs = Object.keys(out.metafile.inputs).map((p) => p.replace(/^.*\/src\//, 'src/'));
    expect(inputs.sort()).toEqual(['src/webconfig/gate.ts', 'src/webconfig/text.ts']);
  });
});
