import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OAUTH_SIGNED_IN, renderPage } from '@wcoa/test/webconfig-pages';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_MARKUP_DEPTH, MAX_PAGE_BYTES } from '../src/cli/commands/detect.ts';
import { markupDepth } from '../src/cli/commands/markup-depth.ts';

const REPO_ROOT = join(import.meta.dirname, '../..');

/** The real bin, as a user runs it: only its own lines may reach stderr. */
function wcoa(args: string[], lang = 'C') {
  return spawnSync(process.execPath, ['agent/bin/wcoa.js', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, LC_ALL: lang, LANG: lang },
  });
}

let dir: string;
let cssPage: string;
let bigPage: string;
let deepPage: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'wcoa-detect-bounds-'));
  // A Web Config page whose stylesheets jsdom's CSS parser cannot read (printers ship such CSS).
  const page = renderPage({ lang: 'sv', state: OAUTH_SIGNED_IN });
  const badCss =
    '<style>.a { color: red; } @media screen { .b { width: calc(100% - ; } </style><style>{{{ ]]] @import url(</style>';
  cssPage = join(dir, 'bad-css.html');
  writeFileSync(cssPage, page.replace('</head>', `${badCss}</head>`));
  // The attack sizes: a 21 MB page, and one nested 100,000 deep (jsdom needs 18 s for 5,000).
  bigPage = join(dir, 'huge.html');
  writeFileSync(bigPage, `<html><body>${'<p>x</p>'.repeat(Math.ceil(21e6 / 8))}</body></html>`);
  deepPage = join(dir, 'deep.html');
  writeFileSync(
    deepPage,
    `<html><head><meta name="Author" content="SEIKO EPSON"><title>WF-C5790 Series</title></head><body>${'<div><span>'.repeat(50_000)}x${'</span></div>'.repeat(50_000)}</body></html>`,
  );
});

describe('wcoa detect: its own messages only, and bounded input', () => {
  it('a stylesheet jsdom cannot parse leaves stderr empty; the page is still read', () => {
    const result = wcoa(['detect', '--json', cssPage]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const model = JSON.parse(result.stdout.trim()) as { page: string; lang: string; fields: object };
    expect(model.page).toBe('email-server-basic');
    expect(model.lang).toBe('sv');
    expect(model.fields).toMatchObject({ authMethod: 'oauth2', currentStatus: 'signed-in' });
  });

  it('a file over the size limit is refused with a clear message, in the user’s language, before it is parsed', () => {
    const en = wcoa(['detect', bigPage, cssPage]);
    expect(en.status).toBe(1);
    const limit = MAX_PAGE_BYTES / 1024 / 1024;
    expect(en.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^wcoa: .*huge\\.html is 20\\.0 MB; wcoa detect reads pages up to ${limit} MB .*Save only`,
        ),
      ),
      'wcoa: 1 of 2 pages could not be read.',
    ]);
    // The other file is still read.
    expect(en.stdout).toContain('email-server-basic');
    const pt = wcoa(['detect', bigPage], 'pt_PT.UTF-8');
    expect(pt.stderr).toMatch(/huge\.html tem 20\.0 MB; o wcoa detect lê páginas até 5 MB/);
  });

  it('markup nested 100,000 deep is refused before parsing, quickly, with a clear message', () => {
    const started = Date.now();
    const result = wcoa(['detect', deepPage]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `wcoa: ${deepPage} nests its elements more than ${MAX_MARKUP_DEPTH} levels deep, which no Web Config page does; it is not read. Save the printer's page again from the browser (HTML only).`,
      'wcoa: 1 of 1 pages could not be read.',
    ]);
    // Process start included; the parse it avoids takes minutes.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('the markup depth estimate: real pages are shallow, attacks are caught, stray end tags cost little', () => {
    const jobs = { jobs: [{}, { code: 360 }] };
    const synthetic = renderPage({ page: 'job-history', generation: 'basic', lang: 'fi', state: jobs });
    expect(markupDepth(synthetic, MAX_MARKUP_DEPTH)).toBeLessThan(20);
    // Unclosed list items, options and cells are siblings, as in HTML.
    expect(
      markupDepth(`<ul>${'<li>a'.repeat(5000)}</ul><select>${'<option>b'.repeat(5000)}</select>`, 1000),
    ).toBe(2);
    expect(markupDepth(`<table>${'<tr><td>a<td>b'.repeat(5000)}</table>`, 1000)).toBe(3);
    expect(markupDepth(`${'<div>'.repeat(2000)}`, 1000)).toBe(1001);
    const started = performance.now();
    expect(markupDepth(`${'</a>'.repeat(500_000)}${'<b>'.repeat(10)}`, 1000)).toBe(10);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
