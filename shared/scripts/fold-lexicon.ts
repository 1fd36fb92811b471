/**
 * Writes shared/src/webconfig/lexicon-folded.ts: the lexicon (lexicon.ts, where labels are written)
 * with every phrase folded as detect compares it (text.ts `fold`: case, accents, width,
 * punctuation). Folding some 1,500 phrases cost detect's first call on every page; done here once,
 * detect only looks the folded phrases up. A test (shared/tests/lexicon-folded.test.ts) fails when
 * the written module no longer matches lexicon.ts.
 *
 *   npm run lexicon:fold
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LEXICON, type LexiconKey } from '../src/webconfig/lexicon.ts';
import { fold } from '../src/webconfig/text.ts';

export const FOLDED_MODULE = fileURLToPath(new URL('../src/webconfig/lexicon-folded.ts', import.meta.url));

/** A string literal as biome writes it: single quotes, double when that needs fewer escapes. */
function quote(s: string): string {
  const body = s.replace(/\\/g, '\\\\');
  const singles = s.split("'").length;
  const doubles = s.split('"').length;
  return doubles < singles ? `"${body.replace(/"/g, '\\"')}"` : `'${body.replace(/'/g, "\\'")}'`;
}
/** A property name as biome writes it: bare when it is an identifier, quoted otherwise. */
const prop = (s: string) => (/^[A-Za-z_$][\w$]*$/.test(s) ? s : quote(s));

/** `head[items],` on one line when it fits biome's width, else one item a line. */
function arrayLines(head: string, items: string[], indent: string): string[] {
  const oneLine = `${head}[${items.join(', ')}],`;
  if (oneLine.length <= 110) return [oneLine];
  return [`${head}[`, ...items.map((i) => `${indent}  ${i},`), `${indent}],`];
}

/** The module's text, formatted as biome formats it (so the lint passes on the written file). */
export function foldedLexiconSource(): string {
  const out: string[] = [
    '// Written by `npm run lexicon:fold` (shared/scripts/fold-lexicon.ts) from lexicon.ts: do not edit.',
    "import type { LexiconKey, LexiconLang } from './lexicon.ts';",
    '',
    '/**',
    " * LEXICON with every phrase folded (text.ts `fold`), in lexicon.ts's order: each key's languages and",
    " * each language's phrases as written there. Edit lexicon.ts, then run `npm run lexicon:fold`.",
    ' */',
    'export const FOLDED_LEXICON: {',
    '  readonly [K in LexiconKey]: { readonly [L in LexiconLang]?: readonly string[] };',
    '} = {',
  ];
  for (const [key, entry] of Object.entries(LEXICON) as Array<
    [LexiconKey, Partial<Record<string, readonly string[]>>]
  >) {
    out.push(`  ${prop(key)}: {`);
    for (const [lang, list] of Object.entries(entry)) {
      out.push(
        ...arrayLines(
          `    ${prop(lang)}: `,
          (list ?? []).map((p) => quote(fold(p))),
          '    ',
        ),
      );
    }
    out.push('  },');
  }
  out.push(
    '};',
    '',
    "/** Each key's phrases of every language, folded, once each, longest first (so a longer phrase wins). */",
    'export const FOLDED_PHRASES: { readonly [K in LexiconKey]: readonly string[] } = {',
  );
  for (const [key, entry] of Object.entries(LEXICON) as Array<
    [LexiconKey, Partial<Record<string, readonly string[]>>]
  >) {
    const phrases = [...new Set(Object.values(entry).flatMap((list) => (list ?? []).map(fold)))].sort(
      (a, b) => b.length - a.length,
    );
    out.push(...arrayLines(`  ${prop(key)}: `, phrases.map(quote), '  '));
  }
  out.push('};', '');
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = foldedLexiconSource();
  let before = '';
  try {
    before = readFileSync(FOLDED_MODULE, 'utf8');
  } catch {}
  if (before === source) {
    console.log(`${FOLDED_MODULE}: up to date`);
  } else {
    writeFileSync(FOLDED_MODULE, source);
    console.log(`${FOLDED_MODULE}: written`);
  }
}
